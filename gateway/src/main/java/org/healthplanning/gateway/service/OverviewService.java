package org.healthplanning.gateway.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.healthplanning.http.DomainException;
import org.healthplanning.gateway.api.PlanOverview;
import org.healthplanning.gateway.api.RegionDashboard;
import org.healthplanning.gateway.client.Backend;
import org.healthplanning.gateway.client.FacilityClient;
import org.healthplanning.gateway.client.IndicatorClient;
import org.healthplanning.gateway.client.ProjectClient;
import org.healthplanning.gateway.client.model.Evaluation;
import org.healthplanning.gateway.client.model.Page;
import org.healthplanning.gateway.client.model.Plan;
import org.healthplanning.gateway.client.model.ProjectSummary;
import org.healthplanning.gateway.client.model.Region;
import org.healthplanning.gateway.client.model.RegionRatios;
import org.healthplanning.gateway.client.model.YearValue;

/**
 * The plan overview and the region dashboard: joins what the three backends know, calling them
 * in parallel through their typed clients; a backend that fails or is too slow is listed in
 * {@code degraded} and its sections stay null.
 */
@ApplicationScoped
public class OverviewService {
    static final Clock CLOCK = Clock.systemUTC();
    /** Rows and definitions are read in one page: a plan's table and the catalogue are far below it. */
    static final int ALL = 500;
    /**
     * How far back the dashboard looks for a region's latest ratios: two plan periods, so that a region whose
     * latest figures are those its plan published for the baseline year (2020 for 十四五) still shows them.
     */
    static final int RATIO_YEARS_BACK = 10;

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
     * The evaluation (every row with its catalogue link and resource ratio) and the project summary
     * (for the plan's period, which project-service knows) start at once beside the plan; the ratios
     * (its region) start as soon as the plan has arrived, while the others are still running. Without a year the
     * ratios also wait for the evaluation, whose year they take (the plan's baseline year when no
     * monitoring value exists yet). With {@code approvedOnly} the
     * evaluation uses approved monitoring values only.
     */
    public Uni<PlanOverview> overview(String planCode, Integer year, boolean approvedOnly, String auth) {
        Uni<Section<Plan>> plan = Section.of(Backend.INDICATOR, indicators.plan(planCode, auth)).memoize().indefinitely();
        Uni<Section<Evaluation>> evaluation = Section.of(Backend.INDICATOR,
                indicators.evaluation(planCode, year, approvedOnly ? Boolean.TRUE : null, auth)).memoize().indefinitely();
        // project-service takes the plan's period from indicator-service itself (cached there)
        Uni<Section<ProjectSummary>> summary = Section.of(Backend.PROJECT, projects.summary(planCode, null, null, auth));
        Uni<Section<RegionRatios>> ratios = plan.chain(p -> {
            if (p.value() == null) {
                return Uni.createFrom().item(Section.<RegionRatios>skipped(Backend.FACILITY));
            }
            String region = p.value().regionCode();
            if (year != null) {
                return Section.of(Backend.FACILITY, facilities.ratios(region, year, auth));
            }
            return evaluation.chain(ev -> {
                // no monitoring value at all: the plan's baselines are its only figures, so their year
                Integer evaluated = ev.value() == null ? null : ev.value().year() != null ? ev.value().year() : p.value().baselineYear();
                int y = evaluated != null ? evaluated : defaultYear(p.value());
                return Section.of(Backend.FACILITY, facilities.ratios(region, y, auth));
            });
        });
        return Uni.combine().all().unis(plan, evaluation, summary, ratios)
                .with((p, ev, sum, rat) -> {
                    if (p.refused(404)) {
                        throw DomainException.notFound("Plan", planCode);
                    }
                    if (p.refused(400)) {
                        throw p.asCallersError();
                    }
                    // without the plan the indicator sections are left out, as its backend is in doubt
                    boolean indicatorUp = !p.degraded();
                    return assemble(planCode, year, approvedOnly, p, indicatorUp ? ev : leftOut(p), sum, rat);
                });
    }

    private PlanOverview assemble(String planCode, Integer year, boolean approvedOnly, Section<Plan> plan,
                                  Section<Evaluation> ev, Section<ProjectSummary> summary,
                                  Section<RegionRatios> ratios) {
        Evaluation evaluation = ev.value();
        PlanOverview out = new PlanOverview();
        out.planCode = planCode;
        out.year = year != null ? year : ratios.value() != null ? Integer.valueOf(ratios.value().year())
                : evaluation == null ? null : evaluation.year();
        out.plan = plan.value();
        out.approvedOnly = approvedOnly;
        out.evaluation = evaluation;
        out.valuesNotApproved = evaluation == null ? null : (int) evaluation.indicators().stream()
                .filter(r -> r.actual() != null && !"APPROVED".equals(r.approvalState())).count();
        Set<Long> behind = evaluation == null ? Set.of() : new HashSet<>(evaluation.bindingBehind());
        out.bindingOffTrack = evaluation == null ? List.of()
                : evaluation.indicators().stream().filter(r -> behind.contains(r.id())).toList();
        out.projectSummary = summary.value();
        out.ratios = ratios.value();
        out.consistency = consistency(evaluation, ratios.value(), out.year);
        out.notes = notes(ev.note("evaluation"), summary.note("projectSummary"), ratios.note("ratios"));
        Set<String> degraded = new LinkedHashSet<>();
        Section.collectDegraded(degraded, plan, ev, summary, ratios);
        out.degraded = List.copyOf(degraded);
        return out;
    }

    /**
     * One row per evaluated indicator whose definition names a {@code resourceMetric}: the plan's
     * figure for the year (the baseline in the baseline year, else the monitoring value of that year,
     * the target in the target year, else the expected trajectory value), the ratio the facility
     * data give for the year, and their difference (ratio minus plan value, 2 decimals).
     */
    static List<PlanOverview.ConsistencyRow> consistency(Evaluation evaluation, RegionRatios ratios, Integer year) {
        List<PlanOverview.ConsistencyRow> out = new ArrayList<>();
        if (evaluation == null) {
            return out;
        }
        for (Evaluation.Row ind : evaluation.indicators()) {
            String metric = ind.resourceMetric();
            if (metric == null || metric.isBlank()) {
                continue;
            }
            PlanOverview.ConsistencyRow row = new PlanOverview.ConsistencyRow();
            row.indicatorId = ind.id();
            row.seq = ind.seq();
            row.name = ind.name();
            row.subItem = ind.subItem();
            row.definitionCode = ind.definitionCode();
            row.resourceMetric = metric;
            row.baseline = ind.baseline();
            row.target = ind.target();
            row.actual = ind.actual();
            if (year != null) {
                if (figureOf(ind.baseline(), year) != null) {
                    row.planValue = figureOf(ind.baseline(), year);
                    row.planValueSource = "BASELINE";
                } else if (figureOf(ind.actual(), year) != null) {
                    row.planValue = figureOf(ind.actual(), year);
                    row.planValueSource = "ACTUAL";
                } else if (figureOf(ind.target(), year) != null) {
                    row.planValue = figureOf(ind.target(), year);
                    row.planValueSource = "TARGET";
                } else if (ind.expected() != null) {
                    row.planValue = ind.expected();
                    row.planValueSource = "EXPECTED";
                }
            }
            BigDecimal ratio = ratios == null || ratios.ratios() == null ? null : ratios.ratios().get(metric);
            row.computedRatio = ratio;
            row.difference = difference(ratio, row.planValue);
            row.differenceToTarget = difference(ratio, ind.target() == null ? null : ind.target().value());
            out.add(row);
        }
        return out;
    }

    public Uni<RegionDashboard> dashboard(String regionCode, Integer year, String auth) {
        int y = year != null ? year : LocalDate.now(CLOCK).getYear();
        Uni<Section<Region>> region = Section.of(Backend.FACILITY, facilities.region(regionCode, auth));
        Uni<Section<Page<Plan>>> plans = Section.of(Backend.INDICATOR, indicators.plans(regionCode, ALL, auth));
        Uni<Section<RegionRatios>> ratios = Section.of(Backend.FACILITY, facilities.ratiosSeries(regionCode, y - RATIO_YEARS_BACK, y, auth))
                .map(s -> s.map(OverviewService::latestWithRatios));
        Uni<Section<Page<Map<String, Object>>>> active = Section.of(Backend.PROJECT, projects.projects(regionCode, y, ALL, auth));
        return Uni.combine().all().unis(region, plans, ratios, active).with((reg, pl, rat, pr) -> {
            if (reg.refused(404)) {
                throw DomainException.notFound("Region", regionCode);
            }
            if (reg.refused(400)) {
                throw reg.asCallersError();
            }
            RegionDashboard out = new RegionDashboard();
            out.regionCode = regionCode;
            out.year = y;
            out.region = reg.value();
            out.plans = pl.value() == null ? null : pl.value().items();
            out.ratios = rat.value();
            if (pr.value() != null) {
                out.activeProjects = new RegionDashboard.ActiveProjects();
                out.activeProjects.year = y;
                out.activeProjects.total = pr.value().total();
                out.activeProjects.items = pr.value().items();
            }
            out.notes = notes(pl.note("plans"), rat.note("ratios"), pr.note("activeProjects"));
            Set<String> degraded = new LinkedHashSet<>();
            Section.collectDegraded(degraded, reg, pl, rat, pr);
            out.degraded = List.copyOf(degraded);
            return out;
        });
    }

    /** The latest year of a series that has ratios (facility-service answers a year without data with none). */
    static RegionRatios latestWithRatios(List<RegionRatios> series) {
        return series.stream().filter(RegionRatios::hasRatios).max(Comparator.comparingInt(RegionRatios::year)).orElse(null);
    }

    private static <T> Section<T> leftOut(Section<Plan> plan) {
        return plan.degraded() ? Section.failed(Backend.INDICATOR, "is unavailable") : Section.skipped(Backend.INDICATOR);
    }

    private static int defaultYear(Plan plan) {
        int now = LocalDate.now(CLOCK).getYear();
        return plan.targetYear() == null ? now : Math.min(now, plan.targetYear());
    }

    private static BigDecimal figureOf(YearValue v, int year) {
        return v != null && v.year() != null && v.year() == year ? v.value() : null;
    }

    private static BigDecimal difference(BigDecimal ratio, BigDecimal planned) {
        return ratio == null || planned == null ? null : ratio.subtract(planned).setScale(2, RoundingMode.HALF_UP);
    }

    private static List<String> notes(String... notes) {
        List<String> out = java.util.Arrays.stream(notes).filter(Objects::nonNull).toList();
        return out.isEmpty() ? null : out;
    }
}
