package org.healthplanning.indicator.rest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.healthplanning.indicator.domain.EvaluationStatus;

/** One plan's figures for a definition, ranked among all plans linking it. */
@Schema(name = "ComparisonRow")
@JsonPropertyOrder({"planCode", "regionCode", "regionName", "indicatorId", "name", "subItem", "baseline", "target",
        "actual", "progressPercent", "status", "rankedBy", "rankValue", "rank"})
public record ComparisonRow(@Schema(examples = "yuzhong-14th") String planCode,
                            @Schema(examples = "500103") String regionCode,
                            @Schema(examples = "重庆市渝中区") String regionName,
                            @Schema(examples = "31") Long indicatorId,
                            @Schema(examples = "人口平均预期寿命") String name,
                            String subItem,
                            PlanIndicatorView.Baseline baseline,
                            PlanIndicatorView.Target target,
                            EvaluationView.Actual actual,
                            BigDecimal progressPercent,
                            EvaluationStatus status,
                            @Schema(examples = "baseline", enumeration = {"actual", "baseline"},
                                    description = "The figure ranked: the actual value for the year when there is one, else the baseline")
                            String rankedBy,
                            @Schema(examples = "80.78") BigDecimal rankValue,
                            @Schema(examples = "1", description = "1 = best in the definition's direction; ties share a rank") Integer rank) {
}
