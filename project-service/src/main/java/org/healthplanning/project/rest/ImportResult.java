package org.healthplanning.project.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a bulk import: rows written (or that would be, on a dry run), errors and warnings. */
@Schema(name = "ImportResult")
public record ImportResult(
        @Schema(examples = "31") int imported,
        List<RowError> errors,
        @Schema(examples = "[\"row 13: content states 床位300张 without 医疗 or 养老; no capacity taken from it\"]") List<String> warnings) {

    /** A problem in one row; row numbers count data rows from 1 (0 = the CSV header). */
    @Schema(name = "RowError")
    public record RowError(@Schema(examples = "3") int row,
                           @Schema(examples = "floorAreaM2") String field,
                           @Schema(examples = "must be greater than or equal to 0") String message) {
    }
}
