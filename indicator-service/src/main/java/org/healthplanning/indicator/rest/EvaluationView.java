package org.healthplanning.indicator.rest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.healthplanning.indicator.domain.Direction;
import org.healthplanning.indicator.domain.EvaluationStatus;
import org.healthplanning.indicator.domain.Nature;

/** A plan's indicators evaluated for one year (DOMAIN.md §1). */
@Schema(name = "Evaluation")
@JsonPropertyOrder({"planCode", "year", "summary", "bindingBehind", "indicators"})
public record EvaluationView(
        @Schema(examples = "tongliang-14th") String planCode,
        @Schema(examples = "2023", description = "The year evaluated; null when no value exists at all") Integer year,
        @Schema(examples = "{\"ACHIEVED\": 10, \"ON_TRACK\": 3, \"BEHIND\": 2, \"NO_DATA\": 8, \"NOT_EVALUABLE\": 2}")
        Map<EvaluationStatus, Integer> summary,
        @Schema(description = "Ids of binding (约束性) indicators that are BEHIND: alerts") List<Long> bindingBehind,
        List<Item> indicators) {

    @Schema(name = "EvaluatedIndicator")
    @JsonPropertyOrder({"id", "seq", "name", "subItem", "nature", "direction", "baseline", "target", "actual",
            "expected", "progressPercent", "status"})
    public record Item(@Schema(examples = "17") Long id,
                       @Schema(examples = "1") String seq,
                       @Schema(examples = "人均预期寿命") String name,
                       String subItem,
                       Nature nature,
                       Direction direction,
                       PlanIndicatorView.Baseline baseline,
                       PlanIndicatorView.Target target,
                       Actual actual,
                       @Schema(examples = "78.9680", description = "Value on the linear trajectory for the year, 4 decimals") BigDecimal expected,
                       @Schema(examples = "63.86", description = "(actual − baseline) / (target − baseline) × 100, unclipped, 2 decimals") BigDecimal progressPercent,
                       EvaluationStatus status) {
    }

    @Schema(name = "Actual")
    public record Actual(@Schema(examples = "2023") Integer year, @Schema(examples = "79.0") BigDecimal value) {
    }
}
