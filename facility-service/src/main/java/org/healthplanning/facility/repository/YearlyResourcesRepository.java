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
import org.healthplanning.facility.domain.YearlyResources;

@ApplicationScoped
public class YearlyResourcesRepository implements PanacheRepository<YearlyResources> {
    public Optional<YearlyResources> find(long facilityId, int year) {
        return find("facilityId = ?1 and year = ?2", facilityId, year).firstResultOptional();
    }

    public List<YearlyResources> ofFacility(long facilityId) {
        return list("facilityId = ?1 order by year", facilityId);
    }

    /**
     * The rows of every facility (or of one when {@code facilityId} is given); with {@code changes}, only those changed after
     * its cursor and before {@code horizon}, in change order.
     */
    public PanacheQuery<YearlyResources> search(Long facilityId, ChangeQuery changes, Instant horizon, Sort sort) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (facilityId != null) {
            q.append(" and facilityId = :parent");
            p.and("parent", facilityId);
        }
        if (changes != null) {
            q.append(" and ").append(changes.where("updatedAt", "id"));
            changes.bind(p, horizon, ChangeQuery::longKey);
            sort = changes.sort("updatedAt", "id");
        }
        return find(q.toString(), sort, p);
    }
}
