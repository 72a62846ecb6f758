package org.healthplanning.gateway.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Map;

/** A region's population, resource counts and ratios (per 1000 residents) for a calendar year (facility-service; ratios absent without a basis). */
public record RegionRatios(@JsonProperty(required = true) int year,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, BigDecimal> ratios,
                           @JsonAnySetter @JsonAnyGetter Map<String, Object> other) {

    /** Whether the year has any ratio (a year without population or resources has none). */
    public boolean hasRatios() {
        return ratios != null && !ratios.isEmpty();
    }
}
