package org.healthplanning.indicator.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.healthplanning.indicator.domain.Direction;
import org.healthplanning.indicator.domain.Evaluator;
import org.healthplanning.indicator.domain.Nature;
import org.healthplanning.indicator.domain.PlanIndicator;
import org.healthplanning.indicator.domain.UpperTarget;

/** A plan indicator row as the API shows it. */
@Schema(name = "PlanIndicator", description = "A row of a plan's indicator table")
@JsonPropertyOrder({"id", "position", "category", "seq", "name", "unit", "subItem", "definitionCode", "direction",
        "baseline", "target", "upperTargets", "nature", "remarks", "version"})
public record PlanIndicatorView(
        @Schema(examples = "17") Long id,
        @Schema(examples = "1") int position,
        @Schema(examples = "健康水平") String category,
        @Schema(examples = "1") String seq,
        @Schema(examples = "人均预期寿命") String name,
        @Schema(examples = "岁") String unit,
        String subItem,
        @Schema(examples = "LIFE_EXPECTANCY") String definitionCode,
        @Schema(examples = "INCREASE", description = "Effective direction (read-only): the definition's, else inferred from the row, else null")
        Direction direction,
        Baseline baseline,
        Target target,
        List<Target> upperTargets,
        @Schema(examples = "EXPECTED") Nature nature,
        String remarks,
        @Schema(examples = "0") Long version) {

    @Schema(name = "Baseline")
    public record Baseline(@Schema(examples = "2020") Integer year, @Schema(examples = "78.47") String raw,
                           @Schema(examples = "78.47") BigDecimal value) {
    }

    @Schema(name = "Target")
    @JsonPropertyOrder({"scope", "year", "raw", "comparator", "value", "effectiveComparator"})
    public record Target(@JsonInclude(JsonInclude.Include.NON_NULL) @Schema(examples = "2025年市级目标") String scope,
                         @Schema(examples = "2025") Integer year,
                         @Schema(examples = "79.3") String raw,
                         @Schema(examples = "=") String comparator,
                         @Schema(examples = "79.3") BigDecimal value,
                         @Schema(examples = ">=", description = "The comparator evaluation applies: a bare number means at least / at most in the indicator's direction")
                         String effectiveComparator) {
    }

    public static PlanIndicatorView of(PlanIndicator e, Direction direction) {
        return new PlanIndicatorView(e.id, e.position, e.category, e.seq, e.name, e.unit, e.subItem, e.definitionCode, direction,
                new Baseline(e.baselineYear, e.baselineRaw, e.baselineValue),
                new Target(null, e.targetYear, e.targetRaw, e.targetComparator, e.targetValue,
                        Evaluator.effectiveComparator(e.targetComparator, direction)),
                e.upperTargets.stream().map(u -> upper(u, direction)).toList(),
                e.nature, e.remarks, e.version);
    }

    static Target upper(UpperTarget u, Direction direction) {
        return new Target(u.scope, u.year, u.raw, u.comparator, u.value, Evaluator.effectiveComparator(u.comparator, direction));
    }
}
