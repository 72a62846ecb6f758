package org.healthplanning.project.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.healthplanning.project.api.ProjectSummary;
import org.healthplanning.project.api.ProjectSummary.Amounts;
import org.healthplanning.project.api.ProjectSummary.CapacityTotals;
import org.healthplanning.project.api.ProjectSummary.Group;
import org.healthplanning.project.api.ProjectSummary.Share;
import org.healthplanning.project.api.ProjectSummary.YearAmount;
import org.healthplanning.project.domain.AnnualInvestment;
import org.healthplanning.project.domain.ConstructionType;
import org.healthplanning.project.domain.DeclaredTotals;
import org.healthplanning.project.client.PlanRef;
import org.healthplanning.project.domain.Project;
import org.healthplanning.project.domain.ProjectStatus;
import org.healthplanning.project.repository.DeclaredTotalsRepository;
import org.healthplanning.project.repository.ProjectRepository;

/**
 * Sums a plan's projects: totals against the declared 合计, the in/out-of-period split, groups by
 * construction type, status and programme, investment by year and the capacity added.
 * Amounts are computed exactly and rounded half-up to 2 decimals at the end; year amounts and the
 * in/out split are rounded on the running sum, so the parts add up to the rounded total.
 */
@ApplicationScoped
public class SummaryService {
    private static final int EXACT = 12;

    @Inject
    ProjectRepository projects;

    @Inject
    DeclaredTotalsRepository declaredTotals;

    @Inject
    PlanScope scope;

    /**
     * The summary of an existing plan's projects (404 otherwise): only projects in the plan's region or
     * one of its sub-regions count; without a period asked for, the plan's own period is used.
     */
    public ProjectSummary summarize(String planCode, Integer askedStart, Integer askedEnd) {
        PlanRef plan = scope.ofPath(planCode);
        Integer periodStart = askedStart != null ? askedStart : plan.periodStart();
        Integer periodEnd = askedStart != null ? askedEnd : plan.periodEnd();
        List<Project> rows = projects.byPlan(planCode).stream().filter(p -> PlanScope.covers(plan, p.regionCode)).toList();
        DeclaredTotals declared = declaredTotals.findByIdOptional(planCode).orElse(null);

        BigDecimal area = sum(rows, p -> p.floorAreaM2);
        BigDecimal investment = sum(rows, p -> p.investment10kCny);
        BigDecimal land = sum(rows, p -> p.newLandMu);
        Amounts totals = new Amounts(round(area), round(investment), round(land));
        Amounts declaredAmounts = declared == null ? null
                : new Amounts(declared.floorAreaM2, declared.investment10kCny, declared.newLandMu);
        Amounts difference = declared == null ? null
                : new Amounts(minus(totals.floorAreaM2(), declared.floorAreaM2),
                minus(totals.investment10kCny(), declared.investment10kCny),
                minus(totals.newLandMu(), declared.newLandMu));

        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        BigDecimal unscheduled = null;
        for (Project p : rows) {
            Map<Integer, BigDecimal> spread = spread(p);
            if (spread == null) {
                if (p.investment10kCny != null) {
                    unscheduled = unscheduled == null ? p.investment10kCny : unscheduled.add(p.investment10kCny);
                }
                continue;
            }
            spread.forEach((y, v) -> byYear.merge(y, v, BigDecimal::add));
        }
        List<YearAmount> investmentByYear = new ArrayList<>();
        BigDecimal running = BigDecimal.ZERO;
        BigDecimal runningRounded = BigDecimal.ZERO.setScale(2);
        for (Map.Entry<Integer, BigDecimal> e : byYear.entrySet()) {
            running = running.add(e.getValue());
            BigDecimal rounded = round(running);
            investmentByYear.add(new YearAmount(e.getKey(), rounded.subtract(runningRounded)));
            runningRounded = rounded;
        }

        Share in = null;
        Share out = null;
        if (periodStart != null && periodEnd != null) {
            int inCount = 0;
            BigDecimal inAmount = BigDecimal.ZERO;
            for (Project p : rows) {
                if (p.startYear != null && p.startYear <= periodEnd && p.endYear >= periodStart) {
                    inCount++;
                }
            }
            for (Map.Entry<Integer, BigDecimal> e : byYear.entrySet()) {
                if (e.getKey() >= periodStart && e.getKey() <= periodEnd) {
                    inAmount = inAmount.add(e.getValue());
                }
            }
            BigDecimal inRounded = investment == null ? null : round(inAmount);
            in = new Share(inCount, inRounded);
            out = new Share(rows.size() - inCount, investment == null ? null : totals.investment10kCny().subtract(inRounded));
        }

        List<Group> byType = group(rows, p -> List.of(p.constructionType == null ? "" : p.constructionType.name()),
                enumOrder(ConstructionType.values()));
        List<Group> byStatus = group(rows, p -> p.statuses.isEmpty() ? List.of("") : p.statuses.stream().map(Enum::name).toList(),
                enumOrder(ProjectStatus.values()));
        List<Group> byProgramme = group(rows, p -> List.of(p.programme == null ? "" : p.programme), List.of());

        int beds = 0;
        int elderly = 0;
        int childcare = 0;
        int isolation = 0;
        for (Project p : rows) {
            if (p.capacity != null) {
                beds += nz(p.capacity.medicalBeds);
                elderly += nz(p.capacity.elderlyCareBeds);
                childcare += nz(p.capacity.childcareSlots);
                isolation += nz(p.capacity.isolationRooms);
            }
        }
        return new ProjectSummary(planCode, rows.size(), periodStart, periodEnd, totals, declaredAmounts, difference, in, out,
                byType, byStatus, byProgramme, investmentByYear, round(unscheduled),
                new CapacityTotals(beds, elderly, childcare, isolation));
    }

    /** A project's investment by year: the planned schedule if given, else an even spread; null without years. */
    static Map<Integer, BigDecimal> spread(Project p) {
        if (p.investment10kCny == null) {
            return Map.of();
        }
        boolean planned = p.annualInvestment.stream().anyMatch(a -> a.planned != null);
        Map<Integer, BigDecimal> out = new TreeMap<>();
        if (planned) {
            for (AnnualInvestment a : p.annualInvestment) {
                if (a.planned != null) {
                    out.merge(a.year, a.planned, BigDecimal::add);
                }
            }
            return out;
        }
        if (p.startYear == null || p.endYear == null) {
            return null;
        }
        int years = p.endYear - p.startYear + 1;
        BigDecimal share = p.investment10kCny.divide(BigDecimal.valueOf(years), EXACT, RoundingMode.HALF_UP);
        for (int y = p.startYear; y <= p.endYear; y++) {
            out.put(y, share);
        }
        return out;
    }

    private static List<String> enumOrder(Enum<?>[] values) {
        List<String> order = new ArrayList<>();
        for (Enum<?> v : values) {
            order.add(v.name());
        }
        return order;
    }

    private static List<Group> group(List<Project> rows, Function<Project, List<String>> keys, List<String> order) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        for (String k : order) {
            counts.put(k, new int[1]);
        }
        for (Project p : rows) {
            for (String k : keys.apply(p)) {
                counts.computeIfAbsent(k, x -> new int[1])[0]++;
                if (p.investment10kCny != null) {
                    amounts.merge(k, p.investment10kCny, BigDecimal::add);
                }
            }
        }
        List<Group> out = new ArrayList<>();
        counts.forEach((k, c) -> {
            if (c[0] > 0) {
                out.add(new Group(k.isEmpty() ? null : k, c[0], round(amounts.get(k))));
            }
        });
        return out;
    }

    private static BigDecimal sum(List<Project> rows, Function<Project, BigDecimal> f) {
        BigDecimal total = null;
        for (Project p : rows) {
            BigDecimal v = f.apply(p);
            if (v != null) {
                total = total == null ? v : total.add(v);
            }
        }
        return total;
    }

    private static BigDecimal minus(BigDecimal a, BigDecimal b) {
        if (b == null) {
            return null;
        }
        return round((a == null ? BigDecimal.ZERO : a).subtract(b));
    }

    static BigDecimal round(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }

    private static int nz(Integer v) {
        return v == null ? 0 : v;
    }
}
