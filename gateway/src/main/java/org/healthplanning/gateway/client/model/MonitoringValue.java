package org.healthplanning.gateway.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Map;

/** An annual monitoring value of a plan's row (indicator-service, the service-wide list): its year, value, source and approval. */
public record MonitoringValue(@JsonProperty(required = true) long indicatorId,
                              @JsonProperty(required = true) int year,
                              BigDecimal value,
                              String status,
                              String source,
                              String approvalState,
                              @JsonAnySetter @JsonAnyGetter Map<String, Object> other) {
}
