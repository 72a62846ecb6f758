package org.healthplanning.platform.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.healthplanning.http.Problem;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A request whose transaction its timeout rolled back (see {@link TransactionTimeouts}) is answered 503
 * {@code /problems/transaction-timeout} with {@code Retry-After}: nothing of it was written, and a
 * retry may run it again (with an Idempotency-Key too: a 5xx answer is not kept). The timeout is
 * shorter than the gateway's wait for the path, so this answer, not a 504, reaches the client.
 */
public class TransactionTimeoutAnswer {
    private static final Logger LOG = Logger.getLogger(TransactionTimeoutAnswer.class);

    @Inject
    TransactionTimeouts timeouts;

    /** Early among the response filters (they run from the highest priority down), before the answer is kept. */
    @ServerResponseFilter(priority = Priorities.USER + 1000)
    public void answer(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 400 || !timeouts.timedOut()) {
            return;
        }
        String path = request.getUriInfo().getPath();
        LOG.warnf("%s %s rolled back: its transaction ran longer than %d s", request.getMethod(), path, timeouts.timeout().toSeconds());
        Problem problem = new Problem("/problems/transaction-timeout", "Transaction timed out", 503,
                "The request did not finish within " + timeouts.timeout().toSeconds() + " s and was rolled back: nothing was "
                        + "written. Retry later; a large import may be split into smaller ones", path, null);
        response.setStatus(503);
        response.getHeaders().remove(HttpHeaders.ETAG);
        response.getHeaders().remove(HttpHeaders.LOCATION);
        response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, ProblemMappers.RETRY_AFTER_SECONDS);
        response.setEntity(problem, null, jakarta.ws.rs.core.MediaType.valueOf(Problem.MEDIA_TYPE));
    }
}
