package org.healthplanning.facility.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of a bulk import. Rows count from 1: array elements, or CSV data lines after the header. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ImportReport")
public record ImportReport(
        @Schema(examples = "12", description = "Facilities imported (0 when there are errors)") int imported,
        @Schema(examples = "30", description = "Yearly resource records imported") int resources,
        @Schema(examples = "false") boolean dryRun,
        List<RowError> errors,
        List<String> warnings) {

    @Schema(name = "RowError")
    public record RowError(@Schema(examples = "3") int row,
                           @Schema(examples = "regionCode") String field,
                           @Schema(examples = "region '999999' does not exist") String message) {
    }
}
