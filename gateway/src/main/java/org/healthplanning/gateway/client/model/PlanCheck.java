package org.healthplanning.gateway.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** One finding of a plan's checks (indicator-service): which check, how serious, the row it concerns and what it says. */
public record PlanCheck(@JsonProperty(required = true) String code,
                        @JsonProperty(required = true) String severity,
                        Long indicatorId,
                        String seq,
                        String name,
                        String subItem,
                        @JsonProperty(required = true) String message,
                        @JsonAnySetter @JsonAnyGetter Map<String, Object> other) {
}
