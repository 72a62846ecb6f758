package org.healthplanning.project.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.healthplanning.platform.sync.ChangeQuery;
import org.healthplanning.project.domain.DeclaredTotals;

@ApplicationScoped
public class DeclaredTotalsRepository implements PanacheRepositoryBase<DeclaredTotals, String> {

    /**
     * Every plan's declared totals, or one plan's when {@code planCode} is given; with {@code change}, only
     * those changed after its cursor and before {@code horizon} (the key, plan_code, orders ties).
     */
    public PanacheQuery<DeclaredTotals> search(String planCode, ChangeQuery change, Instant horizon, Sort sort) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (change != null) {
            q.append(" and ").append(change.where("updatedAt", "planCode"));
            change.bind(p, horizon, k -> k);
        }
        if (planCode != null && !planCode.isBlank()) {
            q.append(" and planCode = :plan");
            p.and("plan", planCode.trim());
        }
        return find(q.toString(), sort, p);
    }
}
