package org.healthplanning.gateway.rest;

import org.healthplanning.http.QueryParams;
import org.healthplanning.gateway.api.PlanOverview;
import org.healthplanning.http.Problem;
import org.healthplanning.gateway.api.RegionDashboard;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthplanning.gateway.service.OverviewService;

/** The gateway's own views, joined from the three backends. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ViewResource {
    @Inject
    JsonAnswers answers;

    @Inject
    OverviewService service;

    @GET
    @Path("/plans/{planCode}/overview")
    @Tag(name = "Plan overviews", description = "A plan joined by the gateway with its evaluation, projects and resource ratios")
    @SecurityRequirements
    @Operation(operationId = "getPlanOverview", summary = "Get a plan overview", description = ApiDocs.OVERVIEW_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The overview (sections of backends that did not answer are null)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanOverview.class)))
    @APIResponse(responseCode = "400", description = "A malformed year, or a request a backend refused",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad year", value = ApiDocs.OVERVIEW_BAD_YEAR)))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiDocs.PLAN_NOT_FOUND)))
    public Uni<Response> overview(@Parameter(description = "Plan code", example = "tongliang-14th",
                                          schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"))
                                  @PathParam("planCode") String planCode,
                                  @Parameter(description = "Calendar year of the ratios and the evaluation (default: the "
                                          + "evaluation's latest year)", example = "2023", schema = @Schema(type = SchemaType.INTEGER,
                                          format = "int32", minimum = "1949", maximum = "2100"))
                                  @QueryParam("year") String year,
                                  @Parameter(description = "Evaluate with approved monitoring values only (true), or with every value"
                                          + " (false, the default; valuesNotApproved then counts the ones not yet approved)",
                                          example = "true", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                                  @QueryParam("approvedOnly") String approvedOnly,
                                  @Parameter(hidden = true) @HeaderParam("Authorization") String authorization) {
        Integer y = QueryParams.year("year", year);
        return service.overview(planCode, y, QueryParams.bool("approvedOnly", approvedOnly), authorization).map(answers::ok);
    }

    @GET
    @Path("/regions/{code}/dashboard")
    @Tag(name = "Region dashboards", description = "A region joined by the gateway with its plans, ratios and active projects")
    @SecurityRequirements
    @Operation(operationId = "getRegionDashboard", summary = "Get a region dashboard", description = ApiDocs.DASHBOARD_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The dashboard (sections of backends that did not answer are null)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionDashboard.class)))
    @APIResponse(responseCode = "400", description = "A malformed year, or a region code a backend refused",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad year", value = ApiDocs.DASHBOARD_BAD_YEAR)))
    @APIResponse(responseCode = "404", description = "No such region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiDocs.REGION_NOT_FOUND)))
    public Uni<Response> dashboard(@Parameter(description = "Region code (GB/T 2260)", example = "500151",
                                           schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9A-Za-z_-]{1,32}$"))
                                   @PathParam("code") String code,
                                   @Parameter(description = "Calendar year of the ratios and active projects (default: the "
                                           + "current year)", example = "2025", schema = @Schema(type = SchemaType.INTEGER,
                                           format = "int32", minimum = "1949", maximum = "2100"))
                                   @QueryParam("year") String year,
                                  @Parameter(hidden = true) @HeaderParam("Authorization") String authorization) {
        Integer y = QueryParams.year("year", year);
        return service.dashboard(code, y, authorization).map(answers::ok);
    }

}
