package org.healthplanning.facility.service;

import org.healthplanning.http.DomainException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.healthplanning.facility.api.Gap;
import org.healthplanning.facility.api.Ratios;
import org.healthplanning.facility.domain.Metric;
import org.healthplanning.facility.domain.Standard;
import org.healthplanning.facility.repository.RegionRepository;
import org.healthplanning.facility.repository.StandardRepository;

/**
 * How many beds, doctors, nurses... a region still needs to reach a target: for a ratio R per N
 * people and the target year's population P, required = ceil(R x P / N) and gap = required - the
 * current count (the latest year with data at or before the target year). The population is the one the ratios take
 * (the region's own, or the sum of its direct sub-regions'); a metric with no count up to the target year shows its
 * latest published ratio instead (basis PUBLISHED, no gap).
 */
@ApplicationScoped
public class GapService {
    /** Years looked back from the target year for the current counts. */
    static final int LOOKBACK = 30;

    @Inject
    RatioService ratios;
    @Inject
    RegionService regionService;
    @Inject
    RegionRepository regions;
    @Inject
    StandardRepository standards;

    /**
     * Gaps to every applicable standard of the region, its ancestors and national ones; the current counts
     * come from the same (cached unless {@code fresh}) ratios as GET ratios.
     */
    public List<Gap> gaps(String code, Integer targetYear, boolean fresh) {
        regionService.require(code);
        List<String> scopeRegions = new ArrayList<>(regions.ancestors(code));
        scopeRegions.add(0, code);
        List<String> metrics = Arrays.stream(Metric.values()).map(m -> m.key).toList();
        Map<Integer, List<Ratios>> seriesByYear = new HashMap<>();
        List<Gap> out = new ArrayList<>();
        for (Standard s : standards.applicable(scopeRegions, metrics)) {
            if (s.value == null || "between".equals(s.comparator) || "qualitative".equals(s.comparator)) {
                continue;
            }
            Integer year = targetYear != null ? targetYear : s.year;
            if (year == null || (targetYear != null && s.year != null && !s.year.equals(targetYear))) {
                continue;
            }
            List<Ratios> series = seriesByYear.computeIfAbsent(year, y -> ratios.series(code, y - LOOKBACK, y, fresh));
            out.add(gap(s.code, s.scope.name(), Metric.of(s.metric).orElseThrow(), s.comparator, s.value, year, null,
                    series, s.source));
        }
        return out;
    }

    /** A one-off question: the gap to {@code target} for one metric, optionally with a given population. */
    public Gap oneOff(String code, String metricKey, BigDecimal target, Integer targetYear, Long population, boolean fresh) {
        regionService.require(code);
        Metric metric = Metric.of(metricKey)
                .orElseThrow(() -> DomainException.invalid("metric", "'" + metricKey + "' is not one of " + Metric.keys()));
        if (target == null) {
            throw DomainException.invalid("target", "is required with metric");
        }
        if (target.signum() < 0) {
            throw DomainException.invalid("target", "must be 0 or greater");
        }
        if (population != null && population < 0) {
            throw DomainException.invalid("population", "must be 0 or greater");
        }
        int year = targetYear != null ? targetYear : java.time.Year.now().getValue();
        return gap(null, null, metric, ">=", target, year, population, ratios.series(code, year - LOOKBACK, year, fresh), null);
    }

    /**
     * The gap of one metric: the current count is the latest year of the series that counts it (else the latest
     * published ratio, with no gap); a per-population requirement is ceil(target × population at the target year / per),
     * a staffing one ceil(target × the current denominator); the gap is the requirement less the count.
     */
    static Gap gap(String standardCode, String scope, Metric m, String comparator, BigDecimal target, int targetYear,
                           Long populationOverride, List<Ratios> series, String source) {
        Ratios current = null;
        Ratios publishedOnly = null;
        for (Ratios r : series) {
            if (r.countsBasis() != null && r.count(m.count) != null) {
                current = r;
            } else if (r.published() != null && r.published().containsKey(m.key)) {
                publishedOnly = r;
            }
        }
        Ratios atTarget = series.get(series.size() - 1);
        Long population = populationOverride != null ? populationOverride : atTarget.population();
        Long currentCount = current == null ? null : current.count(m.count);
        BigDecimal currentRatio = current == null ? null : current.ratios().get(m.key);
        String basis = current == null ? null : current.countsBasis();
        Integer currentYear = current == null ? null : current.year();
        if (current == null && publishedOnly != null) {
            // no count up to the target year: the latest published ratio is the current one; without a count there is no gap
            currentYear = publishedOnly.year();
            currentRatio = publishedOnly.published().get(m.key).value();
            basis = RatioService.PUBLISHED;
        }
        Long required = null;
        if (m.perPopulation()) {
            if (population != null) {
                required = target.multiply(BigDecimal.valueOf(population))
                        .divide(BigDecimal.valueOf(m.per), 0, RoundingMode.CEILING).longValueExact();
            }
        } else if (current != null && current.count(m.relativeTo) != null) {
            required = target.multiply(BigDecimal.valueOf(current.count(m.relativeTo)))
                    .setScale(0, RoundingMode.CEILING).longValueExact();
        }
        Long gap = required == null || currentCount == null ? null : required - currentCount;
        return new Gap(standardCode, scope, m.key, comparator, target, targetYear,
                currentYear, currentCount, currentRatio, basis,
                m.perPopulation() ? population : null, required, gap, source);
    }
}
