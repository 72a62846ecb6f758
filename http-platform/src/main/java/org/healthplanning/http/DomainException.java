package org.healthplanning.http;

import java.util.List;
import java.util.Map;

/**
 * A refusal in the terms of the domain (not found, conflict, stale version, forbidden, invalid input),
 * thrown by services and turned into a problem document at the edge by {@link ProblemMappers}.
 */
public class DomainException extends RuntimeException {
    /** What kind of refusal; the edge chooses the HTTP status and problem type from it. */
    public enum Kind {
        INVALID(400, "/problems/validation", "Invalid request"),
        UNAUTHORIZED(401, "/problems/unauthorized", "Unauthorized"),
        FORBIDDEN(403, "/problems/forbidden", "Forbidden"),
        NOT_FOUND(404, "/problems/not-found", "Not found"),
        CONFLICT(409, "/problems/conflict", "Conflict"),
        PRECONDITION_FAILED(412, "/problems/precondition-failed", "Precondition failed"),
        UNPROCESSABLE(422, "/problems/unprocessable", "Unprocessable request"),
        UNAVAILABLE(503, "/problems/dependency-unavailable", "Service unavailable");

        public final int status;
        public final String type;
        public final String title;

        Kind(int status, String type, String title) {
            this.status = status;
            this.type = type;
            this.title = title;
        }
    }

    private final Kind kind;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;
    private Map<String, Object> extensions;

    public DomainException(Kind kind, String detail, List<Problem.FieldError> errors) {
        this(kind, kind.type, kind.title, detail, errors);
    }

    /** A refusal of a kind with a more specific problem type (e.g. an import's {@code /problems/import}). */
    public DomainException(Kind kind, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.kind = kind;
        this.type = type;
        this.title = title;
        this.errors = errors;
    }

    public static DomainException notFound(String what, Object key) {
        return new DomainException(Kind.NOT_FOUND, what + " '" + key + "' does not exist", null);
    }

    public static DomainException conflict(String detail) {
        return new DomainException(Kind.CONFLICT, detail, null);
    }

    public static DomainException preconditionFailed(long current) {
        return preconditionFailed("The resource has changed: its current version is " + current);
    }

    public static DomainException preconditionFailed(String detail) {
        return new DomainException(Kind.PRECONDITION_FAILED, detail, null);
    }

    /** Another service this answer needs cannot be reached now (answered 503 with Retry-After). */
    public static DomainException unavailable(String detail) {
        return new DomainException(Kind.UNAVAILABLE, detail, null);
    }

    public static DomainException forbidden(String detail) {
        return new DomainException(Kind.FORBIDDEN, detail, null);
    }

    public static DomainException invalid(String field, String message) {
        return new DomainException(Kind.INVALID, field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    public static DomainException invalid(List<Problem.FieldError> errors) {
        String detail = errors.stream()
                .map(e -> (e.row() == null ? "" : "row " + e.row() + ", ") + e.field() + ": " + e.message())
                .reduce((a, b) -> a + "; " + b).orElse("");
        return new DomainException(Kind.INVALID, detail, errors);
    }

    /** Extra members of the problem document, e.g. the import report beside the errors. */
    public DomainException with(Map<String, Object> members) {
        this.extensions = members;
        return this;
    }

    public Kind kind() { return kind; }
    public int status() { return kind.status; }
    public String type() { return type; }
    public String title() { return title; }
    public List<Problem.FieldError> errors() { return errors; }
    public Map<String, Object> extensions() { return extensions; }
}
