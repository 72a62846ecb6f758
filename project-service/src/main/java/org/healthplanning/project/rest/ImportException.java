package org.healthplanning.project.rest;

/** An import that was rejected as a whole; answered as 400 with the row errors. */
public class ImportException extends RuntimeException {
    private final ImportResult result;

    public ImportException(ImportResult result) {
        super(result.errors().stream().limit(5)
                .map(e -> "row " + e.row() + ", " + e.field() + ": " + e.message())
                .reduce((a, b) -> a + "; " + b).orElse("invalid rows")
                + (result.errors().size() > 5 ? "; and " + (result.errors().size() - 5) + " more" : "")
                + "; nothing was written");
        this.result = result;
    }

    public ImportResult result() {
        return result;
    }
}
