package org.healthplanning.indicator.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.healthplanning.indicator.domain.Direction;
import org.healthplanning.indicator.domain.IndicatorDefinition;
import org.healthplanning.platform.sync.ChangeQuery;

@ApplicationScoped
public class IndicatorDefinitionRepository implements PanacheRepository<IndicatorDefinition> {

    public Optional<IndicatorDefinition> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The whole catalogue with its aliases, in one query. */
    public List<IndicatorDefinition> listWithAliases() {
        return getEntityManager()
                .createQuery("select distinct d from IndicatorDefinition d left join fetch d.aliases", IndicatorDefinition.class)
                .getResultList();
    }

    /** Definitions whose code, name or an alias contains {@code q}; null filters are ignored. */
    public PanacheQuery<IndicatorDefinition> search(String q, Direction direction, String resourceMetric, Sort sort) {
        return search(new StringBuilder("1 = 1"), new Parameters(), q, direction, resourceMetric, sort);
    }

    /** The definitions an incremental read selects, filtered as {@link #search}, in change order. */
    public PanacheQuery<IndicatorDefinition> changed(ChangeQuery changes, Instant horizon, String q, Direction direction,
                                                     String resourceMetric) {
        return search(new StringBuilder(changes.where("updatedAt", "id")), changes.bind(new Parameters(), horizon, ChangeQuery::longKey),
                q, direction, resourceMetric, changes.sort("updatedAt", "id"));
    }

    private PanacheQuery<IndicatorDefinition> search(StringBuilder where, Parameters p, String q, Direction direction,
                                                     String resourceMetric, Sort sort) {
        if (q != null && !q.isBlank()) {
            List<Long> ids = getEntityManager().createQuery(
                            "select distinct d.id from IndicatorDefinition d left join d.aliases a where lower(d.code) like :q escape '\\'"
                                    + " or lower(d.name) like :q escape '\\' or lower(d.nameEn) like :q escape '\\'"
                                    + " or lower(a) like :q escape '\\'", Long.class)
                    // the text is found as given: % and _ in it are not wildcards
                    .setParameter("q", org.healthplanning.http.QueryParams.likeContains(q.trim())).getResultList();
            where.append(" and id in :ids");
            p.and("ids", ids.isEmpty() ? List.of(-1L) : ids);
        }
        if (direction != null) {
            where.append(" and direction = :direction");
            p.and("direction", direction);
        }
        if (resourceMetric != null && !resourceMetric.isBlank()) {
            where.append(" and resourceMetric = :metric");
            p.and("metric", resourceMetric);
        }
        return find(where.toString(), sort, p);
    }
}
