package org.healthplanning.gateway.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A plan's evaluation for a calendar year (indicator-service). */
public record Evaluation(Integer year,
                         @JsonProperty(required = true) List<Long> bindingBehind,
                         @JsonProperty(required = true) List<Row> indicators,
                         @JsonAnySetter @JsonAnyGetter Map<String, Object> other) {

    /**
     * One evaluated indicator row: its identity, its catalogue link and resource ratio, nature, baseline and
     * target, the latest value used, the expected value of the year, its status and progress, and the value's approval.
     */
    public record Row(@JsonProperty(required = true) long id,
                      String seq,
                      @JsonProperty(required = true) String name,
                      String subItem,
                      String definitionCode,
                      String resourceMetric,
                      String nature,
                      String direction,
                      YearValue baseline,
                      YearValue target,
                      YearValue actual,
                      BigDecimal expected,
                      BigDecimal progressPercent,
                      @JsonProperty(required = true) String status,
                      String notEvaluableReason,
                      Boolean worseThanBaseline,
                      String approvalState,
                      @JsonAnySetter @JsonAnyGetter Map<String, Object> other) {
    }
}
