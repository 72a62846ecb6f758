package org.healthplanning.indicator.service;

import org.healthplanning.http.DomainException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthplanning.indicator.domain.ApprovalState;
import org.healthplanning.indicator.domain.Direction;
import org.healthplanning.indicator.domain.DirectionRules;
import org.healthplanning.indicator.domain.EvaluationStatus;
import org.healthplanning.indicator.domain.Evaluator;
import org.healthplanning.indicator.domain.IndicatorDefinition;
import org.healthplanning.indicator.domain.MonitoringValue;
import org.healthplanning.indicator.domain.Nature;
import org.healthplanning.indicator.domain.Plan;
import org.healthplanning.indicator.domain.PlanIndicator;
import org.healthplanning.indicator.domain.UpperTarget;
import org.healthplanning.indicator.repository.IndicatorDefinitionRepository;
import org.healthplanning.indicator.repository.MonitoringValueRepository;
import org.healthplanning.indicator.repository.PlanIndicatorRepository;
import org.healthplanning.indicator.repository.EvaluationInputRepository;
import org.healthplanning.indicator.repository.PlanRepository;
import org.healthplanning.indicator.repository.RevisionRepository;
import org.healthplanning.indicator.repository.RevisionRepository.PlanStamp;
import org.healthplanning.indicator.api.CheckView;
import org.healthplanning.indicator.api.ComparisonRow;
import org.healthplanning.indicator.api.EvaluationView;
import org.healthplanning.indicator.api.PlanIndicatorView;
import org.healthplanning.indicator.mapping.PlanIndicatorMapper;

/** Evaluation of a plan for a year, plan checks, and comparison of one definition across plans. */
@ApplicationScoped
public class EvaluationService {
    @Inject
    PlanRepository plans;

    @Inject
    PlanIndicatorRepository rows;

    @Inject
    MonitoringValueRepository values;

    @Inject
    DefinitionService definitions;

    @Inject
    IndicatorDefinitionRepository definitionRepository;

    @Inject
    RevisionRepository revisions;

    @Inject
    EvaluationInputRepository evaluationInputs;

    @Inject
    ObjectMapper json;

    /** Each row's values by year, for a set of rows (only APPROVED ones with {@code approvedOnly}). */
    private Map<Long, List<MonitoringValue>> valuesOf(List<PlanIndicator> table, boolean approvedOnly) {
        Map<Long, List<MonitoringValue>> byRow = new HashMap<>();
        for (MonitoringValue v : values.ofIndicators(table.stream().map(r -> r.id).toList())) {
            if (approvedOnly && v.approvalState != ApprovalState.APPROVED) {
                continue;
            }
            byRow.computeIfAbsent(v.indicatorId, k -> new ArrayList<>()).add(v);
        }
        return byRow;
    }

    /** The latest value at or before {@code year} (exactly {@code year} when {@code exact}). */
    private static MonitoringValue actual(List<MonitoringValue> vs, Integer year, boolean exact) {
        if (vs == null || year == null) {
            return null;
        }
        MonitoringValue best = null;
        for (MonitoringValue v : vs) {
            if ((exact ? v.year == year : v.year <= year) && (best == null || v.year > best.year)) {
                best = v;
            }
        }
        return best;
    }

    private static Integer latestYear(Map<Long, List<MonitoringValue>> byRow) {
        return byRow.values().stream().flatMap(List::stream).map(v -> v.year).max(Integer::compare).orElse(null);
    }

    static Evaluator.Target target(PlanIndicator r, Plan plan, Direction direction) {
        return new Evaluator.Target(r.baselineValue, r.baselineYear != null ? r.baselineYear : plan.baselineYear,
                r.targetComparator, r.targetValue, r.targetYear != null ? r.targetYear : plan.targetYear, direction);
    }

    /** An evaluation as sent: its JSON and the entity tag of the state it was computed from. */
    public record Evaluated(byte[] json, String etag) {
    }

    private record CacheKey(long planId, Integer year, boolean exactYear, boolean approvedOnly) {
    }

    @Inject
    RevisionCache cache;

    @Inject
    LineageService lineage;

    /**
     * The evaluation of a plan for a year (with {@code approvedOnly}, counting only APPROVED values); one
     * indexed query when it is cached and still current.
     */
    public Evaluated evaluation(String planCode, Integer year, boolean exactYear, boolean approvedOnly) {
        PlanStamp stamp = revisions.planStamp(planCode).orElseThrow(() -> DomainException.notFound("Plan", planCode));
        return cache.get(new CacheKey(stamp.planId(), year, exactYear, approvedOnly), stamp.tag(), () -> {
            try {
                return new Evaluated(json.writeValueAsBytes(evaluate(stamp, year, exactYear, approvedOnly)), stamp.tag());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Writing the evaluation of plan " + planCode + " failed", e);
            }
        }, () -> revisions.planStamp(planCode).map(PlanStamp::tag).orElse(null));
    }

    /** The entity tag the evaluation of the plan would have now, without computing it. */
    public String currentTag(String planCode) {
        return revisions.planStamp(planCode).map(PlanStamp::tag).orElseThrow(() -> DomainException.notFound("Plan", planCode));
    }

    private EvaluationView evaluate(PlanStamp stamp, Integer year, boolean exactYear, boolean approvedOnly) {
        DefinitionIndex index = definitions.index(stamp.catalogueRevision());
        EvaluationInputRepository.Inputs inputs = evaluationInputs.read(stamp.planId(), year, exactYear, approvedOnly);
        Plan plan = new Plan();
        plan.code = stamp.code();
        plan.baselineYear = stamp.baselineYear();
        plan.targetYear = stamp.targetYear();
        Integer y = inputs.year();
        Map<EvaluationStatus, Integer> summary = new EnumMap<>(EvaluationStatus.class);
        for (EvaluationStatus s : EvaluationStatus.values()) {
            summary.put(s, 0);
        }
        List<Long> bindingBehind = new ArrayList<>();
        List<EvaluationView.Item> items = new ArrayList<>();
        for (EvaluationInputRepository.Input input : inputs.rows()) {
            PlanIndicator r = input.row();
            DirectionRules.Directed directed = index.directed(r);
            Direction direction = directed.direction();
            BigDecimal actual = input.actualValue();
            Evaluator.Outcome o = Evaluator.evaluate(target(r, plan, direction), y, actual);
            summary.merge(o.status(), 1, Integer::sum);
            if (o.status() == EvaluationStatus.BEHIND && r.nature == Nature.BINDING) {
                bindingBehind.add(r.id);
            }
            PlanIndicatorView view = PlanIndicatorMapper.toApi(r, direction);
            IndicatorDefinition definition = r.definitionCode == null ? null : index.get(r.definitionCode);
            items.add(new EvaluationView.Item(r.id, r.seq, r.name, r.subItem, r.definitionCode,
                    definition == null ? null : definition.resourceMetric, r.nature, direction, directed.source(),
                    view.baseline(), view.target(), actual == null ? null : new EvaluationView.Actual(input.actualYear(), actual),
                    o.expected(), o.progressPercent(), o.status(), o.reason(), o.worseThanBaseline(),
                    actual == null ? null : input.approvalState()));
        }
        return new EvaluationView(plan.code, y, summary, bindingBehind, items);
    }

    @Transactional
    public List<CheckView> checks(String planCode) {
        Plan plan = plans.findByCode(planCode).orElseThrow(() -> DomainException.notFound("Plan", planCode));
        DefinitionIndex index = definitions.index();
        List<CheckView> out = new ArrayList<>();
        List<PlanIndicator> own = rows.ofPlan(plan.id);
        Map<Long, CheckView> lineageFindings = lineage.baselineFindings(plan, own);
        for (PlanIndicator r : own) {
            Direction direction = index.direction(r);
            String effective = Evaluator.effectiveComparator(r.targetComparator, direction);
            String label = label(r);
            if (r.baselineValue == null) {
                out.add(check("MISSING_BASELINE", "WARNING", r, label + ": no baseline value"
                        + (r.baselineRaw == null ? "" : " (printed '" + r.baselineRaw + "')") + "; progress cannot be measured"));
            } else if (Evaluator.isNumeric(r.targetComparator, r.targetValue)
                    && Evaluator.satisfies(r.baselineValue, effective, r.targetValue)) {
                out.add(check("TARGET_MET_AT_BASELINE", "WARNING", r, label + ": the baseline " + r.baselineValue.toPlainString()
                        + " already meets the target '" + r.targetRaw + "' (" + effective + " " + r.targetValue.toPlainString() + ")"));
            }
            if (direction == null) {
                out.add(check("DIRECTION_UNKNOWN", "WARNING", r, label
                        + ": no definition is linked and neither the target's comparator, the name nor baseline → target tells the direction"));
            }
            for (UpperTarget u : r.upperTargets) {
                if (direction == null || direction == Direction.NEUTRAL || u.value == null || r.targetValue == null
                        || !Evaluator.isNumeric(r.targetComparator, r.targetValue)) {
                    continue;
                }
                int c = r.targetValue.compareTo(u.value);
                boolean weaker = direction == Direction.INCREASE ? c < 0 : c > 0;
                if (weaker) {
                    out.add(check("WEAKER_THAN_UPPER_TARGET", "WARNING", r, label + ": the target '" + r.targetRaw
                            + "' is weaker than " + (u.scope == null ? "the upper-level target" : u.scope) + " '" + u.raw + "'"));
                }
            }
            IndicatorDefinition d = index.get(r.definitionCode);
            if (d != null && d.unit != null && r.unit != null && !unit(d.unit).equals(unit(r.unit))) {
                out.add(check("UNIT_DIFFERS_FROM_DEFINITION", "INFO", r, label + ": unit '" + r.unit
                        + "' differs from the unit '" + d.unit + "' of definition " + d.code));
            }
            if (lineageFindings.containsKey(r.id)) {
                out.add(lineageFindings.get(r.id));
            }
        }
        return out;
    }

    private static String unit(String u) {
        String s = DefinitionIndex.normalise(u);
        return s.startsWith("1/") ? s.substring(1) : s;
    }

    /** How a finding names its row: "Row 9 孕产妇死亡率 (门诊)". */
    static String label(PlanIndicator r) {
        return "Row " + (r.seq == null ? "" : r.seq + " ") + r.name + (r.subItem == null ? "" : " (" + r.subItem + ")");
    }

    private static CheckView check(String code, String severity, PlanIndicator r, String message) {
        return new CheckView(code, severity, r.id, r.seq, r.name, r.subItem, message);
    }

    /**
     * One row per plan linking the definition (its row without a sub-item, else its first),
     * ranked in the definition's direction on the actual value for the year, else the baseline. With
     * {@code approvedOnly} only APPROVED values count (for the default year too).
     */
    @Transactional
    public List<ComparisonRow> compare(String definitionCode, Integer year, boolean approvedOnly) {
        IndicatorDefinition d = definitionRepository.findByCode(definitionCode)
                .orElseThrow(() -> DomainException.notFound("Indicator definition", definitionCode));
        Map<Long, PlanIndicator> perPlan = new LinkedHashMap<>();
        for (PlanIndicator r : rows.linkedTo(d.code)) {
            PlanIndicator current = perPlan.get(r.planId);
            if (current == null || (current.subItem != null && r.subItem == null)) {
                perPlan.put(r.planId, r);
            }
        }
        List<PlanIndicator> chosen = new ArrayList<>(perPlan.values());
        Map<Long, List<MonitoringValue>> byRow = valuesOf(chosen, approvedOnly);
        Integer y = year != null ? year : latestYear(byRow);
        List<ComparisonRow> out = new ArrayList<>();
        for (PlanIndicator r : chosen) {
            Plan plan = plans.findById(r.planId);
            MonitoringValue a = actual(byRow.get(r.id), y, false);
            Evaluator.Outcome o = Evaluator.evaluate(target(r, plan, d.direction), y, a == null ? null : a.value);
            PlanIndicatorView view = PlanIndicatorMapper.toApi(r, d.direction);
            String rankedBy = a != null ? "actual" : r.baselineValue != null ? "baseline" : null;
            BigDecimal rankValue = a != null ? a.value : r.baselineValue;
            out.add(new ComparisonRow(plan.code, plan.regionCode, plan.regionName, r.id, r.name, r.subItem, view.baseline(),
                    view.target(), a == null ? null : new EvaluationView.Actual(a.year, a.value), o.progressPercent(), o.status(),
                    rankedBy, rankValue, null));
        }
        Comparator<ComparisonRow> better = switch (d.direction) {
            case INCREASE -> Comparator.comparing(ComparisonRow::rankValue, Comparator.reverseOrder());
            case DECREASE -> Comparator.comparing(ComparisonRow::rankValue);
            case NEUTRAL -> Comparator.comparing(c -> distance(c));
        };
        List<ComparisonRow> ranked = out.stream().filter(c -> rankKey(c, d.direction) != null).sorted(better).toList();
        List<ComparisonRow> result = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            ComparisonRow c = ranked.get(i);
            int rank = i + 1;
            if (i > 0 && better.compare(ranked.get(i - 1), c) == 0) {
                rank = result.get(i - 1).rank();
            }
            result.add(withRank(c, rank));
        }
        out.stream().filter(c -> rankKey(c, d.direction) == null)
                .sorted(Comparator.comparing(ComparisonRow::planCode)).forEach(result::add);
        return result;
    }

    private static Object rankKey(ComparisonRow c, Direction direction) {
        return direction == Direction.NEUTRAL ? distance(c) : c.rankValue();
    }

    private static BigDecimal distance(ComparisonRow c) {
        return c.rankValue() == null || c.target() == null || c.target().value() == null ? null
                : c.rankValue().subtract(c.target().value()).abs();
    }

    private static ComparisonRow withRank(ComparisonRow c, int rank) {
        return new ComparisonRow(c.planCode(), c.regionCode(), c.regionName(), c.indicatorId(), c.name(), c.subItem(), c.baseline(),
                c.target(), c.actual(), c.progressPercent(), c.status(), c.rankedBy(), c.rankValue(), rank);
    }
}
