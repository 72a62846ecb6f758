package org.healthplanning.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.healthplanning.indicator.client.RegionLookup;
import org.healthplanning.indicator.client.RegionRef;
import org.healthplanning.http.DomainException;
import org.jboss.logging.Logger;

/** Regions as facility-service knows them, through {@link RegionLookup} (typed client, cache, fault tolerance). */
@ApplicationScoped
public class FacilityRegionDirectory implements RegionDirectory {
    private static final Logger LOG = Logger.getLogger(FacilityRegionDirectory.class);

    @Inject
    RegionLookup lookup;

    @Override
    public Optional<RegionRef> find(String code) {
        try {
            return Optional.of(lookup.region(code));
        } catch (RegionLookup.UnknownRegion e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.warnf("facility-service could not be asked for region %s: %s", code, e.toString());
            throw DomainException.unavailable("facility-service, which owns the regions, cannot be reached to check region '" + code
                    + "'; nothing was changed, retry in a few seconds");
        }
    }
}
