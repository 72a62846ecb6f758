package org.healthplanning.gateway.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** A catalogue entry (indicator-service); {@code resourceMetric} links it to a resource ratio. */
public record IndicatorDefinition(@JsonProperty(required = true) String code,
                                  String resourceMetric,
                                  @JsonAnySetter @JsonAnyGetter Map<String, Object> other) {
}
