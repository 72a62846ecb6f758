package org.healthplanning.project.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rejected import: a problem document that also carries the import answer's fields. */
@Schema(name = "ImportProblem")
public record ImportProblem(String type, String title, int status, String detail, String instance,
                            int imported, List<ImportResult.RowError> errors, List<String> warnings) {
}
