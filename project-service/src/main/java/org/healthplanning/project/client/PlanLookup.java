package org.healthplanning.project.client;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Asks indicator-service for a plan. Answers are cached briefly
 * ({@code quarkus.cache.caffeine.plans.expire-after-write}); an unknown code is not cached, so a plan
 * created a moment later is found. Each call is bounded by a timeout, retried on a transient failure
 * and guarded by a circuit breaker, so an unreachable indicator-service costs a request a few seconds
 * at most and then fails fast.
 */
@ApplicationScoped
public class PlanLookup {
    /** indicator-service answered that no plan has this code. */
    public static class UnknownPlan extends RuntimeException {
        public UnknownPlan(String code) {
            super("no plan " + code, null, false, false);
        }
    }

    @Inject
    @RestClient
    IndicatorPlans plans;

    @CacheResult(cacheName = "plans")
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = UnknownPlan.class)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS, skipOn = UnknownPlan.class)
    public PlanRef plan(String code) {
        try {
            return plans.get(code);
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            if (status == 404 || status == 400) { // none, or a code the owner could never hold
                throw new UnknownPlan(code);
            }
            throw e;
        }
    }
}
