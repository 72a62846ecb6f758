package org.healthplanning.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import org.healthplanning.gateway.client.Backend;
import org.healthplanning.gateway.client.BackendException;
import org.healthplanning.gateway.client.BackendReply;
import org.healthplanning.gateway.config.Json;
import org.healthplanning.gateway.api.ApiException;
import org.healthplanning.gateway.api.Problem;

/** What one backend read gave: an answer (any status below 500), a failure, or nothing asked. */
record Outcome(Backend backend, BackendReply reply, BackendException failure) {

    static Uni<Outcome> of(Backend backend, Uni<BackendReply> read) {
        return read.map(r -> new Outcome(backend, r, null))
                .onFailure().recoverWithItem(t -> new Outcome(backend, null,
                        t instanceof BackendException be ? be : new BackendException(backend, String.valueOf(t.getMessage()), false)));
    }

    /** A 200 whose JSON the gateway derived itself (null: nothing to show). */
    static Outcome answered(Backend backend, JsonNode body) {
        return new Outcome(backend, new BackendReply(200,
                body == null ? null : io.vertx.core.buffer.Buffer.buffer(Json.write(body))), null);
    }

    static Outcome skipped(Backend backend) {
        return new Outcome(backend, null, null);
    }

    static Outcome failed(Backend backend, String why) {
        return new Outcome(backend, null, new BackendException(backend, why, false));
    }

    boolean degraded() {
        return failure != null;
    }

    int status() {
        return reply == null ? 0 : reply.status();
    }

    /** The JSON body of a 2xx answer, otherwise null. */
    JsonNode json() {
        if (reply == null || !reply.ok()) {
            return null;
        }
        try {
            return reply.json(Json.MAPPER);
        } catch (IllegalStateException e) {
            return null;
        }
    }

    /** The items of a paged envelope (or a plain array). */
    JsonNode items() {
        JsonNode body = json();
        if (body == null) {
            return MissingNode.getInstance();
        }
        return body.isArray() ? body : body.path("items");
    }

    /** The backend's explanation of a 4xx, for the notes of a view. */
    String problemDetail() {
        JsonNode body = reply == null || reply.body() == null ? null : safeJson();
        String detail = body == null ? null : body.path("detail").asText(null);
        return "HTTP " + status() + (detail == null ? "" : ": " + detail);
    }

    /** A backend's 400 about the caller's own input, given back to the caller as the gateway's answer. */
    ApiException refusal() {
        JsonNode body = reply == null || reply.body() == null ? null : safeJson();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (body != null) {
            body.path("errors").forEach(e -> errors.add(new Problem.FieldError(
                    e.path("field").asText(null), e.path("message").asText(null))));
        }
        String detail = body == null ? null : body.path("detail").asText(null);
        return new ApiException(status(), "/problems/validation", "Invalid request",
                detail == null ? backend.serviceName() + " refused the request" : detail, errors.isEmpty() ? null : errors);
    }

    private JsonNode safeJson() {
        try {
            return reply.json(Json.MAPPER);
        } catch (IllegalStateException e) {
            return null;
        }
    }
}
