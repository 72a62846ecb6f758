package org.healthplanning.gateway.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.healthplanning.gateway.api.PlanReport;
import org.healthplanning.gateway.client.Backend;
import org.healthplanning.gateway.client.FacilityClient;
import org.healthplanning.gateway.client.IndicatorClient;
import org.healthplanning.gateway.client.ProjectClient;
import org.healthplanning.gateway.client.model.Evaluation;
import org.healthplanning.gateway.client.model.MonitoringValue;
import org.healthplanning.gateway.client.model.Page;
import org.healthplanning.gateway.client.model.Plan;
import org.healthplanning.gateway.client.model.PlanCheck;
import org.healthplanning.gateway.client.model.PlanIndicator;
import org.healthplanning.gateway.client.model.ProjectSummary;
import org.healthplanning.gateway.client.model.RegionGap;
import org.healthplanning.gateway.client.model.RegionRatios;
import org.healthplanning.gateway.client.model.YearValue;
import org.healthplanning.http.DomainException;

/**
 * The data of a plan's evaluation report: the plan, its evaluation, indicator table, monitoring values and checks
 * (indicator-service), its project summary (project-service), its region's latest ratios and the standards of the
 * plan's target year (facility-service), asked in parallel through the typed clients. As in the overview, a backend
 * that fails or is too slow is listed in {@code degraded} and its sections stay null.
 */
@ApplicationScoped
public class ReportService {
    /** Rows and values are read in pages of the backends' largest size. */
    static final int PAGE = 500;
    /** At most this many pages of monitoring values (20 000 values: far above a plan's 40 rows × 11 years). */
    static final int MAX_VALUE_PAGES = 40;
    static final String APPROVED = "APPROVED";

    @Inject
    @RestClient
    IndicatorClient indicators;

    @Inject
    @RestClient
    ProjectClient projects;

    @Inject
    @RestClient
    FacilityClient facilities;

    /**
     * Everything the report needs. The indicator-service reads start at once; the project summary (the plan's period),
     * the ratios (its region; the year: the one asked, else the evaluation's) and the standards (its target year) start
     * when the plan, and for the ratios without a year the evaluation, have arrived.
     */
    public Uni<PlanReport> report(String planCode, Integer year, boolean approvedOnly, String auth) {
        Uni<Section<Plan>> plan = Section.of(Backend.INDICATOR, indicators.plan(planCode, auth)).memoize().indefinitely();
        Uni<Section<Evaluation>> evaluation = Section.of(Backend.INDICATOR,
                indicators.evaluation(planCode, year, approvedOnly ? Boolean.TRUE : null, auth)).memoize().indefinitely();
        Uni<Section<Page<PlanIndicator>>> rows = Section.of(Backend.INDICATOR, indicators.indicators(planCode, PAGE, auth));
        Uni<Section<List<MonitoringValue>>> values = Section.of(Backend.INDICATOR, allValues(planCode, auth));
        Uni<Section<List<PlanCheck>>> checks = Section.of(Backend.INDICATOR, indicators.checks(planCode, auth));
        Uni<Section<ProjectSummary>> summary = plan.chain(p -> p.value() == null
                ? Uni.createFrom().item(Section.<ProjectSummary>skipped(Backend.PROJECT))
                : Section.of(Backend.PROJECT, projects.summary(planCode, p.value().periodStart(), p.value().periodEnd(), auth)));
        Uni<Section<RegionRatios>> ratios = plan.chain(p -> {
            if (p.value() == null) {
                return Uni.createFrom().item(Section.<RegionRatios>skipped(Backend.FACILITY));
            }
            return evaluation.chain(ev -> {
                int y = Objects.requireNonNullElseGet(reportYear(year, ev.value(), p.value()), () -> p.value().periodEnd());
                return Section.of(Backend.FACILITY, facilities.ratiosSeries(p.value().regionCode(), y - OverviewService.RATIO_YEARS_BACK, y, auth))
                        .map(s -> s.map(OverviewService::latestWithRatios));
            });
        });
        Uni<Section<List<RegionGap>>> gaps = plan.chain(p -> p.value() == null
                ? Uni.createFrom().item(Section.<List<RegionGap>>skipped(Backend.FACILITY))
                : Section.of(Backend.FACILITY, facilities.gaps(p.value().regionCode(), p.value().targetYear(), auth)));
        return Uni.combine().all().unis(plan, evaluation, rows, values, checks, summary, ratios, gaps)
                .with((p, ev, ro, va, ch, sum, rat, gap) -> {
                    if (p.refused(404)) {
                        throw DomainException.notFound("Plan", planCode);
                    }
                    if (p.refused(400)) {
                        throw p.asCallersError();
                    }
                    if (p.degraded()) {
                        // without the plan the indicator sections are left out, as their backend is in doubt
                        return assemble(planCode, year, approvedOnly, p, leftOut(), leftOut(), leftOut(), leftOut(), sum, rat, gap);
                    }
                    return assemble(planCode, year, approvedOnly, p, ev, ro, va, ch, sum, rat, gap);
                });
    }

    /** The year the report evaluates: the one asked, else the evaluation's latest, else the plan's baseline year. */
    static Integer reportYear(Integer asked, Evaluation evaluation, Plan plan) {
        if (asked != null) {
            return asked;
        }
        if (evaluation != null && evaluation.year() != null) {
            return evaluation.year();
        }
        return plan == null ? null : plan.baselineYear();
    }

    /** Every monitoring value of the plan: the first page, then the others at once. */
    private Uni<List<MonitoringValue>> allValues(String planCode, String auth) {
        return indicators.monitoringValues(planCode, 0, PAGE, auth).chain(first -> {
            int pages = (int) Math.min(MAX_VALUE_PAGES, (first.total() + PAGE - 1) / PAGE);
            if (pages <= 1) {
                return Uni.createFrom().item(first.items());
            }
            List<Uni<Page<MonitoringValue>>> rest = IntStream.range(1, pages)
                    .mapToObj(page -> indicators.monitoringValues(planCode, page, PAGE, auth)).toList();
            return Uni.join().all(rest).andFailFast().map(more -> {
                List<MonitoringValue> all = new ArrayList<>(first.items());
                more.forEach(p -> all.addAll(p.items()));
                return all;
            });
        });
    }

    private static <T> Section<T> leftOut() {
        return Section.failed(Backend.INDICATOR, "is unavailable");
    }

    private static PlanReport assemble(String planCode, Integer asked, boolean approvedOnly, Section<Plan> plan,
                                       Section<Evaluation> ev, Section<Page<PlanIndicator>> rows, Section<List<MonitoringValue>> values,
                                       Section<List<PlanCheck>> checks, Section<ProjectSummary> summary,
                                       Section<RegionRatios> ratios, Section<List<RegionGap>> gaps) {
        Plan p = plan.value();
        Evaluation evaluation = ev.value();
        List<MonitoringValue> allValues = values.value() == null ? null : values.value().stream()
                .filter(v -> !approvedOnly || APPROVED.equals(v.approvalState())).toList();
        List<PlanReport.Indicator> indicators = evaluation == null ? null
                : indicators(evaluation, rows.value() == null ? List.of() : rows.value().items(), allValues);
        Set<String> degraded = new LinkedHashSet<>();
        Section.collectDegraded(degraded, plan, ev, rows, values, checks, summary, ratios, gaps);
        boolean facilityDown = ratios.degraded() || gaps.degraded();
        return new PlanReport(planCode, reportYear(asked, evaluation, p), approvedOnly,
                p == null ? null : new PlanReport.ReportPlan(p.code(), p.title(), p.regionCode(), p.regionName(), p.periodStart(),
                        p.periodEnd(), p.baselineYear(), p.targetYear(), text(p.other().get("issuer"))),
                evaluation == null ? null : summary(evaluation, indicators),
                indicators,
                summary.value() == null || p == null ? null : investment(summary.value(), p),
                p == null || facilityDown ? null : ratios(p.regionCode(), ratios.value(), gaps.value() == null ? List.of() : gaps.value()),
                checks.value() == null ? null : checks.value().stream().map(c -> new PlanReport.Check(c.code(), c.severity(),
                        c.indicatorId(), c.seq(), c.name(), c.subItem(), c.message())).toList(),
                indicators == null || allValues == null ? null : sources(indicators),
                indicators == null ? null : approval(indicators.stream().map(PlanReport.Indicator::actual).filter(Objects::nonNull).toList()),
                notes(ev.note("evaluation"), rows.note("indicators"), values.note("values"), checks.note("checks"),
                        summary.note("investment"), ratios.note("ratios"), gaps.note("standards")),
                List.copyOf(degraded));
    }

    /** The evaluated rows in table order, with their category and unit, the value used and every value of the row. */
    static List<PlanReport.Indicator> indicators(Evaluation evaluation, List<PlanIndicator> table, List<MonitoringValue> values) {
        Map<Long, PlanIndicator> byId = new HashMap<>();
        table.forEach(r -> byId.put(r.id(), r));
        Map<Long, List<MonitoringValue>> valuesByRow = new HashMap<>();
        if (values != null) {
            values.forEach(v -> valuesByRow.computeIfAbsent(v.indicatorId(), k -> new ArrayList<>()).add(v));
        }
        List<PlanReport.Indicator> out = new ArrayList<>();
        for (Evaluation.Row row : evaluation.indicators()) {
            PlanIndicator tableRow = byId.get(row.id());
            List<MonitoringValue> own = valuesByRow.getOrDefault(row.id(), List.of()).stream()
                    .sorted(Comparator.comparingInt(MonitoringValue::year)).toList();
            List<PlanReport.Value> series = own.stream().map(ReportService::value).toList();
            PlanReport.Value actual = null;
            if (row.actual() != null && row.actual().year() != null) {
                int y = row.actual().year();
                actual = own.stream().filter(v -> v.year() == y).findFirst().map(ReportService::value)
                        .orElse(new PlanReport.Value(y, row.actual().value(), null, null, row.approvalState()));
            }
            PlanReport.Figure target = figure(row.target(), true);
            boolean quantitative = target != null && target.value() != null && !"qualitative".equals(target.comparator());
            out.add(new PlanReport.Indicator(row.id(), tableRow == null ? null : tableRow.category(), row.seq(), row.name(), row.subItem(),
                    tableRow == null ? null : tableRow.unit(), row.nature(), row.direction(), figure(row.baseline(), false), target,
                    row.expected(), actual, row.progressPercent(), row.status(), row.notEvaluableReason(),
                    Boolean.TRUE.equals(row.worseThanBaseline()), quantitative, series));
        }
        return out;
    }

    private static PlanReport.Value value(MonitoringValue v) {
        return new PlanReport.Value(v.year(), v.value(), v.status(), v.source(), v.approvalState());
    }

    private static PlanReport.Figure figure(YearValue v, boolean target) {
        if (v == null) {
            return null;
        }
        return new PlanReport.Figure(v.year(), text(v.other() == null ? null : v.other().get("raw")),
                target ? text(v.other() == null ? null : v.other().get("comparator")) : null, v.value());
    }

    static PlanReport.Summary summary(Evaluation evaluation, List<PlanReport.Indicator> rows) {
        Map<String, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        Set<Long> bindingBehind = new HashSet<>(evaluation.bindingBehind());
        List<Long> bindingOffTrack = rows.stream().filter(r -> bindingBehind.contains(r.id())).map(PlanReport.Indicator::id).toList();
        List<Long> offTrack = new ArrayList<>(bindingOffTrack);
        rows.stream().filter(r -> "BEHIND".equals(r.status()) && !bindingBehind.contains(r.id())).forEach(r -> offTrack.add(r.id()));
        List<PlanReport.Value> used = rows.stream().map(PlanReport.Indicator::actual).filter(Objects::nonNull).toList();
        return new PlanReport.Summary(rows.size(), counts.getOrDefault("ACHIEVED", 0), counts.getOrDefault("ON_TRACK", 0),
                counts.getOrDefault("BEHIND", 0), counts.getOrDefault("NO_DATA", 0), counts.getOrDefault("NOT_EVALUABLE", 0),
                (int) rows.stream().filter(r -> "BINDING".equals(r.nature())).count(), List.copyOf(offTrack), bindingOffTrack,
                used.size(), (int) used.stream().filter(v -> !APPROVED.equals(v.approvalState())).count());
    }

    /** The values used, grouped by their source: the most used first, then by name. */
    static List<PlanReport.Source> sources(List<PlanReport.Indicator> rows) {
        Map<String, List<PlanReport.Value>> bySource = new LinkedHashMap<>();
        rows.stream().map(PlanReport.Indicator::actual).filter(Objects::nonNull)
                .forEach(v -> bySource.computeIfAbsent(v.source(), k -> new ArrayList<>()).add(v));
        return bySource.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, List<PlanReport.Value>>>comparingInt(e -> -e.getValue().size())
                        .thenComparing(e -> e.getKey() == null ? "" : e.getKey()))
                .map(e -> new PlanReport.Source(e.getKey(), e.getValue().size(),
                        List.copyOf(new TreeSet<>(e.getValue().stream().map(PlanReport.Value::year).toList())), approval(e.getValue())))
                .toList();
    }

    static PlanReport.Approval approval(List<PlanReport.Value> values) {
        Map<String, Integer> counts = new HashMap<>();
        values.forEach(v -> {
            if (v.approvalState() != null) {
                counts.merge(v.approvalState(), 1, Integer::sum);
            }
        });
        return new PlanReport.Approval(counts.getOrDefault("DRAFT", 0), counts.getOrDefault("SUBMITTED", 0),
                counts.getOrDefault(APPROVED, 0), counts.getOrDefault("RETURNED", 0));
    }

    /** The summary's investment: totals, the plan period's share and the amounts by year (project-service's figures, unchanged). */
    static PlanReport.Investment investment(ProjectSummary summary, Plan plan) {
        Map<String, Object> f = summary.fields();
        BigDecimal total = decimal(member(f.get("totals"), "investment10kCny"));
        BigDecimal outOfPeriod = decimal(member(f.get("outOfPeriod"), "investment10kCny"));
        BigDecimal share = total == null || outOfPeriod == null || total.signum() == 0 ? null
                : outOfPeriod.multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.HALF_UP);
        List<PlanReport.InvestmentYear> byYear = new ArrayList<>();
        if (f.get("investmentByYear") instanceof List<?> years) {
            for (Object y : years) {
                BigDecimal year = decimal(member(y, "year"));
                BigDecimal amount = decimal(member(y, "investment10kCny"));
                if (year != null && amount != null) {
                    int calendarYear = year.intValue();
                    byYear.add(new PlanReport.InvestmentYear(calendarYear, amount,
                            calendarYear >= plan.periodStart() && calendarYear <= plan.periodEnd()));
                }
            }
        }
        byYear.sort(Comparator.comparingInt(PlanReport.InvestmentYear::year));
        BigDecimal count = decimal(f.get("count"));
        return new PlanReport.Investment(plan.periodStart(), plan.periodEnd(), count == null ? null : count.intValue(), total,
                decimal(member(f.get("inPeriod"), "investment10kCny")), outOfPeriod, share, byYear);
    }

    /**
     * One row per metric: those the ratios answer gives a value in its order, then those only a standard names; each
     * with the distinct standards for it and whether the ratio meets all of them.
     */
    static PlanReport.Ratios ratios(String regionCode, RegionRatios ratios, List<RegionGap> gaps) {
        Map<String, BigDecimal> values = ratios == null || ratios.ratios() == null ? Map.of() : ratios.ratios();
        Object published = ratios == null ? null : ratios.other().get("published");
        Set<String> metrics = new LinkedHashSet<>();
        values.forEach((metric, value) -> {
            if (value != null) {
                metrics.add(metric);
            }
        });
        gaps.forEach(g -> metrics.add(g.metric()));
        List<PlanReport.Ratio> rows = new ArrayList<>();
        for (String metric : metrics) {
            BigDecimal value = values.get(metric);
            List<PlanReport.Standard> standards = new ArrayList<>();
            for (RegionGap g : gaps) {
                boolean known = standards.stream().anyMatch(s -> Objects.equals(s.comparator(), g.comparator())
                        && s.target().compareTo(g.target()) == 0 && Objects.equals(s.targetYear(), g.targetYear()));
                if (metric.equals(g.metric()) && !known) {
                    standards.add(new PlanReport.Standard(g.comparator(), g.target(), g.targetYear(), g.scope(), g.source(),
                            g.requiredCount(), g.gap(), value == null ? null : meets(value, g.comparator(), g.target())));
                }
            }
            Boolean meets = value == null || standards.isEmpty() ? null : standards.stream().allMatch(PlanReport.Standard::met);
            rows.add(new PlanReport.Ratio(metric, value, value != null && published instanceof Map<?, ?> m && m.containsKey(metric),
                    standards, meets));
        }
        Object population = ratios == null ? null : ratios.other().get("population");
        return new PlanReport.Ratios(regionCode, ratios == null ? null : ratios.year(),
                ratios == null ? null : text(ratios.other().get("basis")),
                population instanceof Number n ? Long.valueOf(n.longValue()) : null, rows);
    }

    /** A resource ratio meets a standard: more is better (a bare number is a floor), unless the comparator says at most. */
    static boolean meets(BigDecimal value, String comparator, BigDecimal target) {
        int c = value.compareTo(target);
        return switch (comparator == null ? "=" : comparator) {
            case ">" -> c > 0;
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            default -> c >= 0;
        };
    }

    private static Object member(Object map, String key) {
        return map instanceof Map<?, ?> m ? m.get(key) : null;
    }

    private static BigDecimal decimal(Object n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        return n instanceof Number x ? new BigDecimal(x.toString()) : null;
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    private static List<String> notes(String... notes) {
        List<String> out = java.util.Arrays.stream(notes).filter(Objects::nonNull).toList();
        return out.isEmpty() ? null : out;
    }
}
