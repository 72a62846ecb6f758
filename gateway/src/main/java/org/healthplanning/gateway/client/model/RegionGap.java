package org.healthplanning.gateway.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A region's standing against one standard (facility-service's gaps): the standard's metric, comparator, target and
 * year, and the required count and gap where counts are known. facility-service leaves out what it does not know.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegionGap(String standardCode,
                        String scope,
                        @JsonProperty(required = true) String metric,
                        String comparator,
                        @JsonProperty(required = true) BigDecimal target,
                        Integer targetYear,
                        Long requiredCount,
                        Long gap,
                        String source,
                        @JsonAnySetter @JsonAnyGetter Map<String, Object> other) {
}
