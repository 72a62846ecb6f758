package org.healthplanning.gateway.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** A page of a backend's list: its items, the total and, for incremental reads, the link to the next page. */
public record Page<T>(@JsonProperty(required = true) List<T> items,
                      @JsonProperty(required = true) long total,
                      String next,
                      @JsonAnySetter @JsonAnyGetter Map<String, Object> other) {
}
