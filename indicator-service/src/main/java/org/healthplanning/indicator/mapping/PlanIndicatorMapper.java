package org.healthplanning.indicator.mapping;

import org.healthplanning.indicator.api.PlanIndicatorView;
import org.healthplanning.indicator.domain.Direction;
import org.healthplanning.indicator.domain.Evaluator;
import org.healthplanning.indicator.domain.PlanIndicator;
import org.healthplanning.indicator.domain.UpperTarget;

/**
 * Converts a plan indicator row to its API view. Written rows are checked and parsed cell by cell
 * (raw text, comparator and value must agree) by the service, which collects every field error.
 */
public final class PlanIndicatorMapper {
    private PlanIndicatorMapper() {
    }

    /** The row as the API shows it, with the effective direction (the definition's, else inferred, else null). */
    public static PlanIndicatorView toApi(PlanIndicator e, Direction direction) {
        return new PlanIndicatorView(e.id, e.position, e.category, e.seq, e.name, e.unit, e.subItem, e.definitionCode, direction,
                new PlanIndicatorView.Baseline(e.baselineYear, e.baselineRaw, e.baselineValue),
                new PlanIndicatorView.Target(null, e.targetYear, e.targetRaw, e.targetComparator, e.targetValue,
                        Evaluator.effectiveComparator(e.targetComparator, direction)),
                e.upperTargets.stream().map(u -> toApi(u, direction)).toList(),
                e.nature, e.remarks, e.version, e.planCode, e.createdAt, e.updatedAt);
    }

    /** An upper-level target as the API shows it. */
    public static PlanIndicatorView.Target toApi(UpperTarget u, Direction direction) {
        return new PlanIndicatorView.Target(u.scope, u.year, u.raw, u.comparator, u.value,
                Evaluator.effectiveComparator(u.comparator, direction));
    }
}
