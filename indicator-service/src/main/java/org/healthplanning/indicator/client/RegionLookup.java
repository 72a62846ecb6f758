package org.healthplanning.indicator.client;

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
 * Asks facility-service for a region. Answers are cached (a region's code and name rarely change;
 * the cache's lifetime is {@code quarkus.cache.caffeine.regions.expire-after-write}); an unknown code
 * is not cached, so a region created a moment later is found. Each call is bounded by a timeout,
 * retried on a transient failure and guarded by a circuit breaker, so an unreachable facility-service
 * costs a write a few seconds at most and then fails fast.
 */
@ApplicationScoped
public class RegionLookup {
    /** facility-service answered that no region has this code. */
    public static class UnknownRegion extends RuntimeException {
        public UnknownRegion(String code) {
            super("no region " + code, null, false, false);
        }
    }

    @Inject
    @RestClient
    FacilityRegions regions;

    @CacheResult(cacheName = "regions")
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = UnknownRegion.class)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS, skipOn = UnknownRegion.class)
    public RegionRef region(String code) {
        try {
            return regions.get(code);
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            if (status == 404 || status == 400) { // none, or a code the owner could never hold
                throw new UnknownRegion(code);
            }
            throw e;
        }
    }
}
