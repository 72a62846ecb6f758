package org.healthplanning.project.service;

import java.util.Optional;
import org.healthplanning.project.client.PlanRef;

/** The plans projects belong to; indicator-service owns them (code, region, period). */
public interface PlanDirectory {
    /**
     * The plan with this code, or empty when there is none. Throws a 503 {@code DomainException} when
     * the owner cannot be asked now.
     */
    Optional<PlanRef> find(String code);
}
