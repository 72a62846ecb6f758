package org.healthplanning.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.healthplanning.gateway.client.model.AuditRow;
import org.healthplanning.gateway.client.model.Deletion;
import org.healthplanning.gateway.client.model.Page;

/**
 * What every backend answers alike (the platform's operations): its audit trail, its deletion feed
 * and its OpenAPI document. Each backend's client adds its own operations; all are guarded by
 * SmallRye Fault Tolerance with the backend's settings (application.properties, "Backends").
 */
@Produces(MediaType.APPLICATION_JSON)
public interface BackendApi {
    String AUTHORIZATION = "Authorization";

    @GET
    @Path("/api/v1/audit")
    Uni<Page<AuditRow>> audit(@QueryParam("page") int page, @QueryParam("size") int size,
                              @QueryParam("resourceType") String resourceType, @QueryParam("key") String key,
                              @QueryParam("from") String from, @QueryParam("to") String to,
                              @HeaderParam(AUTHORIZATION) String authorization);

    @GET
    @Path("/api/v1/deletions")
    Uni<Page<Deletion>> deletions(@QueryParam("size") int size, @QueryParam("since") String since,
                                  @QueryParam("after") String after, @QueryParam("resourceType") String resourceType,
                                  @HeaderParam(AUTHORIZATION) String authorization);
}
