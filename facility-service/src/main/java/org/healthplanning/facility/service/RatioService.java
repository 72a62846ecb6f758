package org.healthplanning.facility.service;

import org.healthplanning.http.DomainException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.healthplanning.facility.api.Ratios;
import org.healthplanning.facility.domain.Metric;
import org.healthplanning.facility.repository.DataRevisionRepository;

/**
 * Resource ratios of a region and all its sub-regions, computed in PostgreSQL: one statement takes the
 * subtree from region_ancestor and sums the facility totals of its regions for each year (table facility_totals,
 * migration V23: per region and year, the resources of the facilities standing in it that operate in that year, kept
 * by triggers in every writing transaction, so the cost follows the regions, not the facility-years), beside
 * the region's population and reported totals, and the population of its direct sub-regions (depth 1 in
 * region_ancestor) for a region without one of its own. A second read takes the region's published ratios,
 * which fill in the metrics the counts do not give.
 *
 * <p>Results are cached in memory by (region, years) together with the data revision they were computed
 * at; each request reads the committed revision (one primary-key read) and uses the cached result only
 * when it is unchanged, so a write on any instance is seen by the very next request everywhere. The
 * revision is read before computing, so a write that commits meanwhile can only make an entry newer
 * than its revision says, never older.
 */
@ApplicationScoped
public class RatioService {
    /** Order of the count columns in the aggregation and in {@code counts}. */
    public static final List<String> COUNTS = List.of(
            "beds", "licensedDoctors", "tcmDoctors", "registeredNurses", "pharmacists", "generalPractitioners",
            "healthTechnicians", "publicHealthStaff", "ambulances", "childcareSlots");
    private static final List<String> COLUMNS = List.of(
            "beds", "licensed_doctors", "tcm_doctors", "registered_nurses", "pharmacists", "general_practitioners",
            "health_technicians", "public_health_staff", "ambulances", "childcare_slots");

    /** The region's own population row. */
    public static final String OWN = "OWN";
    /** The sum of the direct sub-regions' population rows, every one of them having one. */
    public static final String SUM_OF_SUBREGIONS = "SUM_OF_SUBREGIONS";
    public static final String FACILITIES = "FACILITIES";
    public static final String REPORTED = "REPORTED";
    public static final String PUBLISHED = "PUBLISHED";

    private static final String SERIES_SQL;
    /** Where the sub-regions' population columns start in a row of SERIES_SQL (after the two columns of each count). */
    private static final int SUB = 6 + 2 * COLUMNS.size();

    private static final String PUBLISHED_SQL = """
            select year, metric, value, source, quote from published_ratio
            where region_code = :root and year between :from and :to""";

    static {
        StringBuilder facilitySums = new StringBuilder();
        StringBuilder select = new StringBuilder();
        for (String c : COLUMNS) {
            facilitySums.append(", case when sum(t.").append(c).append("_n) > 0 then sum(t.").append(c).append(")::bigint end as ").append(c);
            select.append(", fac.").append(c).append(", rr.").append(c);
        }
        SERIES_SQL = """
                with fac as (
                    select t.year, sum(t.facilities)::bigint as facilities%s
                    from region_ancestor s
                    join facility_totals t on t.region_code = s.region_code
                    where s.ancestor_code = :root
                      and t.year between :from and :to
                    group by t.year
                    having sum(t.facilities) > 0
                ),
                sub as (
                    select s.region_code from region_ancestor s where s.ancestor_code = :root and s.depth = 1
                ),
                sub_pop as (
                    select sp.year, count(*) as reporting, sum(sp.residents) as residents,
                           case when count(sp.children_under3) = count(*) then sum(sp.children_under3) end as children_under3,
                           bool_or(sp.projected) as projected
                    from sub join population sp on sp.region_code = sub.region_code
                    where sp.year between :from and :to
                    group by sp.year
                )
                select y.year, p.residents, p.children_under3, p.projected, fac.facilities, rr.id%s,
                       (select count(*) from sub) as subregions, sp.reporting, sp.residents, sp.children_under3, sp.projected
                from generate_series(:from, :to) as y(year)
                left join fac on fac.year = y.year
                left join region_resource rr on rr.region_code = :root and rr.year = y.year
                left join population p on p.region_code = :root and p.year = y.year
                left join sub_pop sp on sp.year = y.year
                order by y.year""".formatted(facilitySums, select);
    }

    /** Entries kept at most; beyond it the cache starts afresh (entries are small, a few hundred bytes a year). */
    static final int CACHE_ENTRIES = 10_000;

    @Inject
    EntityManager em;
    @Inject
    RegionService regions;
    @Inject
    DataRevisionRepository revision;

    private record Key(String code, int from, int to) {
    }

    private record Cached(long revision, List<Ratios> series) {
    }

    private final Map<Key, Cached> cache = new ConcurrentHashMap<>();

    public Ratios ratios(String code, int year, boolean fresh) {
        return series(code, year, year, fresh).get(0);
    }

    /**
     * The ratios of each year from {@code from} to {@code to}; from the cache when the data revision is
     * unchanged, unless {@code fresh} asks for a new computation (which then replaces the cached one).
     */
    public List<Ratios> series(String code, int from, int to, boolean fresh) {
        if (to < from) {
            throw DomainException.invalid("to", "must not be before from");
        }
        if (to - from > 200) {
            throw DomainException.invalid("to", "a series covers at most 200 years");
        }
        long current = revision.current();
        Key key = new Key(code, from, to);
        Cached hit = fresh ? null : cache.get(key);
        if (hit != null && hit.revision() == current) {
            return hit.series();
        }
        List<Ratios> computed = compute(code, from, to);
        if (cache.size() >= CACHE_ENTRIES) {
            cache.clear();
        }
        cache.merge(key, new Cached(current, computed), (old, now) -> old.revision() > now.revision() ? old : now);
        return computed;
    }

    @SuppressWarnings("unchecked")
    private List<Ratios> compute(String code, int from, int to) {
        regions.require(code);
        List<Object[]> rows = em.createNativeQuery(SERIES_SQL)
                .setParameter("root", code).setParameter("from", from).setParameter("to", to)
                .getResultList();
        Map<Integer, Map<String, Ratios.Published>> publishedByYear = published(code, from, to);
        List<Ratios> out = new ArrayList<>();
        for (Object[] row : rows) {
            int year = ((Number) row[0]).intValue();
            Long population = asLong(row[1]);
            Long children = asLong(row[2]);
            Boolean projected = row[3] == null ? null : (Boolean) row[3];
            String populationBasis = population == null ? null : OWN;
            long subregions = ((Number) row[SUB]).longValue();
            if (population == null && subregions > 0 && row[SUB + 1] != null && ((Number) row[SUB + 1]).longValue() == subregions) {
                population = asLong(row[SUB + 2]);
                children = asLong(row[SUB + 3]);
                projected = (Boolean) row[SUB + 4];
                populationBasis = SUM_OF_SUBREGIONS;
            }
            long facilityCount = row[4] == null ? 0 : ((Number) row[4]).longValue();
            boolean reported = row[5] != null;
            String countsBasis = facilityCount > 0 ? FACILITIES : reported ? REPORTED : null;
            Map<String, Long> counts = new LinkedHashMap<>();
            for (int i = 0; i < COUNTS.size(); i++) {
                Object v = FACILITIES.equals(countsBasis) ? row[6 + 2 * i] : REPORTED.equals(countsBasis) ? row[7 + 2 * i] : null;
                counts.put(COUNTS.get(i), asLong(v));
            }
            Map<String, Ratios.Published> publications = publishedByYear.getOrDefault(year, Map.of());
            Map<String, BigDecimal> ratios = new LinkedHashMap<>();
            Map<String, Ratios.Published> published = new LinkedHashMap<>();
            boolean computedAny = false;
            for (Metric m : Metric.values()) {
                BigDecimal value = countsBasis == null ? null : ratio(m, counts, population);
                if (value != null) {
                    computedAny = true;
                } else if (publications.containsKey(m.key)) {
                    Ratios.Published p = publications.get(m.key);
                    value = p.value();
                    published.put(m.key, p);
                }
                ratios.put(m.key, value);
            }
            String basis = !published.isEmpty() && !computedAny ? PUBLISHED : countsBasis;
            out.add(new Ratios(code, year, population, populationBasis, projected, children, facilityCount, basis,
                    countsBasis == null ? null : Collections.unmodifiableMap(counts),
                    basis == null ? null : Collections.unmodifiableMap(ratios),
                    published.isEmpty() ? null : Collections.unmodifiableMap(published)));
        }
        return List.copyOf(out);
    }

    /** The region's published ratios from {@code from} to {@code to}, by year and metric. */
    @SuppressWarnings("unchecked")
    private Map<Integer, Map<String, Ratios.Published>> published(String code, int from, int to) {
        List<Object[]> rows = em.createNativeQuery(PUBLISHED_SQL)
                .setParameter("root", code).setParameter("from", from).setParameter("to", to)
                .getResultList();
        Map<Integer, Map<String, Ratios.Published>> out = new HashMap<>();
        for (Object[] row : rows) {
            BigDecimal value = row[2] instanceof BigDecimal b ? b : new BigDecimal(row[2].toString());
            out.computeIfAbsent(((Number) row[0]).intValue(), y -> new HashMap<>())
                    .put((String) row[1], new Ratios.Published(value, (String) row[3], (String) row[4]));
        }
        return out;
    }

    /** The metric's value for these counts and population, rounded half-up to 2 decimals; null when undefined. */
    public static BigDecimal ratio(Metric m, Map<String, Long> counts, Long population) {
        Long count = counts.get(m.count);
        if (count == null) {
            return null;
        }
        if (m.perPopulation()) {
            if (population == null || population == 0) {
                return null;
            }
            return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(m.per))
                    .divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP);
        }
        Long base = counts.get(m.relativeTo);
        if (base == null || base == 0) {
            return null;
        }
        return BigDecimal.valueOf(count).divide(BigDecimal.valueOf(base), 2, RoundingMode.HALF_UP);
    }

    private static Long asLong(Object v) {
        return v == null ? null : ((Number) v).longValue();
    }
}
