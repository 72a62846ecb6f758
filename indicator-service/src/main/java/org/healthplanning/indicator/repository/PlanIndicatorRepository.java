package org.healthplanning.indicator.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.healthplanning.indicator.domain.PlanIndicator;
import org.healthplanning.platform.sync.ChangeQuery;

@ApplicationScoped
public class PlanIndicatorRepository implements PanacheRepository<PlanIndicator> {

    /** The rows of a plan in table order. */
    public List<PlanIndicator> ofPlan(long planId) {
        return list("planId = ?1 order by position, id", planId);
    }

    /** A plan's rows, filtered (null filters are ignored) and sorted, for paging in the database. */
    public io.quarkus.hibernate.orm.panache.PanacheQuery<PlanIndicator> search(long planId, String definitionCode,
            org.healthplanning.indicator.domain.Nature nature, String category, io.quarkus.panache.common.Sort sort) {
        return search(new StringBuilder("planId = :plan"), io.quarkus.panache.common.Parameters.with("plan", planId),
                definitionCode, nature, category, sort);
    }

    /**
     * The rows an incremental read selects, of one plan or (planId null) of all, filtered as {@link #search},
     * in change order.
     */
    public io.quarkus.hibernate.orm.panache.PanacheQuery<PlanIndicator> changed(ChangeQuery changes, Instant horizon, Long planId,
            String definitionCode, org.healthplanning.indicator.domain.Nature nature, String category) {
        StringBuilder q = new StringBuilder(changes.where("updatedAt", "id"));
        io.quarkus.panache.common.Parameters p = changes.bind(new io.quarkus.panache.common.Parameters(), horizon, ChangeQuery::longKey);
        if (planId != null) {
            q.append(" and planId = :plan");
            p.and("plan", planId);
        }
        return search(q, p, definitionCode, nature, category, changes.sort("updatedAt", "id"));
    }

    /** Every plan's rows (or one plan's, planId not null), in plan and table order, for paging in the database. */
    public io.quarkus.hibernate.orm.panache.PanacheQuery<PlanIndicator> all(Long planId) {
        return planId == null ? findAll(io.quarkus.panache.common.Sort.by("planId").and("position").and("id"))
                : find("planId", io.quarkus.panache.common.Sort.by("position").and("id"), planId);
    }

    private io.quarkus.hibernate.orm.panache.PanacheQuery<PlanIndicator> search(StringBuilder q, io.quarkus.panache.common.Parameters p,
            String definitionCode, org.healthplanning.indicator.domain.Nature nature, String category, io.quarkus.panache.common.Sort sort) {
        if (definitionCode != null) {
            q.append(" and definitionCode = :definition");
            p.and("definition", definitionCode);
        }
        if (nature != null) {
            q.append(" and nature = :nature");
            p.and("nature", nature);
        }
        if (category != null) {
            q.append(" and category = :category");
            p.and("category", category);
        }
        return find(q.toString(), sort, p);
    }

    /** The ids of a plan's rows, without loading them. */
    public java.util.Set<Long> idsOfPlan(long planId) {
        return new java.util.HashSet<>(getEntityManager()
                .createQuery("select i.id from PlanIndicator i where i.planId = :plan", Long.class)
                .setParameter("plan", planId).getResultList());
    }

    public Optional<PlanIndicator> findInPlan(long planId, long id) {
        return find("planId = ?1 and id = ?2", planId, id).firstResultOptional();
    }

    public List<PlanIndicator> linkedTo(String definitionCode) {
        return list("definitionCode = ?1 order by planId, position, id", definitionCode);
    }

    /** The rows of these plans linked to the definition, in table order. */
    public List<PlanIndicator> linkedTo(String definitionCode, java.util.Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return list("definitionCode = ?1 and planId in ?2 order by planId, position, id", definitionCode, planIds);
    }

    public List<PlanIndicator> unlinked() {
        return list("definitionCode is null");
    }

    public int maxPosition(long planId) {
        Integer max = getEntityManager()
                .createQuery("select max(i.position) from PlanIndicator i where i.planId = :plan", Integer.class)
                .setParameter("plan", planId).getSingleResult();
        return max == null ? 0 : max;
    }

    /** Moves rows at or after {@code position} one place down to make room. */
    public void shiftFrom(long planId, int position) {
        update("position = position + 1 where planId = ?1 and position >= ?2", planId, position);
    }
}
