package org.healthplanning.indicator.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.healthplanning.indicator.domain.Direction;

/** One indicator of a region across its plan generations (DOMAIN.md §1, "Plan lineage"). */
@Schema(name = "IndicatorSeries", description = "One catalogue indicator of a region across the region's plans, oldest first: "
        + "each plan's rows linked to it with their baselines, targets and monitoring values")
@JsonPropertyOrder({"regionCode", "definitionCode", "name", "unit", "direction", "plans"})
public record IndicatorSeries(
        @Schema(required = true, examples = "500151", description = "The region's code") String regionCode,
        @Schema(required = true, examples = "LIFE_EXPECTANCY", description = "The catalogue definition") String definitionCode,
        @Schema(required = true, examples = "人均预期寿命", description = "The definition's name") String name,
        @Schema(nullable = true, examples = "岁", description = "The definition's unit") String unit,
        @Schema(required = true, examples = "INCREASE", description = "The definition's direction") Direction direction,
        @Schema(required = true, description = "The region's plans that have a row linked to the definition, by baseline year") List<PlanSeries> plans) {

    @Schema(name = "IndicatorSeriesPlan", description = "One plan generation of a series")
    @JsonPropertyOrder({"planCode", "title", "periodStart", "periodEnd", "baselineYear", "targetYear", "predecessorCode", "rows"})
    public record PlanSeries(
            @Schema(required = true, examples = "tongliang-14th") String planCode,
            @Schema(required = true, examples = "重庆市铜梁区卫生健康发展“十四五”规划") String title,
            @Schema(required = true, examples = "2021", description = "First calendar year of the period") int periodStart,
            @Schema(required = true, examples = "2025", description = "Last calendar year of the period") int periodEnd,
            @Schema(nullable = true, examples = "2020", description = "Calendar year of the baselines") Integer baselineYear,
            @Schema(nullable = true, examples = "2025", description = "Calendar year of the targets") Integer targetYear,
            @Schema(nullable = true, examples = "tongliang-13th", description = "The plan this one follows") String predecessorCode,
            @Schema(required = true, description = "The plan's rows linked to the definition, in table order") List<Row> rows) {
    }

    @Schema(name = "IndicatorSeriesRow", description = "A plan's row of the indicator with its values")
    @JsonPropertyOrder({"indicatorId", "name", "subItem", "unit", "baseline", "target", "values"})
    public record Row(
            @Schema(required = true, examples = "17", description = "The row's id") long indicatorId,
            @Schema(required = true, examples = "人均预期寿命", description = "The name as printed") String name,
            @Schema(nullable = true, examples = "门诊") String subItem,
            @Schema(nullable = true, examples = "岁", description = "The row's unit as printed") String unit,
            @Schema(required = true) PlanIndicatorView.Baseline baseline,
            @Schema(required = true) PlanIndicatorView.Target target,
            @Schema(required = true, description = "The monitoring values, by year") List<Value> values) {
    }

    @Schema(name = "IndicatorSeriesValue", description = "A monitoring value of a series row")
    @JsonPropertyOrder({"year", "value", "status", "approvalState"})
    public record Value(
            @Schema(required = true, examples = "2023", description = "Calendar year") int year,
            @Schema(required = true, examples = "79.0", description = "The value in the row's unit") BigDecimal value,
            @Schema(required = true, examples = "FINAL", description = "PROVISIONAL or FINAL") String status,
            @Schema(required = true, examples = "APPROVED", description = "The value's approval state") String approvalState) {
    }
}
