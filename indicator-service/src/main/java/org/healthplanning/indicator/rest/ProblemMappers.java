package org.healthplanning.indicator.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import org.healthplanning.indicator.config.Refusals;
import org.healthplanning.indicator.service.Caller;
import org.hibernate.StaleStateException;
import org.healthplanning.indicator.config.StrictJson;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into application/problem+json; nothing escapes as an HTML or empty 500. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    Instance<Caller> caller;

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri, Request request) {
        if (e.status() == 403) {
            Refusals.log(403, subject(), request.getMethod(), uri.getPath(), e.getMessage());
        }
        if (e.extensions() != null) {
            java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("type", e.type());
            body.put("title", e.title());
            body.put("status", e.status());
            body.put("detail", e.getMessage());
            body.put("instance", uri == null ? null : uri.getPath());
            body.put("errors", e.errors());
            body.putAll(e.extensions());
            return Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(body).build();
        }
        return problem(e.status(), e.type(), e.title(), e.getMessage(), uri, e.errors());
    }

    /** No token, or one that is malformed, expired or not signed by the trusted key: 401 with a Bearer challenge. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri, Request request, HttpHeaders headers) {
        boolean sent = headers.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
        String reason = sent ? "invalid bearer token (malformed, expired or bad signature)" : "no bearer token";
        Refusals.log(401, "anonymous", request.getMethod(), uri.getPath(), reason);
        Response r = problem(401, "/problems/unauthorized", "Unauthorized",
                sent ? "The bearer token is invalid, expired or not signed by the trusted issuer" : "A valid bearer token is required",
                uri, null);
        return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** A valid token without the role the operation needs (admin for definitions and the audit trail). */
    @ServerExceptionMapper(ForbiddenException.class)
    public Response forbidden(ForbiddenException e, UriInfo uri, Request request) {
        String path = uri.getPath();
        String detail = path.startsWith("/api/v1/audit") || path.startsWith("/api/v1/indicator-definitions")
                ? "This operation needs the admin role" : "This operation needs the editor or admin role";
        Refusals.log(403, subject(), request.getMethod(), path, "missing role");
        return problem(403, "/problems/forbidden", "Forbidden", detail, uri, null);
    }

    private String subject() {
        try {
            return caller.get().subject();
        } catch (RuntimeException e) {
            return "anonymous";
        }
    }

    // Listed one by one so that these win over the JSON provider's own mappers.
    @ServerExceptionMapper({JsonProcessingException.class, com.fasterxml.jackson.core.JsonParseException.class,
            JsonMappingException.class, com.fasterxml.jackson.databind.exc.MismatchedInputException.class,
            InvalidFormatException.class, com.fasterxml.jackson.databind.exc.ValueInstantiationException.class})
    public Response json(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? path(m) : null;
        String message;
        if (e instanceof StrictJson.Rejected r) {
            message = r.getOriginalMessage();
        } else if (e instanceof InvalidFormatException f) {
            Class<?> target = f.getTargetType();
            message = target != null && target.isEnum()
                    ? "'" + f.getValue() + "' is not one of " + java.util.Arrays.toString(target.getEnumConstants())
                    : "'" + f.getValue() + "' is not a valid " + (target == null ? "value" : simpleType(target));
        } else if (e instanceof JsonMappingException && field != null) {
            message = "has the wrong type or shape";
        } else {
            field = field == null || field.isEmpty() ? "body" : field;
            message = "malformed JSON: " + e.getOriginalMessage();
        }
        if (field == null || field.isEmpty()) {
            field = "body";
        }
        return problem(400, "/problems/validation", "Invalid request", field + ": " + message, uri,
                List.of(new Problem.FieldError(field, message)));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toCollection(ArrayList::new));
        String detail = errors.stream().map(x -> x.field() + ": " + x.message()).collect(Collectors.joining("; "));
        return problem(400, "/problems/validation", "Invalid request", detail, uri, errors);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response stale(RuntimeException e, UriInfo uri) {
        return problem(412, "/problems/precondition-failed", "Precondition failed",
                "The resource was changed by another request; read it again and retry", uri, null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException j) {
            return json(j, uri);
        }
        String title = Response.Status.fromStatusCode(status) == null ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase();
        return problem(status, "/problems/http-" + status, title, e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof ConstraintViolationException c) {
                return validation(c, uri);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException c
                    && "23505".equals(c.getSQLState())) {
                return problem(409, "/problems/conflict", "Conflict", "A resource with the same key already exists", uri, null);
            }
            cause = cause.getCause();
        }
        if (databaseUnavailable(e)) {
            LOG.warn("Database unavailable on " + uri.getPath() + ": " + e);
            return Response.fromResponse(problem(503, "/problems/database-unavailable", "Service unavailable",
                            "The database cannot be reached at the moment; retry in a few seconds", uri, null))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        return problem(500, "/problems/internal", "Internal error", "An unexpected error occurred", uri, null);
    }

    /** Seconds a client should wait before retrying while the database is unreachable. */
    static final String RETRY_AFTER_SECONDS = "5";

    /**
     * Whether a failure means the database could not be reached (refused or broken connection, server
     * shutting down or starting up, no pooled connection within the acquisition timeout) rather than
     * a fault of the request or of this service.
     */
    static boolean databaseUnavailable(Throwable e) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.ArrayDeque<Throwable> todo = new java.util.ArrayDeque<>();
        todo.add(e);
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof org.hibernate.exception.JDBCConnectionException || t instanceof java.net.ConnectException
                    || t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException s) {
                String state = s.getSQLState();
                // 08: connection exception; 57P01-57P03: administrator/crash shutdown, cannot connect now
                if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"))) {
                    return true;
                }
                if (s.getMessage() != null && s.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")) {
                    return true;
                }
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            java.util.Collections.addAll(todo, t.getSuppressed());
        }
        return false;
    }

    static Response problem(int status, String type, String title, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type, title, status, detail, uri == null ? null : uri.getPath(), errors))
                .build();
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        // Property paths look like "create.plan.regionCode" for parameters; keep the part after the argument.
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        if (parts.length >= 3) {
            return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        }
        return parts[parts.length - 1];
    }

    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String simpleType(Class<?> c) {
        if (Number.class.isAssignableFrom(c) || c.isPrimitive()) {
            return "number";
        }
        return c.getSimpleName();
    }
}
