package org.healthplanning.indicator.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A plan indicator row as a client writes it. Sending only {@code raw} is enough: the service
 * parses comparator and value from it; a sent value or comparator must agree with the raw text.
 */
@Schema(name = "PlanIndicatorInput", description = "A row of a plan's indicator table, as written by a client")
public record PlanIndicatorInput(
        @Schema(nullable = true, examples = "1", minimum = "1",
                description = "Place in the table, from 1 (an ordinal); new rows go last when absent") Integer position,
        @Schema(nullable = true, examples = "健康水平") String category,
        @Schema(nullable = true, examples = "1", description = "Sequence number as printed; sub-rows share it") String seq,
        @Schema(examples = "人均预期寿命", required = true) String name,
        @Schema(nullable = true, examples = "岁", description = "Unit as printed (岁, ‰, %, 人, 张, per 1000 residents …)") String unit,
        @Schema(nullable = true, examples = "门诊") String subItem,
        @Schema(nullable = true, examples = "LIFE_EXPECTANCY", description = "Link to a definition; found by name or alias when absent")
        String definitionCode,
        @Schema(nullable = true) Baseline baseline,
        @Schema(nullable = true) Target target,
        @Schema(nullable = true, description = "Targets of upper-level plans for the same indicator") List<Target> upperTargets,
        @Schema(nullable = true, examples = "EXPECTED", anyOf = org.healthplanning.indicator.domain.Nature.class,
                description = "BINDING (约束性), EXPECTED (预期性) or null") String nature,
        @Schema(nullable = true, examples = "创新指标") String remarks,
        @Schema(nullable = true, examples = "0", description = "The version last read (a count of changes), checked like If-Match") Long version) {

    @Schema(name = "BaselineInput", description = "The baseline cells of a row")
    public record Baseline(
            @Schema(nullable = true, examples = "2020", description = "Calendar year of the baseline", minimum = "1949", maximum = "2100") Integer year,
            @Schema(nullable = true, examples = "78.47", description = "As printed; kept byte for byte") String raw,
            @Schema(nullable = true, examples = "78.47", description = "Baseline value in the row's unit; parsed from raw when absent") BigDecimal value) {
    }

    @Schema(name = "TargetInput", description = "The target cells of a row, or an upper-level target")
    public record Target(
            @Schema(nullable = true, examples = "2025年市级目标", description = "Only for upper targets: whose target this is") String scope,
            @Schema(nullable = true, examples = "2025", description = "Calendar year of the target", minimum = "1949", maximum = "2100") Integer year,
            @Schema(nullable = true, examples = "≥93.5", description = "As printed; kept byte for byte") String raw,
            @Schema(nullable = true, examples = ">=", anyOf = ApiEnums.Comparator.class) String comparator,
            @Schema(nullable = true, examples = "93.5", description = "Target value in the row's unit; parsed from raw when absent") BigDecimal value) {
    }
}
