package org.healthplanning.facility.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.healthplanning.facility.domain.ReportedTotals;

@ApplicationScoped
public class ReportedTotalsRepository implements PanacheRepository<ReportedTotals> {
    public Optional<ReportedTotals> find(String regionCode, int year) {
        return find("regionCode = ?1 and year = ?2", regionCode, year).firstResultOptional();
    }

    public List<ReportedTotals> ofRegion(String regionCode) {
        return list("regionCode = ?1 order by year", regionCode);
    }
}
