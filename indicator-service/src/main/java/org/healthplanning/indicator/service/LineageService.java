package org.healthplanning.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.healthplanning.indicator.api.CheckView;
import org.healthplanning.indicator.api.IndicatorSeries;
import org.healthplanning.indicator.api.PlanIndicatorView;
import org.healthplanning.indicator.domain.IndicatorDefinition;
import org.healthplanning.indicator.domain.MonitoringValue;
import org.healthplanning.indicator.domain.Plan;
import org.healthplanning.indicator.domain.PlanIndicator;
import org.healthplanning.indicator.mapping.PlanIndicatorMapper;
import org.healthplanning.indicator.repository.IndicatorDefinitionRepository;
import org.healthplanning.indicator.repository.MonitoringValueRepository;
import org.healthplanning.indicator.repository.PlanIndicatorRepository;
import org.healthplanning.indicator.repository.PlanRepository;
import org.healthplanning.http.DomainException;

/**
 * Plan generations (DOMAIN.md §1, "Plan lineage"): a successor's baselines checked against what its
 * predecessor says for the same year, and one indicator of a region across its plans.
 */
@ApplicationScoped
public class LineageService {
    public static final String BASELINE_DIFFERS = "BASELINE_DIFFERS_FROM_PREDECESSOR";

    @Inject
    PlanRepository plans;

    @Inject
    PlanIndicatorRepository rows;

    @Inject
    MonitoringValueRepository values;

    @Inject
    IndicatorDefinitionRepository definitions;

    @Inject
    DefinitionService definitionService;

    /**
     * For each row of the plan whose baseline differs from its predecessor's figure for the same indicator
     * and year (the predecessor's monitoring value of that year where reported, else its target when the
     * target is for that year), the finding, by row id. A row is the same indicator as a predecessor's row
     * when both link the same definition, else when their names match; sub-items must match too.
     */
    public Map<Long, CheckView> baselineFindings(Plan plan, List<PlanIndicator> own) {
        Map<Long, CheckView> out = new HashMap<>();
        Plan predecessor = plan.predecessorCode == null ? null : plans.findByCode(plan.predecessorCode).orElse(null);
        if (predecessor == null) {
            return out;
        }
        List<PlanIndicator> earlier = rows.ofPlan(predecessor.id);
        Map<String, PlanIndicator> byKey = new HashMap<>();
        for (PlanIndicator r : earlier) {
            keys(r).forEach(k -> byKey.putIfAbsent(k, r));
        }
        Map<Long, Map<Integer, BigDecimal>> reported = new HashMap<>();
        for (MonitoringValue v : values.ofIndicators(earlier.stream().map(r -> r.id).toList())) {
            reported.computeIfAbsent(v.indicatorId, k -> new HashMap<>()).put(v.year, v.value);
        }
        for (PlanIndicator r : own) {
            Integer year = r.baselineYear != null ? r.baselineYear : plan.baselineYear;
            if (r.baselineValue == null || year == null) {
                continue;
            }
            PlanIndicator match = keys(r).stream().map(byKey::get).filter(Objects::nonNull).findFirst().orElse(null);
            if (match == null) {
                continue;
            }
            BigDecimal actual = reported.getOrDefault(match.id, Map.of()).get(year);
            Integer targetYear = match.targetYear != null ? match.targetYear : predecessor.targetYear;
            // a bare-number target is a figure to agree with; an inequality (≤10) only bounds one
            BigDecimal target = Objects.equals(targetYear, year) && "=".equals(match.targetComparator) ? match.targetValue : null;
            BigDecimal theirs = actual != null ? actual : target;
            if (theirs == null || theirs.compareTo(r.baselineValue) == 0) {
                continue;
            }
            out.put(r.id, new CheckView(BASELINE_DIFFERS, "WARNING", r.id, r.seq, r.name, r.subItem, EvaluationService.label(r) + ": the "
                    + year + " baseline " + r.baselineValue.toPlainString() + " differs from plan " + predecessor.code + "'s "
                    + (actual != null ? year + " monitoring value " : year + " target '" + match.targetRaw + "' ")
                    + theirs.toPlainString()));
        }
        return out;
    }

    /** The keys a row is matched on: its definition and sub-item, and its name and sub-item. */
    private static List<String> keys(PlanIndicator r) {
        String sub = r.subItem == null ? "" : DefinitionIndex.normalise(r.subItem);
        List<String> keys = new ArrayList<>(2);
        if (r.definitionCode != null) {
            keys.add("definition:" + r.definitionCode + "|" + sub);
        }
        keys.add("name:" + DefinitionIndex.normalise(r.name) + "|" + sub);
        return keys;
    }

    /** One definition across the region's plans, oldest first (by baseline year, then period). */
    @Transactional
    public IndicatorSeries series(String regionCode, String definitionCode) {
        IndicatorDefinition d = definitions.findByCode(definitionCode)
                .orElseThrow(() -> DomainException.notFound("Indicator definition", definitionCode));
        DefinitionIndex index = definitionService.index();
        // the region's plans first, then only their rows of the definition (not every plan's in the country)
        List<Plan> regionPlans = new ArrayList<>(plans.list("regionCode", regionCode));
        Map<Long, List<PlanIndicator>> rowsByPlan = new LinkedHashMap<>();
        for (PlanIndicator r : rows.linkedTo(d.code, regionPlans.stream().map(p -> p.id).toList())) {
            rowsByPlan.computeIfAbsent(r.planId, k -> new ArrayList<>()).add(r);
        }
        regionPlans.removeIf(p -> !rowsByPlan.containsKey(p.id));
        regionPlans.sort(Comparator.comparing((Plan p) -> p.baselineYear == null ? p.periodStart - 1 : p.baselineYear)
                .thenComparing(p -> p.periodStart).thenComparing(p -> p.code));
        List<Long> rowIds = regionPlans.stream().flatMap(p -> rowsByPlan.get(p.id).stream()).map(r -> r.id).toList();
        Map<Long, List<IndicatorSeries.Value>> valuesByRow = new HashMap<>();
        for (MonitoringValue v : values.ofIndicators(rowIds)) {
            valuesByRow.computeIfAbsent(v.indicatorId, k -> new ArrayList<>()).add(new IndicatorSeries.Value(v.year, v.value,
                    v.status.name(), v.approvalState.name()));
        }
        List<IndicatorSeries.PlanSeries> out = new ArrayList<>();
        for (Plan p : regionPlans) {
            List<IndicatorSeries.Row> seriesRows = rowsByPlan.get(p.id).stream()
                    .map(r -> {
                        PlanIndicatorView view = PlanIndicatorMapper.toApi(r, index.direction(r));
                        return new IndicatorSeries.Row(r.id, r.name, r.subItem, r.unit, view.baseline(), view.target(),
                                valuesByRow.getOrDefault(r.id, List.of()));
                    }).toList();
            out.add(new IndicatorSeries.PlanSeries(p.code, p.title, p.periodStart, p.periodEnd, p.baselineYear, p.targetYear,
                    p.predecessorCode, seriesRows));
        }
        return new IndicatorSeries(regionCode, d.code, d.name, d.unit, d.direction, out);
    }
}
