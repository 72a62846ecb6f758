package org.healthplanning.indicator.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** facility-service's regions, the owner of region codes and names (configured as rest-client {@code facility-service}). */
@RegisterRestClient(configKey = "facility-service")
@Path("/api/v1/regions")
@Produces(MediaType.APPLICATION_JSON)
public interface FacilityRegions {
    @GET
    @Path("/{code}")
    RegionRef get(@PathParam("code") String code);
}
