package org.healthplanning.indicator.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.healthplanning.platform.sync.ChangeQuery;
import org.healthplanning.indicator.domain.Plan;

@ApplicationScoped
public class PlanRepository implements PanacheRepository<Plan> {

    public Optional<Plan> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /**
     * The plan with its row locked (SELECT ... FOR UPDATE) until the transaction ends: writes that
     * replace a plan's rows or values wholesale run one after the other instead of interleaving.
     */
    public Optional<Plan> findByCodeForUpdate(String code) {
        return find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Plans of a region and/or whose period contains a year; null filters are ignored. */
    public PanacheQuery<Plan> search(String regionCode, Integer year, Sort sort) {
        return search(new StringBuilder("1 = 1"), new Parameters(), regionCode, year, sort);
    }

    /** The plans an incremental read selects, filtered as {@link #search}, in change order. */
    public PanacheQuery<Plan> changed(ChangeQuery changes, Instant horizon, String regionCode, Integer year) {
        return search(new StringBuilder(changes.where("updatedAt", "id")),
                changes.bind(new Parameters(), horizon, ChangeQuery::longKey), regionCode, year, changes.sort("updatedAt", "id"));
    }

    private PanacheQuery<Plan> search(StringBuilder q, Parameters p, String regionCode, Integer year, Sort sort) {
        if (regionCode != null && !regionCode.isBlank()) {
            q.append(" and regionCode = :region");
            p.and("region", regionCode);
        }
        if (year != null) {
            q.append(" and periodStart <= :year and periodEnd >= :year");
            p.and("year", year);
        }
        return find(q.toString(), sort, p);
    }
}
