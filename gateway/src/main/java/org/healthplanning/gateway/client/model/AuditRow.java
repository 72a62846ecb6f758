package org.healthplanning.gateway.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;

/** A row of a backend's audit trail; the gateway orders the merged trail by {@code at}, then {@code id}. */
public record AuditRow(@JsonProperty(required = true) long id,
                       @JsonProperty(required = true) String at,
                       @JsonAnySetter @JsonAnyGetter Map<String, Object> other) {
    /** {@code at} as an instant (the text is passed on as the backend wrote it); null when it is not one. */
    public Instant instant() {
        return Times.instant(at);
    }
}
