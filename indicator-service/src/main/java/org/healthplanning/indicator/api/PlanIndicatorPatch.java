package org.healthplanning.indicator.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The fields a JSON merge patch (RFC 7396) may change on a plan indicator row, all optional: a field
 * sent replaces the row's, null clears it, an absent field stays. Documentation only: the resource reads
 * the patch as JSON and applies it to the row.
 */
@Schema(name = "PlanIndicatorPatch", description = "Fields of a plan indicator row to change (JSON merge patch); all optional")
public record PlanIndicatorPatch(
        @Schema(nullable = true, examples = "2", description = "Place in the table, from 1 (an ordinal)", minimum = "1") Integer position,
        @Schema(nullable = true, examples = "健康水平") String category,
        @Schema(nullable = true, examples = "1", description = "Sequence number as printed") String seq,
        @Schema(nullable = true, examples = "人均预期寿命") String name,
        @Schema(nullable = true, examples = "岁", description = "Unit as printed (岁, ‰, %, 人, 张, per 1000 residents …)") String unit,
        @Schema(nullable = true, examples = "门诊") String subItem,
        @Schema(nullable = true, examples = "LIFE_EXPECTANCY") String definitionCode,
        @Schema(nullable = true) Baseline baseline,
        @Schema(nullable = true) Target target,
        @Schema(nullable = true, description = "Replaces all upper-level targets") List<PlanIndicatorInput.Target> upperTargets,
        @Schema(nullable = true, examples = "BINDING", anyOf = org.healthplanning.indicator.domain.Nature.class,
                description = "BINDING (约束性) or EXPECTED (预期性); null clears it") String nature,
        @Schema(nullable = true, examples = "创新指标") String remarks,
        @Schema(nullable = true, examples = "0", description = "The version last read (a count of changes), checked like If-Match")
        Long version) {

    @Schema(name = "BaselinePatch", description = "Baseline cells to change")
    public record Baseline(
            @Schema(nullable = true, examples = "2020", description = "Calendar year of the baseline", minimum = "1949", maximum = "2100") Integer year,
            @Schema(nullable = true, examples = "78.47", description = "As printed; parsed again when value is absent") String raw,
            @Schema(nullable = true, examples = "78.47", description = "Baseline value in the row's unit") BigDecimal value) {
    }

    @Schema(name = "TargetPatch", description = "Target cells to change")
    public record Target(
            @Schema(nullable = true, examples = "2025", description = "Calendar year of the target", minimum = "1949", maximum = "2100") Integer year,
            @Schema(nullable = true, examples = "≥79.5", description = "As printed; parsed again when value and comparator are absent") String raw,
            @Schema(nullable = true, examples = ">=", anyOf = ApiEnums.Comparator.class) String comparator,
            @Schema(nullable = true, examples = "79.5", description = "Target value in the row's unit") BigDecimal value) {
    }
}
