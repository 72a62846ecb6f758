package org.healthplanning.facility.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.healthplanning.facility.domain.Standard;
import org.healthplanning.facility.domain.StandardScope;
import org.healthplanning.platform.sync.ChangeQuery;

@ApplicationScoped
public class StandardRepository implements PanacheRepository<Standard> {
    public Optional<Standard> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public PanacheQuery<Standard> search(String metric, StandardScope scope, String regionCode, Integer year, Sort sort) {
        return search(metric, scope, regionCode, year, null, null, sort);
    }

    /** The filtered standards; with {@code changes}, only those changed after its cursor and before {@code horizon}, in change order. */
    public PanacheQuery<Standard> search(String metric, StandardScope scope, String regionCode, Integer year,
                                         ChangeQuery changes, Instant horizon, Sort sort) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (metric != null && !metric.isBlank()) {
            q.append(" and metric = :metric");
            p.and("metric", metric);
        }
        if (scope != null) {
            q.append(" and scope = :scope");
            p.and("scope", scope);
        }
        if (regionCode != null && !regionCode.isBlank()) {
            q.append(" and regionCode = :region");
            p.and("region", regionCode);
        }
        if (year != null) {
            q.append(" and year = :year");
            p.and("year", year);
        }
        if (changes != null) {
            q.append(" and ").append(changes.where("updatedAt", "id"));
            changes.bind(p, horizon, ChangeQuery::longKey);
            sort = changes.sort("updatedAt", "id");
        }
        return find(q.toString(), sort, p);
    }

    /** Standards for one of the given regions (or national ones, without a region) and the metrics given. */
    public List<Standard> applicable(List<String> regionCodes, List<String> metrics) {
        return list("(regionCode is null or regionCode in ?1) and metric in ?2 order by metric, year, code", regionCodes, metrics);
    }
}
