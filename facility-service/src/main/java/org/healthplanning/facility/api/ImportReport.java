package org.healthplanning.facility.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of a bulk import. Rows count from 1: array elements, or CSV data lines after the header. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FacilityImportReport", description = "What a facility import wrote (or, on a dry run, would write)")
public record ImportReport(
        @Schema(required = true, minimum = "0", examples = "12",
                description = "Facilities imported, in facilities (0 when there are errors)") int imported,
        @Schema(required = true, minimum = "0", examples = "30",
                description = "Yearly resource records imported, in facility-years") int resources,
        @Schema(required = true, examples = "false", description = "true when nothing was written (validation only)") boolean dryRun,
        @Schema(required = true, description = "Rows with errors (empty on success)") List<RowError> errors,
        @Schema(required = true, description = "Remarks on rows that were imported all the same") List<String> warnings) {

    /** One offending field of one row. */
    @Schema(name = "FacilityImportRowError", description = "One offending field of one imported row")
    public record RowError(@Schema(required = true, minimum = "1", examples = "3",
                                   description = "Row number, from 1 (array element, or CSV data line after the header)") int row,
                           @Schema(required = true, examples = "regionCode", description = "The field") String field,
                           @Schema(required = true, examples = "region '999999' does not exist", description = "What is wrong with it")
                           String message) {
    }
}
