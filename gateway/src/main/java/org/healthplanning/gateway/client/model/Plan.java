package org.healthplanning.gateway.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** A plan (indicator-service): its title, region, period and target year are what the views need. */
public record Plan(@JsonProperty(required = true) String code,
                   String title,
                   @JsonProperty(required = true) String regionCode,
                   String regionName,
                   @JsonProperty(required = true) int periodStart,
                   @JsonProperty(required = true) int periodEnd,
                   Integer baselineYear,
                   Integer targetYear,
                   @JsonAnySetter @JsonAnyGetter Map<String, Object> other) {
}
