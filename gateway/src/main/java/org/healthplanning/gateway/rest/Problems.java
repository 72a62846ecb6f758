package org.healthplanning.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.healthplanning.http.Problem;

/** Writes a problem+json answer on the HTTP layer, for what is refused before the REST layer (proxy, body limit, security). */
@ApplicationScoped
public class Problems {
    @Inject
    ObjectMapper mapper;

    /** Answers the problem unless the response is already under way; {@code backend} names the service at fault, or null. */
    public void send(HttpServerResponse out, int status, String type, String title, String detail, String instance, String backend) {
        if (out.ended() || out.closed() || out.headWritten()) {
            return;
        }
        try {
            out.setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(new Problem(type, title, status, detail, instance, null,
                            backend == null ? null : java.util.Map.of("backend", backend))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
