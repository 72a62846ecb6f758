package org.healthplanning.gateway.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** A row of a plan's indicator table (indicator-service): the report reads its category and unit, which the evaluation does not carry. */
public record PlanIndicator(@JsonProperty(required = true) long id,
                            String category,
                            String unit,
                            @JsonAnySetter @JsonAnyGetter Map<String, Object> other) {
}
