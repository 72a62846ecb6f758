package org.healthplanning.project.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** indicator-service's plans, the owner of a plan's region and period (configured as rest-client {@code indicator-service}). */
@RegisterRestClient(configKey = "indicator-service")
@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
public interface IndicatorPlans {
    @GET
    @Path("/{code}")
    PlanRef get(@PathParam("code") String code);
}
