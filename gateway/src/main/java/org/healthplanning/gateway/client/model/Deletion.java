package org.healthplanning.gateway.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;

/** A row of a backend's deletion feed; its {@code cursor} continues that backend's feed after it. */
public record Deletion(@JsonProperty(required = true) String deletedAt,
                       @JsonProperty(required = true) String cursor,
                       @JsonAnySetter @JsonAnyGetter Map<String, Object> other) {
    /** {@code deletedAt} as an instant (the text is passed on as the backend wrote it); null when it is not one. */
    public Instant instant() {
        return Times.instant(deletedAt);
    }
}
