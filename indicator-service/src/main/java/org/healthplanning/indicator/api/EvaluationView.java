package org.healthplanning.indicator.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.healthplanning.indicator.domain.Direction;
import org.healthplanning.indicator.domain.EvaluationStatus;
import org.healthplanning.indicator.domain.Nature;

/** A plan's indicators evaluated for one year (DOMAIN.md §1). */
@Schema(name = "Evaluation", description = "A plan's indicators evaluated for one calendar year")
@JsonPropertyOrder({"planCode", "year", "summary", "bindingBehind", "indicators"})
public record EvaluationView(
        @Schema(required = true, examples = "tongliang-14th") String planCode,
        @Schema(nullable = true, examples = "2023", description = "The calendar year evaluated; null when no value exists at all") Integer year,
        @Schema(required = true, implementation = StatusCounts.class) Map<EvaluationStatus, Integer> summary,
        @Schema(required = true, description = "Ids of binding (约束性) indicator rows that are BEHIND: alerts") List<Long> bindingBehind,
        @Schema(required = true, description = "Every row of the plan, in table order") List<Item> indicators) {

    /** Documentation of {@link #summary}: one count per status. */
    @Schema(name = "EvaluationSummary", description = "Rows per evaluation status (counts of rows)")
    public record StatusCounts(
            @Schema(name = "ACHIEVED", required = true, minimum = "0", examples = "10", description = "Rows meeting their target (a count)") int achieved,
            @Schema(name = "ON_TRACK", required = true, minimum = "0", examples = "3", description = "Rows at or beyond the trajectory (a count)") int onTrack,
            @Schema(name = "BEHIND", required = true, minimum = "0", examples = "2", description = "Rows behind the trajectory (a count)") int behind,
            @Schema(name = "NO_DATA", required = true, minimum = "0", examples = "8", description = "Rows without a value (a count)") int noData,
            @Schema(name = "NOT_EVALUABLE", required = true, minimum = "0", examples = "2", description = "Rows that cannot be evaluated (a count)")
            int notEvaluable) {
    }

    @Schema(name = "EvaluatedIndicator", description = "One row of the plan with its evaluation")
    @JsonPropertyOrder({"id", "seq", "name", "subItem", "definitionCode", "resourceMetric", "nature", "direction", "baseline",
            "target", "actual", "expected", "progressPercent", "status", "approvalState"})
    public record Item(@Schema(required = true, examples = "17", description = "The indicator row's id") Long id,
                       @Schema(nullable = true, examples = "1", description = "Sequence number as printed") String seq,
                       @Schema(required = true, examples = "人均预期寿命") String name,
                       @Schema(nullable = true, examples = "门诊") String subItem,
                       @Schema(nullable = true, examples = "LICENSED_DOCTORS_PER_1000",
                               description = "The catalogue definition the row is linked to, if any") String definitionCode,
                       @Schema(nullable = true, examples = "licensedDoctorsPer1000",
                               description = "The facility-service ratio the row's definition corresponds to, if any") String resourceMetric,
                       @Schema(nullable = true, examples = "EXPECTED", description = "BINDING (约束性), EXPECTED (预期性) or null") Nature nature,
                       @Schema(nullable = true, examples = "INCREASE", description = "Effective direction, null when unknown") Direction direction,
                       @Schema(required = true) PlanIndicatorView.Baseline baseline,
                       @Schema(required = true) PlanIndicatorView.Target target,
                       @Schema(nullable = true, description = "The value used: the latest at or before the year; null without one") Actual actual,
                       @Schema(nullable = true, examples = "78.9680",
                               description = "Value on the linear trajectory for the year, in the row's unit, 4 decimals") BigDecimal expected,
                       @Schema(nullable = true, examples = "63.86",
                               description = "(actual − baseline) / (target − baseline) × 100, in %, unclipped, 2 decimals") BigDecimal progressPercent,
                       @Schema(required = true, examples = "ON_TRACK") EvaluationStatus status,
                       @Schema(nullable = true, readOnly = true, examples = "APPROVED", anyOf = ApiEnums.ApprovalStateName.class,
                               description = "The approval state of the value used (actual); null without one") String approvalState) {
    }

    @Schema(name = "Actual", description = "A monitoring value used by an evaluation")
    public record Actual(@Schema(required = true, examples = "2023", description = "Calendar year of the value") Integer year,
                         @Schema(required = true, examples = "79.0", description = "The value in the row's unit") BigDecimal value) {
    }
}
