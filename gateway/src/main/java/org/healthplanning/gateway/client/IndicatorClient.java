package org.healthplanning.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import java.util.List;
import org.healthplanning.gateway.client.model.Evaluation;
import org.healthplanning.gateway.client.model.MonitoringValue;
import org.healthplanning.gateway.client.model.Page;
import org.healthplanning.gateway.client.model.Plan;
import org.healthplanning.gateway.client.model.PlanCheck;
import org.healthplanning.gateway.client.model.PlanIndicator;

/** indicator-service: plans, their indicator tables and evaluations, the indicator catalogue. */
@RegisterRestClient(configKey = "indicator-service")
@RegisterProvider(BackendResponses.class)
@Timeout
@Retry(abortOn = {BackendRefusal.class, org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException.class,
        org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException.class})
@CircuitBreaker(skipOn = BackendRefusal.class)
public interface IndicatorClient extends BackendApi {

    @GET
    @Path("/api/v1/plans/{planCode}")
    Uni<Plan> plan(@PathParam("planCode") String planCode, @HeaderParam(AUTHORIZATION) String authorization);

    @GET
    @Path("/api/v1/plans")
    Uni<Page<Plan>> plans(@QueryParam("regionCode") String regionCode, @QueryParam("size") int size,
                                         @HeaderParam(AUTHORIZATION) String authorization);

    @GET
    @Path("/api/v1/plans/{planCode}/evaluation")
    Uni<Evaluation> evaluation(@PathParam("planCode") String planCode, @QueryParam("year") Integer year,
                               @QueryParam("approvedOnly") Boolean approvedOnly, @HeaderParam(AUTHORIZATION) String authorization);

    /** The plan's indicator table, in table order (the report reads each row's category and unit). */
    @GET
    @Path("/api/v1/plans/{planCode}/indicators")
    Uni<Page<PlanIndicator>> indicators(@PathParam("planCode") String planCode, @QueryParam("size") int size,
                                        @HeaderParam(AUTHORIZATION) String authorization);

    /** One page of the monitoring values of the plan's rows, every year (the report's trajectories and sources). */
    @GET
    @Path("/api/v1/monitoring-values")
    Uni<Page<MonitoringValue>> monitoringValues(@QueryParam("planCode") String planCode, @QueryParam("page") int page,
                                                @QueryParam("size") int size, @HeaderParam(AUTHORIZATION) String authorization);

    /** The findings of the plan's checks (an array). */
    @GET
    @Path("/api/v1/plans/{planCode}/checks")
    Uni<List<PlanCheck>> checks(@PathParam("planCode") String planCode, @HeaderParam(AUTHORIZATION) String authorization);
}
