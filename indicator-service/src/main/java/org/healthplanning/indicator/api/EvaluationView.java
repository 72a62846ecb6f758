package org.healthplanning.indicator.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.healthplanning.indicator.domain.Direction;
import org.healthplanning.indicator.domain.DirectionSource;
import org.healthplanning.indicator.domain.EvaluationStatus;
import org.healthplanning.indicator.domain.Nature;
import org.healthplanning.indicator.domain.NotEvaluableReason;

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
    @JsonPropertyOrder({"id", "seq", "name", "subItem", "definitionCode", "resourceMetric", "nature", "direction", "directionSource",
            "baseline", "target", "actual", "expected", "progressPercent", "status", "notEvaluableReason", "worseThanBaseline",
            "approvalState"})
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
                       @Schema(required = true, examples = "CATALOGUE", description = "Where the direction came from: the linked definition "
                               + "(CATALOGUE), the target's inequality (COMPARATOR), a word of the name such as 死亡率 or 住院日 (NAME_RULE), "
                               + "baseline → target (BASELINE_TO_TARGET) or nowhere (UNKNOWN)") DirectionSource directionSource,
                       @Schema(required = true) PlanIndicatorView.Baseline baseline,
                       @Schema(required = true) PlanIndicatorView.Target target,
                       @Schema(nullable = true, description = "The value used: the latest at or before the year; null without one") Actual actual,
                       @Schema(nullable = true, examples = "78.9680",
                               description = "Value on the linear trajectory for the year, in the row's unit, 4 decimals") BigDecimal expected,
                       @Schema(nullable = true, examples = "63.86",
                               description = "(actual − baseline) / (target − baseline) × 100, in %, unclipped, 2 decimals; null where the target "
                                       + "lies behind the baseline (met before the plan began)") BigDecimal progressPercent,
                       @Schema(required = true, examples = "ON_TRACK") EvaluationStatus status,
                       @Schema(nullable = true, examples = "NO_BASELINE", description = "Why the row is NOT_EVALUABLE: a target in "
                               + "words (QUALITATIVE_TARGET), no target number (NO_TARGET_VALUE), not met and no baseline for a trajectory "
                               + "(NO_BASELINE), not met and no known direction (DIRECTION_UNKNOWN); null for every other status")
                       NotEvaluableReason notEvaluableReason,
                       @Schema(required = true, examples = "false", description = "The value used lies on the wrong side of the baseline "
                               + "(the indicator got worse since the plan began), even where the target is met") boolean worseThanBaseline,
                       @Schema(nullable = true, readOnly = true, examples = "APPROVED", anyOf = ApiEnums.ApprovalStateName.class,
                               description = "The approval state of the value used (actual); null without one") String approvalState) {
    }

    @Schema(name = "Actual", description = "A monitoring value used by an evaluation")
    public record Actual(@Schema(required = true, examples = "2023", description = "Calendar year of the value") Integer year,
                         @Schema(required = true, examples = "79.0", description = "The value in the row's unit") BigDecimal value) {
    }
}
