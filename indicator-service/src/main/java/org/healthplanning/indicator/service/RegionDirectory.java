package org.healthplanning.indicator.service;

import java.util.Optional;
import org.healthplanning.indicator.client.RegionRef;

/** The regions this service refers to; facility-service owns them. */
public interface RegionDirectory {
    /**
     * The region with this code, or empty when there is none. Throws a 503 {@code DomainException}
     * when the owner cannot be asked now.
     */
    Optional<RegionRef> find(String code);
}
