package org.healthplanning.indicator.rest;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A plan indicator row as a client writes it. Sending only {@code raw} is enough: the service
 * parses comparator and value from it; a sent value or comparator must agree with the raw text.
 */
@Schema(name = "PlanIndicatorInput", description = "A row of a plan's indicator table, as written by a client")
public record PlanIndicatorInput(
        @Schema(examples = "1", description = "Place in the table; new rows go last when absent") Integer position,
        @Schema(examples = "健康水平") String category,
        @Schema(examples = "1", description = "Sequence number as printed; sub-rows share it") String seq,
        @Schema(examples = "人均预期寿命", required = true) String name,
        @Schema(examples = "岁") String unit,
        @Schema(examples = "门诊") String subItem,
        @Schema(examples = "LIFE_EXPECTANCY", description = "Link to a definition; found by name or alias when absent") String definitionCode,
        Baseline baseline,
        Target target,
        List<Target> upperTargets,
        @Schema(examples = "EXPECTED", description = "BINDING (约束性), EXPECTED (预期性) or null") String nature,
        @Schema(examples = "创新指标") String remarks,
        @Schema(examples = "0", description = "The version last read, checked like If-Match") Long version) {

    @Schema(name = "BaselineInput")
    public record Baseline(@Schema(examples = "2020") Integer year,
                           @Schema(examples = "78.47", description = "As printed; kept byte for byte") String raw,
                           @Schema(examples = "78.47") BigDecimal value) {
    }

    @Schema(name = "TargetInput")
    public record Target(@Schema(examples = "2025年市级目标", description = "Only for upper targets: whose target this is") String scope,
                         @Schema(examples = "2025") Integer year,
                         @Schema(examples = "≥93.5", description = "As printed; kept byte for byte") String raw,
                         @Schema(examples = ">=", enumeration = {">=", "<=", ">", "<", "=", "qualitative"}) String comparator,
                         @Schema(examples = "93.5") BigDecimal value) {
    }
}
