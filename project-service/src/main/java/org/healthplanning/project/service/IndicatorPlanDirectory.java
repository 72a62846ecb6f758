package org.healthplanning.project.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.healthplanning.http.DomainException;
import org.healthplanning.project.client.PlanLookup;
import org.healthplanning.project.client.PlanRef;
import org.jboss.logging.Logger;

/** Plans as indicator-service knows them, through {@link PlanLookup} (typed client, cache, fault tolerance). */
@ApplicationScoped
public class IndicatorPlanDirectory implements PlanDirectory {
    private static final Logger LOG = Logger.getLogger(IndicatorPlanDirectory.class);

    @Inject
    PlanLookup lookup;

    @Override
    public Optional<PlanRef> find(String code) {
        try {
            return Optional.of(lookup.plan(code));
        } catch (PlanLookup.UnknownPlan e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.warnf("indicator-service could not be asked for plan %s: %s", code, e.toString());
            throw DomainException.unavailable("indicator-service, which owns the plans, cannot be reached to learn plan '" + code
                    + "'; nothing was changed, retry in a few seconds");
        }
    }
}
