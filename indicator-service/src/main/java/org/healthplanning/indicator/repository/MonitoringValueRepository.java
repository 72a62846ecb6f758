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

    public long deleteOfIndicators(Collection<Long> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return 0;
        }
        return delete("indicatorId in ?1", indicatorIds);
    }
}
