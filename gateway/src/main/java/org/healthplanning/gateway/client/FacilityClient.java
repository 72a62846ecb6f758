package org.healthplanning.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.healthplanning.gateway.client.model.Region;
import org.healthplanning.gateway.client.model.RegionGap;
import org.healthplanning.gateway.client.model.RegionRatios;

/** facility-service: regions, their population and health resources, the ratios per 1000 residents. */
@RegisterRestClient(configKey = "facility-service")
@RegisterProvider(BackendResponses.class)
@Timeout
@Retry(abortOn = {BackendRefusal.class, org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException.class,
        org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException.class})
@CircuitBreaker(skipOn = BackendRefusal.class)
public interface FacilityClient extends BackendApi {
    /** The name of this call's circuit breaker (io.smallrye.faulttolerance.api.CircuitBreakerMaintenance). */
    String RATIOS = "facility-service.ratios";


    /** The region is passed on whole. */
    @GET
    @Path("/api/v1/regions/{code}")
    Uni<Region> region(@PathParam("code") String code, @HeaderParam(AUTHORIZATION) String authorization);

    @CircuitBreakerName(RATIOS)
    @GET
    @Path("/api/v1/regions/{code}/ratios")
    Uni<RegionRatios> ratios(@PathParam("code") String code, @QueryParam("year") int year,
                             @HeaderParam(AUTHORIZATION) String authorization);

    /** The region's standing against each applicable standard of the target year (or of no year). */
    @GET
    @Path("/api/v1/regions/{code}/gaps")
    Uni<List<RegionGap>> gaps(@PathParam("code") String code, @QueryParam("targetYear") Integer targetYear,
                              @HeaderParam(AUTHORIZATION) String authorization);

    @GET
    @Path("/api/v1/regions/{code}/ratios/series")
    Uni<List<RegionRatios>> ratiosSeries(@PathParam("code") String code, @QueryParam("from") int from, @QueryParam("to") int to,
                                         @HeaderParam(AUTHORIZATION) String authorization);
}
