package org.healthplanning.project.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a bulk import: rows written (or that would be, on a dry run), errors and warnings. */
@Schema(name = "ProjectImportResult", description = "The answer to a project import: rows written (or, on a dry run, "
        + "that would be written), with warnings about doubtful text. A rejected import is a 400 problem instead.")
public record ImportResult(
        @Schema(required = true, description = "Rows written, or on a dry run rows that would be written (projects)",
                type = SchemaType.INTEGER, format = "int32", minimum = "0", examples = "31") int imported,
        @Schema(required = true, description = "Problems by row; always empty in a successful answer") List<RowError> errors,
        @Schema(required = true, description = "Doubtful text that was accepted, by row",
                examples = "[\"row 13: content states 床位300张 without 医疗 or 养老; no capacity taken from it\"]") List<String> warnings) {

    /** A problem in one row; row numbers count data rows from 1 (0 = the CSV header). */
    @Schema(name = "ProjectImportRowError", description = "A problem in one row of an import")
    public record RowError(@Schema(required = true, description = "Data row, from 1 (0 = the CSV header)",
                                   type = SchemaType.INTEGER, format = "int32", minimum = "0", examples = "3") int row,
                           @Schema(required = true, description = "The offending field or column", examples = "floorAreaM2") String field,
                           @Schema(required = true, description = "What is wrong with it", examples = "must be greater than or equal to 0") String message) {
    }
}
