package org.healthplanning.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Answers a problem+json on the HTTP layer, for what is refused before the REST layer (the body limit;
 * at the gateway also the proxy and the security policies), written by the application's ObjectMapper
 * as the REST layer writes its problems.
 */
@ApplicationScoped
public class HttpProblems {
    @Inject
    ObjectMapper mapper;

    /** Answers the problem unless the response is already under way. */
    public void send(HttpServerResponse out, Problem problem) {
        if (out.ended() || out.closed() || out.headWritten()) {
            return;
        }
        try {
            out.setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE).end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
