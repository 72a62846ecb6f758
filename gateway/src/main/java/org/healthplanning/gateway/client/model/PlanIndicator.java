package org.healthplanning.gateway.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** A row of a plan's indicator table (indicator-service). */
public record PlanIndicator(@JsonProperty(required = true) long id,
                            String seq,
                            @JsonProperty(required = true) String name,
                            String subItem,
                            String definitionCode,
                            @JsonProperty(required = true) YearValue baseline,
                            @JsonProperty(required = true) YearValue target,
                            @JsonAnySetter @JsonAnyGetter Map<String, Object> other) {
}
