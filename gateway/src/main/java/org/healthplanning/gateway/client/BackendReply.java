package org.healthplanning.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;

/** A backend's answer below 500: its status and body. */
public record BackendReply(int status, Buffer body) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public JsonNode json(ObjectMapper mapper) {
        try {
            return body == null || body.length() == 0 ? null : mapper.readTree(body.getBytes());
        } catch (IOException e) {
            throw new IllegalStateException("Backend answered invalid JSON", e);
        }
    }
}
