package org.healthplanning.indicator.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.healthplanning.indicator.domain.ApprovalState;
import org.healthplanning.indicator.domain.MonitoringValue;
import org.healthplanning.platform.sync.ChangeQuery;

@ApplicationScoped
public class MonitoringValueRepository implements PanacheRepository<MonitoringValue> {

    public List<MonitoringValue> ofIndicator(long indicatorId) {
        return list("indicatorId = ?1 order by year", indicatorId);
    }

    /**
     * The values an incremental read selects: of one row (indicatorId not null), of one plan (planId not null)
     * or of all, in change order.
     */
    public PanacheQuery<MonitoringValue> changed(ChangeQuery changes, Instant horizon, Long planId, Long indicatorId) {
        StringBuilder q = new StringBuilder(changes.where("updatedAt", "id"));
        Parameters p = changes.bind(new Parameters(), horizon, ChangeQuery::longKey);
        return find(filtered(q, p, planId, indicatorId), changes.sort("updatedAt", "id"), p);
    }

    /** Every value (or one plan's, planId not null), by row and year, for paging in the database. */
    public PanacheQuery<MonitoringValue> all(Long planId) {
        Parameters p = new Parameters();
        return find(filtered(new StringBuilder("1 = 1"), p, planId, null), Sort.by("indicatorId").and("year").and("id"), p);
    }

    private static String filtered(StringBuilder q, Parameters p, Long planId, Long indicatorId) {
        if (indicatorId != null) {
            q.append(" and indicatorId = :indicator");
            p.and("indicator", indicatorId);
        }
        if (planId != null) {
            q.append(" and indicatorId in (select i.id from PlanIndicator i where i.planId = :plan)");
            p.and("plan", planId);
        }
        return q.toString();
    }

    public Optional<MonitoringValue> find(long indicatorId, int year) {
        return find("indicatorId = ?1 and year = ?2", indicatorId, year).firstResultOptional();
    }

    public List<MonitoringValue> ofIndicators(Collection<Long> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return List.of();
        }
        return list("indicatorId in ?1 order by indicatorId, year", indicatorIds);
    }

    /** "indicatorId/year" of every value of a plan's rows. */
    public java.util.Set<String> keysOfPlan(long planId) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Object[] k : getEntityManager().createQuery("select v.indicatorId, v.year from MonitoringValue v"
                + " where v.indicatorId in (select i.id from PlanIndicator i where i.planId = :plan)", Object[].class)
                .setParameter("plan", planId).getResultList()) {
            keys.add(k[0] + "/" + k[1]);
        }
        return keys;
    }

    public long deleteOfPlan(long planId) {
        return delete("indicatorId in (select i.id from PlanIndicator i where i.planId = ?1)", planId);
    }

    /**
     * Replaces existing values in JDBC batches; a value whose content is unchanged keeps its version. A written
     * value becomes DRAFT (a RETURNED one sent unchanged too); the caller has refused changes to locked ones.
     */
    public void updateAll(List<MonitoringValue> changed) {
        if (changed.isEmpty()) {
            return;
        }
        getEntityManager().unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement ps = connection.prepareStatement(
                    "update monitoring_value set value = ?, raw = ?, status = ?, source = ?, note = ?, version = version + 1,"
                            + " approval_state = 'DRAFT'"
                            + " where indicator_id = ? and year = ? and (value <> ? or raw is distinct from ? or status <> ?"
                            + " or source is distinct from ? or note is distinct from ? or approval_state = 'RETURNED')")) {
                int n = 0;
                for (MonitoringValue v : changed) {
                    ps.setBigDecimal(1, v.value);
                    ps.setString(2, v.raw);
                    ps.setString(3, v.status.name());
                    ps.setString(4, v.source);
                    ps.setString(5, v.note);
                    ps.setLong(6, v.indicatorId);
                    ps.setInt(7, v.year);
                    ps.setBigDecimal(8, v.value);
                    ps.setString(9, v.raw);
                    ps.setString(10, v.status.name());
                    ps.setString(11, v.source);
                    ps.setString(12, v.note);
                    ps.addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        });
    }

    /** Inserts new values in JDBC batches, within the current transaction. */
    public void insertAll(List<MonitoringValue> fresh) {
        if (fresh.isEmpty()) {
            return;
        }
        getEntityManager().unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement ps = connection.prepareStatement(
                    "insert into monitoring_value (indicator_id, year, value, raw, status, source, note, version)"
                            + " values (?, ?, ?, ?, ?, ?, ?, 0)")) {
                int n = 0;
                for (MonitoringValue v : fresh) {
                    ps.setLong(1, v.indicatorId);
                    ps.setInt(2, v.year);
                    ps.setBigDecimal(3, v.value);
                    ps.setString(4, v.raw);
                    ps.setString(5, v.status.name());
                    ps.setString(6, v.source);
                    ps.setString(7, v.note);
                    ps.addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        });
    }

    public long deleteOfIndicators(Collection<Long> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return 0;
        }
        return delete("indicatorId in ?1", indicatorIds);
    }

    private static final String OF_PLAN = "indicatorId in (select i.id from PlanIndicator i where i.planId = ?1)";

    /** The plan's SUBMITTED and APPROVED values (which cannot be changed or deleted), by row and year. */
    public List<MonitoringValue> lockedOfPlan(long planId) {
        return list(OF_PLAN + " and approvalState in ?2 order by indicatorId, year", planId, ApprovalState.LOCKED);
    }

    /** The SUBMITTED and APPROVED values of these rows, by row and year. */
    public List<MonitoringValue> lockedOfIndicators(Collection<Long> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return List.of();
        }
        return list("indicatorId in ?1 and approvalState in ?2 order by indicatorId, year", indicatorIds, ApprovalState.LOCKED);
    }

    /** Deletes the plan's DRAFT and RETURNED values (an import with mode=replace keeps the locked ones). */
    public long deleteUnlockedOfPlan(long planId) {
        return delete(OF_PLAN + " and approvalState not in ?2", planId, ApprovalState.LOCKED);
    }

    /** How many of the plan's values each year has in each approval state (a year only when it has values). */
    public java.util.SortedMap<Integer, java.util.Map<ApprovalState, Integer>> approvalCounts(long planId, Integer year) {
        java.util.SortedMap<Integer, java.util.Map<ApprovalState, Integer>> out = new java.util.TreeMap<>();
        var query = getEntityManager().createQuery("select v.year, v.approvalState, count(v) from MonitoringValue v"
                        + " where v.indicatorId in (select i.id from PlanIndicator i where i.planId = :plan)"
                        + (year == null ? "" : " and v.year = :year") + " group by v.year, v.approvalState", Object[].class)
                .setParameter("plan", planId);
        if (year != null) {
            query.setParameter("year", year);
        }
        for (Object[] r : query.getResultList()) {
            out.computeIfAbsent((Integer) r[0], k -> new java.util.EnumMap<>(ApprovalState.class))
                    .put((ApprovalState) r[1], ((Number) r[2]).intValue());
        }
        return out;
    }

    /**
     * Moves the plan's values of one year from any of {@code from} to {@code to} (a new version each, so
     * an edit read before cannot overwrite them); answers how many moved.
     */
    public int transition(long planId, int year, Collection<ApprovalState> from, ApprovalState to) {
        return update("approvalState = ?1, version = version + 1 where year = ?2 and approvalState in ?3"
                + " and indicatorId in (select i.id from PlanIndicator i where i.planId = ?4)", to, year, from, planId);
    }
}
