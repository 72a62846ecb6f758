package org.healthplanning.gateway.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A catalogue entry (indicator-service); {@code resourceMetric} links it to a resource ratio. Only what
 * the overview reads is kept (the definitions are not passed on).
 */
public record IndicatorDefinition(@JsonProperty(required = true) String code,
                                  String resourceMetric) {
}
