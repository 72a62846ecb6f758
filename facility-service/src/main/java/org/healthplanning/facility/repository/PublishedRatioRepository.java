package org.healthplanning.facility.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.healthplanning.facility.domain.PublishedRatio;
import org.healthplanning.platform.sync.ChangeQuery;

@ApplicationScoped
public class PublishedRatioRepository implements PanacheRepository<PublishedRatio> {
    public Optional<PublishedRatio> find(String regionCode, int year, String metric) {
        return find("regionCode = ?1 and year = ?2 and metric = ?3", regionCode, year, metric).firstResultOptional();
    }

    /** The region's published ratios (of one year when {@code year} is given), by year. */
    public List<PublishedRatio> ofRegion(String regionCode, Integer year) {
        if (year == null) {
            return list("regionCode = ?1 order by year, id", regionCode);
        }
        return list("regionCode = ?1 and year = ?2 order by year, id", regionCode, year);
    }

    /**
     * The rows of every region (or of one when {@code regionCode} is given); with {@code changes}, only those changed after
     * its cursor and before {@code horizon}, in change order.
     */
    public PanacheQuery<PublishedRatio> search(String regionCode, ChangeQuery changes, Instant horizon, Sort sort) {
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
