package org.healthplanning.gateway.api;

import java.util.List;

/** A failure with a known HTTP status, turned into a problem document by the rest layer's ProblemMappers. */
public class ApiException extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;

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

    public static ApiException badRequest(String field, String message) {
        return new ApiException(400, "/problems/validation", "Invalid request", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public int status() { return status; }
    public String type() { return type; }
    public String title() { return title; }
    public List<Problem.FieldError> errors() { return errors; }
}
