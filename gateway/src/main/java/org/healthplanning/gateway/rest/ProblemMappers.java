package org.healthplanning.gateway.rest;

import org.healthplanning.http.Problem;
import org.healthplanning.http.DomainException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure of the gateway's own operations into application/problem+json. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        return problem(e.status(), e.type(), e.title(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        return problem(status, "/problems/http-" + status, known == null ? "Error" : known.getReasonPhrase(), e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        return problem(500, "/problems/internal", "Internal error", "An unexpected error occurred", uri, null);
    }

    static Response problem(int status, String type, String title, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type, title, status, detail, uri == null ? null : uri.getPath(), errors, null))
                .build();
    }
}
