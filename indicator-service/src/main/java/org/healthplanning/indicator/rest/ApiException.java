package org.healthplanning.indicator.rest;

import java.util.List;

/** A failure with a known HTTP status, turned into a problem document by {@link ProblemMappers}. */
public class ApiException extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;
    private java.util.Map<String, Object> extensions;

    public ApiException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
    }

    public static ApiException notFound(String what, Object key) {
        return new ApiException(404, "/problems/not-found", "Not found", what + " '" + key + "' does not exist", null);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "/problems/conflict", "Conflict", detail, null);
    }

    public static ApiException preconditionFailed(long current) {
        return new ApiException(412, "/problems/precondition-failed", "Precondition failed",
                "The resource has changed: its current version is " + current, null);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "/problems/forbidden", "Forbidden", detail, null);
    }

    public static ApiException badRequest(String field, String message) {
        return new ApiException(400, "/problems/validation", "Invalid request", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ApiException badRequest(List<Problem.FieldError> errors) {
        String detail = errors.stream()
                .map(e -> (e.row() == null ? "" : "row " + e.row() + ", ") + e.field() + ": " + e.message())
                .reduce((a, b) -> a + "; " + b).orElse("");
        return new ApiException(400, "/problems/validation", "Invalid request", detail, errors);
    }

    /** Extra members of the problem document, e.g. the import report beside the errors. */
    public ApiException with(java.util.Map<String, Object> members) {
        this.extensions = members;
        return this;
    }

    public java.util.Map<String, Object> extensions() { return extensions; }
    public int status() { return status; }
    public String type() { return type; }
    public String title() { return title; }
    public List<Problem.FieldError> errors() { return errors; }
}
