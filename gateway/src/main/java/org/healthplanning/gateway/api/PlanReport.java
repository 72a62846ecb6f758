package org.healthplanning.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The data of a plan's evaluation report (GET /api/v1/plans/{planCode}/report): what the HTML page and the
 * workbook show, joined from the three backends. A section whose backend did not answer is null and the backend
 * is listed in {@code degraded}.
 */
@Schema(name = "PlanReport", description = "A plan's evaluation report (中期评估 / 总结评估) for a calendar year: the plan, a summary "
        + "of the evaluation, every indicator with its trajectory figures and monitoring values, the investment by year, the "
        + "region's resource ratios against their standards, the plan checks and the sources and approval of the values used. "
        + "A section whose backend did not answer in time is null and the backend is listed in `degraded`.")
@JsonPropertyOrder({"planCode", "year", "approvedOnly", "plan", "summary", "indicators", "investment", "ratios", "checks",
        "sources", "approval", "notes", "degraded"})
public record PlanReport(
        @Schema(required = true, description = "The plan's code", examples = "tongliang-14th") String planCode,
        @Schema(required = true, nullable = true, type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2100",
                description = "Calendar year evaluated (the year asked, else the evaluation's latest year with a value, else the "
                        + "plan's baseline year; null when indicator-service did not answer)", examples = "2023") Integer year,
        @Schema(required = true, description = "Whether only approved monitoring values were used (the approvedOnly parameter)",
                examples = "false") boolean approvedOnly,
        @Schema(required = true, nullable = true, description = "The plan (null when indicator-service did not answer)") ReportPlan plan,
        @Schema(required = true, nullable = true, description = "Counts of the evaluation (null when indicator-service did not answer)")
        Summary summary,
        @Schema(required = true, nullable = true, description = "Every row of the plan's indicator table, in table order (null when "
                + "indicator-service did not answer)") List<Indicator> indicators,
        @Schema(required = true, nullable = true, description = "The plan's capital investment by year and by plan period (null when "
                + "project-service did not answer)") Investment investment,
        @Schema(required = true, nullable = true, description = "The region's resource ratios and their standards (null when "
                + "facility-service did not answer)") Ratios ratios,
        @Schema(required = true, nullable = true, description = "The findings of the plan checks (null when they could not be read)")
        List<Check> checks,
        @Schema(required = true, nullable = true, description = "Where the monitoring values used come from, one entry per source "
                + "(null when the values could not be read)") List<Source> sources,
        @Schema(required = true, nullable = true, description = "Approval states of the monitoring values used (null when the "
                + "evaluation is not available)") Approval approval,
        @Schema(description = "Why a section is empty although its backend answered (e.g. a backend's 4xx); absent when none")
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> notes,
        @Schema(required = true, description = "The backends that did not answer in time (indicator-service, project-service, "
                + "facility-service); empty when the report is complete", examples = "[]") List<String> degraded) {

    @Schema(name = "PlanReportPlan", description = "The plan's identity as indicator-service holds it")
    public record ReportPlan(
            @Schema(required = true, examples = "tongliang-14th") String code,
            @Schema(nullable = true, examples = "重庆市铜梁区卫生健康发展“十四五”规划") String title,
            @Schema(required = true, examples = "500151", description = "Region code (GB/T 2260)") String regionCode,
            @Schema(nullable = true, examples = "重庆市铜梁区") String regionName,
            @Schema(required = true, type = SchemaType.INTEGER, format = "int32", examples = "2021",
                    description = "First calendar year of the plan period") int periodStart,
            @Schema(required = true, type = SchemaType.INTEGER, format = "int32", examples = "2025",
                    description = "Last calendar year of the plan period") int periodEnd,
            @Schema(nullable = true, type = SchemaType.INTEGER, format = "int32", examples = "2020", description = "Calendar year of the baselines")
            Integer baselineYear,
            @Schema(nullable = true, type = SchemaType.INTEGER, format = "int32", examples = "2025", description = "Calendar year of the targets")
            Integer targetYear,
            @Schema(nullable = true, examples = "重庆市铜梁区卫生健康委员会") String issuer) {
    }

    @Schema(name = "PlanReportSummary", description = "The evaluation in counts of indicator rows, and the rows behind their trajectory")
    public record Summary(
            @Schema(required = true, minimum = "0", examples = "25", description = "Indicator rows (a count)") int indicators,
            @Schema(required = true, minimum = "0", examples = "6", description = "Rows meeting their target (a count)") int achieved,
            @Schema(required = true, minimum = "0", examples = "5", description = "Rows at or beyond their trajectory (a count)") int onTrack,
            @Schema(required = true, minimum = "0", examples = "5", description = "Rows behind their trajectory (a count)") int behind,
            @Schema(required = true, minimum = "0", examples = "6", description = "Rows without a value (a count)") int noData,
            @Schema(required = true, minimum = "0", examples = "3", description = "Rows that cannot be evaluated (a count)") int notEvaluable,
            @Schema(required = true, minimum = "0", examples = "10", description = "Binding (约束性) rows (a count)") int binding,
            @Schema(required = true, description = "Ids of the rows behind their trajectory: binding (约束性) rows first, then the others, "
                    + "each in table order", examples = "[12, 3]") List<Long> offTrack,
            @Schema(required = true, description = "Ids of the binding rows behind their trajectory (alerts), in table order",
                    examples = "[12]") List<Long> bindingOffTrack,
            @Schema(required = true, minimum = "0", examples = "16", description = "Monitoring values the evaluation used (a count)")
            int valuesUsed,
            @Schema(required = true, minimum = "0", examples = "16", description = "Of these, the values not approved (DRAFT, SUBMITTED "
                    + "or RETURNED; a count; 0 with approvedOnly)") int valuesNotApproved) {
    }

    @Schema(name = "PlanReportIndicator", description = "One row of the plan's indicator table with its evaluation for the year and "
            + "its monitoring values. Figures are in the row's unit.")
    public record Indicator(
            @Schema(required = true, type = SchemaType.INTEGER, format = "int64", examples = "1", description = "The row's id") long id,
            @Schema(nullable = true, examples = "健康水平") String category,
            @Schema(nullable = true, examples = "1", description = "Sequence number as printed") String seq,
            @Schema(required = true, examples = "人均预期寿命") String name,
            @Schema(nullable = true, examples = "门诊") String subItem,
            @Schema(nullable = true, examples = "岁", description = "Unit as printed") String unit,
            @Schema(nullable = true, examples = "EXPECTED", enumeration = {"BINDING", "EXPECTED"},
                    description = "BINDING (约束性), EXPECTED (预期性) or null") String nature,
            @Schema(nullable = true, examples = "INCREASE", enumeration = {"INCREASE", "DECREASE", "NEUTRAL"},
                    description = "Effective direction; null when unknown") String direction,
            @Schema(required = true, nullable = true, description = "The baseline as printed and parsed") Figure baseline,
            @Schema(required = true, nullable = true, description = "The target as printed and parsed") Figure target,
            @Schema(nullable = true, examples = "78.968", description = "Value on the linear trajectory for the year, in the row's unit")
            BigDecimal expected,
            @Schema(nullable = true, description = "The monitoring value the evaluation used (the latest at or before the year)")
            Value actual,
            @Schema(nullable = true, examples = "63.86", description = "Progress from baseline to target, in %, 2 decimals") BigDecimal progressPercent,
            @Schema(required = true, examples = "ON_TRACK", enumeration = {"ACHIEVED", "ON_TRACK", "BEHIND", "NO_DATA", "NOT_EVALUABLE"})
            String status,
            @Schema(nullable = true, examples = "QUALITATIVE_TARGET", description = "Why the row is NOT_EVALUABLE") String notEvaluableReason,
            @Schema(required = true, examples = "false", description = "The value used lies on the wrong side of the baseline")
            boolean worseThanBaseline,
            @Schema(required = true, examples = "true", description = "The target has a number, so the row has a trajectory chart")
            boolean quantitative,
            @Schema(required = true, description = "Every monitoring value of the row, oldest first (approved ones only with approvedOnly)")
            List<Value> values) {
    }

    @Schema(name = "PlanReportFigure", description = "A baseline or target: the cell as printed and the number parsed from it")
    public record Figure(
            @Schema(nullable = true, type = SchemaType.INTEGER, format = "int32", examples = "2025", description = "Calendar year")
            Integer year,
            @Schema(nullable = true, examples = "≥79.3", description = "As printed") String raw,
            @Schema(nullable = true, examples = ">=", description = "The comparator parsed from the cell (target only)") String comparator,
            @Schema(nullable = true, examples = "79.3", description = "The number, in the row's unit") BigDecimal value) {
    }

    @Schema(name = "PlanReportValue", description = "A monitoring value with its source and approval state")
    public record Value(
            @Schema(required = true, type = SchemaType.INTEGER, format = "int32", examples = "2023", description = "Calendar year")
            int year,
            @Schema(nullable = true, examples = "79.31", description = "The value, in the row's unit") BigDecimal value,
            @Schema(nullable = true, examples = "PROVISIONAL", enumeration = {"PROVISIONAL", "FINAL"}) String status,
            @Schema(nullable = true, examples = "铜梁区卫生健康统计年鉴2023", description = "Where the value comes from") String source,
            @Schema(nullable = true, examples = "APPROVED", enumeration = {"DRAFT", "SUBMITTED", "APPROVED", "RETURNED"})
            String approvalState) {
    }

    @Schema(name = "PlanReportInvestment", description = "The plan's capital projects' investment, in 万元 (10 000 yuan)")
    public record Investment(
            @Schema(nullable = true, type = SchemaType.INTEGER, format = "int32", examples = "2021", description = "First year of the plan period")
            Integer periodStart,
            @Schema(nullable = true, type = SchemaType.INTEGER, format = "int32", examples = "2025", description = "Last year of the plan period")
            Integer periodEnd,
            @Schema(nullable = true, type = SchemaType.INTEGER, format = "int32", minimum = "0", examples = "31", description = "Projects (a count)")
            Integer projects,
            @Schema(nullable = true, examples = "421068", description = "All investment, in 万元") BigDecimal total,
            @Schema(nullable = true, examples = "241268.5", description = "The part falling in the plan period's years, in 万元") BigDecimal inPeriod,
            @Schema(nullable = true, examples = "179799.5", description = "The rest, in 万元") BigDecimal outOfPeriod,
            @Schema(nullable = true, examples = "42.70", description = "outOfPeriod / total × 100, in %, 2 decimals") BigDecimal outOfPeriodPercent,
            @Schema(required = true, description = "Investment by calendar year, oldest first") List<InvestmentYear> byYear) {
    }

    @Schema(name = "PlanReportInvestmentYear", description = "Investment planned in one calendar year")
    public record InvestmentYear(
            @Schema(required = true, type = SchemaType.INTEGER, format = "int32", examples = "2022") int year,
            @Schema(required = true, examples = "60120.4", description = "In 万元 (10 000 yuan)") BigDecimal investment10kCny,
            @Schema(required = true, examples = "true", description = "The year lies in the plan period") boolean inPeriod) {
    }

    @Schema(name = "PlanReportRatios", description = "The region's latest resource ratios at or before the year (among the ten years "
            + "before it) and the standards that apply in the plan's target year")
    public record Ratios(
            @Schema(required = true, examples = "500151") String regionCode,
            @Schema(nullable = true, type = SchemaType.INTEGER, format = "int32", examples = "2020",
                    description = "Calendar year of the ratios; null when none of those years has any") Integer year,
            @Schema(nullable = true, examples = "PUBLISHED", enumeration = {"FACILITIES", "REPORTED", "PUBLISHED"}) String basis,
            @Schema(nullable = true, type = SchemaType.INTEGER, format = "int64", examples = "685000", description = "Residents (persons)")
            Long population,
            @Schema(required = true, description = "One row per metric with a ratio or a standard, in facility-service's order")
            List<Ratio> rows) {
    }

    @Schema(name = "PlanReportRatio", description = "One resource ratio of the region and the standards for it")
    public record Ratio(
            @Schema(required = true, examples = "licensedDoctorsPer1000") String metric,
            @Schema(nullable = true, examples = "2.85", description = "The ratio in the metric's unit (e.g. per 1000 residents)")
            BigDecimal value,
            @Schema(required = true, examples = "true", description = "The ratio is the one a plan or yearbook published") boolean published,
            @Schema(required = true, description = "The standards for the metric (distinct targets)") List<Standard> standards,
            @Schema(nullable = true, examples = "false", description = "The ratio meets every standard (null without a ratio or standard)")
            Boolean meetsStandards) {
    }

    @Schema(name = "PlanReportStandard", description = "A standard for a resource ratio")
    public record Standard(
            @Schema(nullable = true, examples = "=", description = "The standard's comparator") String comparator,
            @Schema(required = true, examples = "3.6", description = "The target ratio, in the metric's unit") BigDecimal target,
            @Schema(nullable = true, type = SchemaType.INTEGER, format = "int32", examples = "2025") Integer targetYear,
            @Schema(nullable = true, examples = "PLAN", enumeration = {"NATIONAL", "PROVINCIAL", "CITY", "PLAN"}) String scope,
            @Schema(nullable = true, examples = "每千人口执业（助理）医师数（人） | 3.6") String source,
            @Schema(nullable = true, type = SchemaType.INTEGER, format = "int64", examples = "2520",
                    description = "The count the target requires (beds, persons, vehicles or places)") Long requiredCount,
            @Schema(nullable = true, type = SchemaType.INTEGER, format = "int64", examples = "568",
                    description = "requiredCount minus the current count; negative when above target") Long gap,
            @Schema(nullable = true, examples = "false", description = "The region's ratio meets this standard (more is better; a bare "
                    + "number is a floor); null without a ratio") Boolean met) {
    }

    @Schema(name = "PlanReportCheck", description = "One finding of the plan checks")
    public record Check(
            @Schema(required = true, examples = "TARGET_MET_AT_BASELINE") String code,
            @Schema(required = true, examples = "WARNING", enumeration = {"WARNING", "INFO"}) String severity,
            @Schema(nullable = true, type = SchemaType.INTEGER, format = "int64", examples = "12") Long indicatorId,
            @Schema(nullable = true, examples = "9") String seq,
            @Schema(nullable = true, examples = "孕产妇死亡率") String name,
            @Schema(nullable = true, examples = "门诊") String subItem,
            @Schema(required = true, examples = "Row 9 孕产妇死亡率: the baseline 0 already meets the target ＜10") String message) {
    }

    @Schema(name = "PlanReportSource", description = "The monitoring values used that name one source")
    public record Source(
            @Schema(nullable = true, examples = "铜梁区卫生健康统计年鉴2023", description = "The source as the values name it; null for none")
            String source,
            @Schema(required = true, minimum = "0", examples = "16", description = "Values used (a count)") int values,
            @Schema(required = true, description = "Their calendar years", examples = "[2023]") List<Integer> years,
            @Schema(required = true, description = "Their approval states") Approval approval) {
    }

    @Schema(name = "PlanReportApproval", description = "Monitoring values by approval state (counts of values)")
    public record Approval(
            @JsonProperty("DRAFT") @Schema(name = "DRAFT", required = true, minimum = "0", examples = "14") int draft,
            @JsonProperty("SUBMITTED") @Schema(name = "SUBMITTED", required = true, minimum = "0", examples = "0") int submitted,
            @JsonProperty("APPROVED") @Schema(name = "APPROVED", required = true, minimum = "0", examples = "2") int approved,
            @JsonProperty("RETURNED") @Schema(name = "RETURNED", required = true, minimum = "0", examples = "0") int returned) {
    }
}
