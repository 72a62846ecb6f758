package org.healthplanning.gateway.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.util.Map;

/** A figure of a calendar year: an indicator's baseline, target or latest monitoring value. */
public record YearValue(Integer year, BigDecimal value,
                        @JsonAnySetter @JsonAnyGetter Map<String, Object> other) {
}
