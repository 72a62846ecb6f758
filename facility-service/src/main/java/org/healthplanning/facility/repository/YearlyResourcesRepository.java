package org.healthplanning.facility.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.healthplanning.facility.domain.YearlyResources;

@ApplicationScoped
public class YearlyResourcesRepository implements PanacheRepository<YearlyResources> {
    public Optional<YearlyResources> find(long facilityId, int year) {
        return find("facilityId = ?1 and year = ?2", facilityId, year).firstResultOptional();
    }

    public List<YearlyResources> ofFacility(long facilityId) {
        return list("facilityId = ?1 order by year", facilityId);
    }
}
