package org.healthplanning.gateway.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** A row of a backend's audit trail; the gateway orders the merged trail by {@code at}, then {@code id}. */
public record AuditRow(@JsonProperty(required = true) long id,
                       @JsonProperty(required = true) String at,
                       @JsonAnySetter @JsonAnyGetter Map<String, Object> other) {
    /** {@code at} as an instant (the text is passed on as the backend wrote it); null when it is not one. */
    public Instant instant() {
        try {
            return OffsetDateTime.parse(at).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }
}
