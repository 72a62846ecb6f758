package org.healthplanning.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.healthplanning.gateway.client.model.Page;
import org.healthplanning.gateway.client.model.ProjectSummary;

/** project-service: capital projects and what they add up to. */
@RegisterRestClient(configKey = "project-service")
@RegisterProvider(BackendResponses.class)
@Timeout
@Retry(abortOn = {BackendRefusal.class, org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException.class,
        org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException.class})
@CircuitBreaker(skipOn = BackendRefusal.class)
public interface ProjectClient extends BackendApi {
    /** The name of this call's circuit breaker (io.smallrye.faulttolerance.api.CircuitBreakerMaintenance). */
    String SUMMARY = "project-service.summary";

    /** The summary is passed on whole: the gateway reads none of it. */
    @CircuitBreakerName(SUMMARY)
    @GET
    @Path("/api/v1/plans/{planCode}/project-summary")
    Uni<ProjectSummary> summary(@PathParam("planCode") String planCode, @QueryParam("periodStart") Integer periodStart,
                                     @QueryParam("periodEnd") Integer periodEnd, @HeaderParam(AUTHORIZATION) String authorization);

    @GET
    @Path("/api/v1/projects")
    Uni<Page<Map<String, Object>>> projects(@QueryParam("regionCode") String regionCode, @QueryParam("activeInYear") int year,
                                            @QueryParam("size") int size, @HeaderParam(AUTHORIZATION) String authorization);
}
