package org.healthplanning.indicator.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.healthplanning.indicator.domain.EvaluationStatus;

/** One plan's figures for a definition, ranked among all plans linking it. */
@Schema(name = "ComparisonRow", description = "One plan's figures for an indicator definition, ranked among all plans linking it")
@JsonPropertyOrder({"planCode", "regionCode", "regionName", "indicatorId", "name", "subItem", "baseline", "target",
        "actual", "progressPercent", "status", "rankedBy", "rankValue", "rank"})
public record ComparisonRow(@Schema(required = true, examples = "yuzhong-14th") String planCode,
                            @Schema(required = true, examples = "500103", description = "GB/T 2260 code of the plan's region") String regionCode,
                            @Schema(nullable = true, examples = "重庆市渝中区") String regionName,
                            @Schema(required = true, examples = "31", description = "The plan's indicator row id") Long indicatorId,
                            @Schema(required = true, examples = "人口平均预期寿命", description = "The row's name as printed in that plan") String name,
                            @Schema(nullable = true, examples = "门诊") String subItem,
                            @Schema(required = true) PlanIndicatorView.Baseline baseline,
                            @Schema(required = true) PlanIndicatorView.Target target,
                            @Schema(nullable = true, implementation = EvaluationView.Actual.class, description = "The value for the year; null without one")
                            EvaluationView.Actual actual,
                            @Schema(nullable = true, examples = "63.86", description = "Progress from baseline to target, in %, 2 decimals")
                            BigDecimal progressPercent,
                            @Schema(required = true, examples = "NO_DATA") EvaluationStatus status,
                            @Schema(nullable = true, examples = "baseline", anyOf = ApiEnums.RankedBy.class,
                                    description = "The figure ranked: the actual value for the year when there is one, else the baseline; null when neither exists")
                            String rankedBy,
                            @Schema(nullable = true, examples = "80.78", description = "The figure ranked, in the definition's unit") BigDecimal rankValue,
                            @Schema(nullable = true, examples = "1", minimum = "1",
                                    description = "1 = best in the definition's direction (an ordinal); ties share a rank") Integer rank) {
}
