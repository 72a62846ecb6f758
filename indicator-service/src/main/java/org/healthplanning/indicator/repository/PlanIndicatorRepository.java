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
