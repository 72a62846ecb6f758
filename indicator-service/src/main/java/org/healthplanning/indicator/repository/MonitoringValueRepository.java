package org.healthplanning.indicator.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.healthplanning.indicator.domain.MonitoringValue;

@ApplicationScoped
public class MonitoringValueRepository implements PanacheRepository<MonitoringValue> {

    public List<MonitoringValue> ofIndicator(long indicatorId) {
        return list("indicatorId = ?1 order by year", indicatorId);
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
}
