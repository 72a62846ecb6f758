package org.healthplanning.gateway.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A row of a plan's indicator table (indicator-service), as far as the overview's consistency rows
 * read it; the rest of the row is skipped while reading (the rows are not passed on).
 */
public record PlanIndicator(@JsonProperty(required = true) long id,
                            String seq,
                            @JsonProperty(required = true) String name,
                            String subItem,
                            String definitionCode,
                            @JsonProperty(required = true) YearValue baseline,
                            @JsonProperty(required = true) YearValue target) {
}
