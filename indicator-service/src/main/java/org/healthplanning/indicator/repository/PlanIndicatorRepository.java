package org.healthplanning.indicator.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.healthplanning.indicator.domain.PlanIndicator;

@ApplicationScoped
public class PlanIndicatorRepository implements PanacheRepository<PlanIndicator> {

    /** The rows of a plan in table order. */
    public List<PlanIndicator> ofPlan(long planId) {
        return list("planId = ?1 order by position, id", planId);
    }

    /** A plan's rows, filtered (null filters are ignored) and sorted, for paging in the database. */
    public io.quarkus.hibernate.orm.panache.PanacheQuery<PlanIndicator> search(long planId, String definitionCode,
            org.healthplanning.indicator.domain.Nature nature, String category, io.quarkus.panache.common.Sort sort) {
        StringBuilder q = new StringBuilder("planId = :plan");
        io.quarkus.panache.common.Parameters p = io.quarkus.panache.common.Parameters.with("plan", planId);
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
