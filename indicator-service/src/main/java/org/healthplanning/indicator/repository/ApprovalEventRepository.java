package org.healthplanning.indicator.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.healthplanning.indicator.api.Approval;

/** The history of approval transitions (table {@code approval_event}). */
@ApplicationScoped
public class ApprovalEventRepository {
    @Inject
    EntityManager em;

    /** Records one transition; its time is the transaction's start ({@code now()}). */
    public void record(long planId, int year, String action, String fromState, String toState, String actor, String comment, int values) {
        em.createNativeQuery("insert into approval_event (plan_id, year, action, from_state, to_state, actor, comment, value_count)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, planId).setParameter(2, year).setParameter(3, action).setParameter(4, fromState)
                .setParameter(5, toState).setParameter(6, actor).setParameter(7, comment).setParameter(8, values)
                .executeUpdate();
    }

    /** A transition and its year. */
    public record YearEvent(int year, Approval.Event event) {
    }

    /** The plan's transitions (of one year, or of all when {@code year} is null), newest first. */
    public List<YearEvent> history(long planId, Integer year) {
        var query = em.createNativeQuery("select year, action, from_state, to_state, actor, at, comment, value_count"
                + " from approval_event where plan_id = ?1" + (year == null ? "" : " and year = ?2")
                + " order by at desc, id desc", Tuple.class).setParameter(1, planId);
        if (year != null) {
            query.setParameter(2, year);
        }
        List<YearEvent> out = new ArrayList<>();
        for (Object o : query.getResultList()) {
            Tuple t = (Tuple) o;
            out.add(new YearEvent(((Number) t.get(0)).intValue(), new Approval.Event((String) t.get(1), (String) t.get(2),
                    (String) t.get(3), (String) t.get(4), time(t.get(5)), (String) t.get(6), ((Number) t.get(7)).intValue())));
        }
        return out;
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.time.ZonedDateTime z) {
            return z.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected time " + value);
    }
}
