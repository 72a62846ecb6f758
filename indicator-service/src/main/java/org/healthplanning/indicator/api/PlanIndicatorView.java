package org.healthplanning.indicator.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.healthplanning.indicator.domain.Direction;
import org.healthplanning.indicator.domain.Nature;

/** A plan indicator row as the API shows it. */
@Schema(name = "PlanIndicator", description = "A row of a plan's indicator table")
@JsonPropertyOrder({"id", "position", "category", "seq", "name", "unit", "subItem", "definitionCode", "direction",
        "baseline", "target", "upperTargets", "nature", "remarks", "version", "planCode", "createdAt", "updatedAt"})
public record PlanIndicatorView(
        @Schema(required = true, examples = "17", description = "Row id") Long id,
        @Schema(required = true, examples = "1", minimum = "1", description = "Place in the table, from 1 (an ordinal)") int position,
        @Schema(nullable = true, examples = "健康水平") String category,
        @Schema(nullable = true, examples = "1", description = "Sequence number as printed; sub-rows share it") String seq,
        @Schema(required = true, examples = "人均预期寿命") String name,
        @Schema(nullable = true, examples = "岁", description = "Unit as printed (岁, ‰, %, 人, 张, per 1000 residents …)") String unit,
        @Schema(nullable = true, examples = "门诊") String subItem,
        @Schema(nullable = true, examples = "LIFE_EXPECTANCY") String definitionCode,
        @Schema(nullable = true, examples = "INCREASE", description = "Effective direction (read-only): the definition's, else inferred from the row, else null")
        Direction direction,
        @Schema(required = true) Baseline baseline,
        @Schema(required = true) Target target,
        @Schema(required = true, description = "Targets of upper-level plans for the same indicator") List<Target> upperTargets,
        @Schema(nullable = true, examples = "EXPECTED", description = "BINDING (约束性), EXPECTED (预期性) or null") Nature nature,
        @Schema(nullable = true, examples = "创新指标") String remarks,
        @Schema(required = true, examples = "0", description = "Incremented on every change (a count); sent as ETag") Long version,
        @Schema(readOnly = true, examples = "tongliang-14th", description = "Code of the plan the row belongs to") String planCode,
        @Schema(readOnly = true, implementation = String.class, format = "date-time", examples = "2026-03-01T08:00:00.123456Z",
                description = "When the row was created (UTC, the creating transaction's start)") Instant createdAt,
        @Schema(readOnly = true, implementation = String.class, format = "date-time", examples = "2026-03-02T09:30:00.654321Z",
                description = "When the row last changed (UTC, the writing transaction's start): what updatedAfter compares."
                        + " A change of its definition's direction counts") Instant updatedAt) {

    @Schema(name = "Baseline", description = "A row's baseline: the cell as printed and the value parsed from it")
    public record Baseline(@Schema(nullable = true, examples = "2020", description = "Calendar year of the baseline") Integer year,
                           @Schema(nullable = true, examples = "78.47", description = "As printed") String raw,
                           @Schema(nullable = true, examples = "78.47", description = "Baseline value in the row's unit") BigDecimal value) {
    }

    @Schema(name = "Target", description = "A row's target, or an upper-level target (with scope)")
    @JsonPropertyOrder({"scope", "year", "raw", "comparator", "value", "effectiveComparator"})
    public record Target(@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(examples = "2025年市级目标", description = "Upper targets only: whose target this is") String scope,
                         @Schema(nullable = true, examples = "2025", description = "Calendar year of the target") Integer year,
                         @Schema(nullable = true, examples = "79.3", description = "As printed") String raw,
                         @Schema(nullable = true, examples = "=", anyOf = ApiEnums.Comparator.class) String comparator,
                         @Schema(nullable = true, examples = "79.3", description = "Target value in the row's unit") BigDecimal value,
                         @Schema(nullable = true, examples = ">=", anyOf = ApiEnums.Comparator.class, description = "The comparator evaluation applies: a bare number means at least / at most in the indicator's direction")
                         String effectiveComparator) {
    }
}
