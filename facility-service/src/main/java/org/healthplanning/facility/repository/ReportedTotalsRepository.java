package org.healthplanning.facility.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.healthplanning.platform.sync.ChangeQuery;
import org.healthplanning.facility.domain.ReportedTotals;

@ApplicationScoped
public class ReportedTotalsRepository implements PanacheRepository<ReportedTotals> {
    public Optional<ReportedTotals> find(String regionCode, int year) {
        return find("regionCode = ?1 and year = ?2", regionCode, year).firstResultOptional();
    }

    public List<ReportedTotals> ofRegion(String regionCode) {
        return list("regionCode = ?1 order by year", regionCode);
    }

    /**
     * The rows of every region (or of one when {@code regionCode} is given); with {@code changes}, only those changed after
     * its cursor and before {@code horizon}, in change order.
     */
    public PanacheQuery<ReportedTotals> search(String regionCode, ChangeQuery changes, Instant horizon, Sort sort) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (regionCode != null) {
            q.append(" and regionCode = :parent");
            p.and("parent", regionCode);
        }
        if (changes != null) {
            q.append(" and ").append(changes.where("updatedAt", "id"));
            changes.bind(p, horizon, ChangeQuery::longKey);
            sort = changes.sort("updatedAt", "id");
        }
        return find(q.toString(), sort, p);
    }
}
