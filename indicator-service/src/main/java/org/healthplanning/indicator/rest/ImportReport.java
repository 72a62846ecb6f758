package org.healthplanning.indicator.rest;

import org.healthplanning.platform.problem.Problem;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a bulk import: rows imported (or that would be, on a dry run), errors, warnings. */
@Schema(name = "ImportReport")
public record ImportReport(@Schema(examples = "25") int imported,
                           @Schema(examples = "false") boolean dryRun,
                           List<Problem.FieldError> errors,
                           @Schema(examples = "[\"row 16: no indicator definition matches '万元收入能耗支出'\"]") List<String> warnings) {
}
