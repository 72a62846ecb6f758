package org.healthplanning.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.healthplanning.http.DomainException;
import org.healthplanning.http.Problem;
import org.healthplanning.http.Refusals;
import org.healthplanning.platform.json.StrictJson;
import org.healthplanning.platform.security.Caller;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into application/problem+json; nothing escapes as an HTML or empty 500. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** Seconds a client should wait before retrying while the database is unreachable. */
    public static final String RETRY_AFTER_SECONDS = "5";

    @Inject
    Instance<Caller> caller;

    @Inject
    Instance<TransactionTimeouts> transactionTimeouts;

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri, Request request) {
        if (e.status() == 403) {
            Refusals.log(403, subject(), request.getMethod(), uri.getPath(), e.getMessage());
        }
        Response answer = problem(new Problem(e.type(), e.title(), e.status(), e.getMessage(), path(uri), e.errors(), e.extensions()));
        if (e.status() == 503) {
            LOG.warn("Dependency unavailable on " + uri.getPath() + ": " + e.getMessage());
            return Response.fromResponse(answer).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        return answer;
    }

    /** No token, or one that is malformed, expired or not signed by the trusted key: 401 with a Bearer challenge. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri, Request request, HttpHeaders headers) {
        boolean sent = headers.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
        String reason = sent ? "invalid bearer token (malformed, expired, bad signature or another audience)" : "no bearer token";
        Refusals.log(401, "anonymous", request.getMethod(), uri.getPath(), reason);
        Response r = problem(401, "/problems/unauthorized", "Unauthorized",
                sent ? "The bearer token is invalid, expired or not signed by the trusted issuer" : "A valid bearer token is required",
                uri, null);
        return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** A valid token without the role the operation needs; the detail names the roles the operation allows. */
    @ServerExceptionMapper(ForbiddenException.class)
    public Response forbidden(ForbiddenException e, UriInfo uri, Request request, ResourceInfo resource) {
        String detail = adminOnly(resource) ? "This operation needs the admin role" : "This operation needs the editor or admin role";
        Refusals.log(403, subject(), request.getMethod(), uri.getPath(), "missing role");
        return problem(403, "/problems/forbidden", "Forbidden", detail, uri, null);
    }

    private static boolean adminOnly(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return false;
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null && resource.getResourceClass() != null) {
            roles = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        return roles != null && Arrays.equals(roles.value(), new String[] {Caller.ADMIN});
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
            InvalidFormatException.class, com.fasterxml.jackson.databind.exc.ValueInstantiationException.class,
            com.fasterxml.jackson.core.exc.StreamConstraintsException.class})
    public Response json(JsonProcessingException e, UriInfo uri) {
        Problem.FieldError error = describe(e);
        return problem(400, "/problems/validation", "Invalid request", error.field() + ": " + error.message(), uri, List.of(error));
    }

    /** The field a JSON parsing or binding failure concerns ("body" when unknown) and what is wrong with it. */
    public static Problem.FieldError describe(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? path(m) : null;
        String message;
        if (e instanceof StrictJson.Rejected r) {
            message = r.getOriginalMessage();
        } else if (e instanceof InvalidFormatException f) {
            Class<?> target = f.getTargetType();
            message = target != null && target.isEnum()
                    ? "'" + f.getValue() + "' is not one of " + Arrays.toString(target.getEnumConstants())
                    : "'" + f.getValue() + "' is not a valid " + (target == null ? "value" : simpleType(target));
        } else if (e instanceof JsonMappingException && field != null && !field.isEmpty()) {
            message = "has the wrong type or shape";
        } else if (limit(e) != null) {
            message = "exceeds a limit of the JSON reader: " + ProblemText.clean(limit(e).getOriginalMessage());
        } else {
            message = "malformed JSON: " + ProblemText.clean(plain(e.getOriginalMessage()));
        }
        if (field == null || field.isEmpty()) {
            field = "body";
        }
        return new Problem.FieldError(field, message);
    }

    /**
     * An {@code UPDATE … WHERE version = ? RETURNING updated_at} (an entity whose change time the database
     * sets, read back on update) that matched no row because another request changed or deleted the row
     * first: Hibernate reports the missing returned values instead of a stale version. It is the same 412.
     */
    static boolean staleUpdateReturning(Throwable t) {
        return t instanceof org.hibernate.HibernateException && t.getMessage() != null
                && t.getMessage().startsWith("The database returned no natively generated values");
    }

    /** The reader's limit (nesting depth, number or text length) that a failure comes from, if any. */
    private static com.fasterxml.jackson.core.exc.StreamConstraintsException limit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException c) {
                return c;
            }
        }
        return null;
    }

    /** A parser message without the names of the parser's own settings. */
    private static String plain(String message) {
        if (message == null) {
            return "unreadable";
        }
        int hint = message.indexOf(" (by ");
        return hint > 0 ? message.substring(0, hint) : message;
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
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException j) {
            return json(j, uri);
        }
        String detail = e.getMessage();
        if (e instanceof NotSupportedException) {
            String sent = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
            detail = (sent == null ? "The request has no Content-Type" : "Content-Type '" + sent + "' is not accepted here")
                    + "; send " + accepted(uri.getPath());
        } else if (e instanceof NotAcceptableException) {
            detail = "Nothing this operation answers with is acceptable to the request's Accept '"
                    + headers.getHeaderString(HttpHeaders.ACCEPT) + "'; it answers "
                    + org.healthplanning.platform.sheet.ExportFormat.answeredBy(uri.getPath()) + ", and problems as application/problem+json";
        } else if (status == 413) {
            return problem(413, org.healthplanning.http.BodyLimit.TYPE, org.healthplanning.http.BodyLimit.TITLE,
                    "The request body is larger than this service accepts", uri, null);
        }
        String title = Response.Status.fromStatusCode(status) == null ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase();
        Response r = problem(status, "/problems/http-" + status, title, detail, uri, null);
        if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            r = Response.fromResponse(r).header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW)).build();
        }
        return r;
    }

    /** The body media types a path takes: imports take JSON or CSV, every other write JSON. */
    private static String accepted(String path) {
        if (path.endsWith("/import")) {
            return "application/json, text/csv or " + org.healthplanning.platform.sheet.ExportFormat.XLSX_TYPE;
        }
        return "application/json" + (path.contains("/indicators/") && !path.endsWith("/values") ? " (PATCH: application/merge-patch+json)" : "");
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof ConstraintViolationException c) {
                return validation(c, uri);
            }
            if (cause instanceof DomainException d) {
                return problem(new Problem(d.type(), d.title(), d.status(), d.getMessage(), path(uri), d.errors(), d.extensions()));
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException c && "23505".equals(c.getSQLState())) {
                return problem(409, "/problems/conflict", "Conflict", "A resource with the same key already exists", uri, null);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException || staleUpdateReturning(cause)) {
                return stale((RuntimeException) (cause instanceof RuntimeException r ? r : new IllegalStateException(cause)), uri);
            }
            cause = cause.getCause();
        }
        if (databaseUnavailable(e)) {
            LOG.warn("Database unavailable on " + uri.getPath() + ": " + e);
            return Response.fromResponse(problem(503, "/problems/database-unavailable", "Service unavailable",
                            "The database cannot be reached at the moment; retry in a few seconds", uri, null))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        if (transactionTimeouts != null && transactionTimeouts.isResolvable() && transactionTimeouts.get().timedOut()) {
            // the transaction's timeout cancelled the request's work: answered 503 by TransactionTimeoutAnswer
            LOG.warn("Transaction timed out on " + uri.getPath() + ": " + e);
            return problem(503, "/problems/transaction-timeout", "Transaction timed out", "The request was rolled back", uri, null);
        }
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        return problem(500, "/problems/internal", "Internal error", "An unexpected error occurred", uri, null);
    }

    /**
     * Whether a failure means the database could not be reached (refused or broken connection, server
     * shutting down or starting up, no pooled connection within the acquisition timeout) rather than
     * a fault of the request or of this service.
     */
    public static boolean databaseUnavailable(Throwable e) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Throwable> todo = new ArrayDeque<>();
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
                if (s.getMessage() != null && s.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                    return true;
                }
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            Collections.addAll(todo, t.getSuppressed());
        }
        return false;
    }

    public static Response problem(int status, String type, String title, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        return problem(new Problem(type, title, status, detail, path(uri), errors));
    }

    /** The answer for a problem; its texts never name the framework's classes, methods or settings ({@link ProblemText}). */
    public static Response problem(Problem p) {
        Problem clean = ProblemText.clean(p);
        return Response.status(clean.status).type(Problem.MEDIA_TYPE).entity(clean).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        // Property paths look like "create.plan.regionCode" for parameters; keep the part after the argument.
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        if (parts.length >= 3) {
            return String.join(".", Arrays.copyOfRange(parts, 2, parts.length));
        }
        return parts[parts.length - 1];
    }

    public static String path(JsonMappingException e) {
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
