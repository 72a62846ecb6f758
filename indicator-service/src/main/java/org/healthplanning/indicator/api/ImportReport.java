package org.healthplanning.indicator.api;

import org.healthplanning.http.Problem;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a bulk import: rows imported (or that would be, on a dry run), errors, warnings. */
@Schema(name = "IndicatorImportReport", description = "The answer to an import of indicator rows or monitoring values")
public record ImportReport(@Schema(required = true, examples = "25", minimum = "0", description = "Rows imported, or that would be on a dry run (a count)") int imported,
                           @Schema(required = true, examples = "false", description = "Whether this was a dry run (nothing written)") boolean dryRun,
                           @Schema(required = true, description = "Offending rows and fields (empty on success)") List<Problem.FieldError> errors,
                           @Schema(required = true, description = "Findings that did not stop the import", examples = "[\"row 16: no indicator definition matches '万元收入能耗支出'\"]") List<String> warnings) {
}
