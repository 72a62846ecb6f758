package org.healthplanning.project.service;

import java.util.LinkedHashMap;
import java.util.Map;
import org.healthplanning.http.DomainException;
import org.healthplanning.http.Problem;
import org.healthplanning.project.api.ImportResult;

/**
 * An import that was rejected as a whole: a 400 problem ({@code /problems/import}) whose {@code errors}
 * name row, field and message, with the import answer's {@code imported} (0) and {@code warnings} beside them.
 */
public class ImportException extends DomainException {
    public ImportException(ImportResult result) {
        super(Kind.INVALID, "/problems/import", "Import rejected", result.errors().stream().limit(5)
                        .map(e -> "row " + e.row() + ", " + e.field() + ": " + e.message())
                        .reduce((a, b) -> a + "; " + b).orElse("invalid rows")
                        + (result.errors().size() > 5 ? "; and " + (result.errors().size() - 5) + " more" : "")
                        + "; nothing was written",
                result.errors().stream().map(e -> new Problem.FieldError(e.row(), e.field(), e.message())).toList());
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("imported", 0);
        report.put("warnings", result.warnings());
        with(report);
    }
}
