package org.healthplanning.indicator.rest;

import org.healthplanning.platform.http.PageRequest;
import org.healthplanning.platform.http.PageResponse;
import org.healthplanning.platform.http.QueryParams;
import org.healthplanning.platform.http.Versions;
import org.healthplanning.platform.problem.DomainException;
import org.healthplanning.platform.problem.Problem;
import org.healthplanning.platform.security.Caller;

import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthplanning.indicator.domain.Plan;
import org.healthplanning.indicator.service.PlanService;

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Five-year health development plans")
public class PlanResource {
    static final String PLAN_EXAMPLE = """
            {"code": "tongliang-14th", "regionCode": "500151", "regionName": "重庆市铜梁区",
             "title": "重庆市铜梁区卫生健康发展“十四五”规划", "periodStart": 2021, "periodEnd": 2025,
             "baselineYear": 2020, "targetYear": 2025, "issuer": "重庆市铜梁区卫生健康委员会", "version": 0}""";
    static final String PAGE_EXAMPLE = "{\"items\": [" + PLAN_EXAMPLE + "], \"page\": 0, \"size\": 50, \"total\": 1}";
    static final String BAD_REQUEST_EXAMPLE = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "regionCode: must not be blank", "instance": "/api/v1/plans",
             "errors": [{"field": "regionCode", "message": "must not be blank"}]}""";
    static final String NOT_FOUND_EXAMPLE = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Plan 'xx-14th' does not exist", "instance": "/api/v1/plans/xx-14th"}""";
    static final String PRECONDITION_EXAMPLE = """
            {"type": "/problems/precondition-failed", "title": "Precondition failed", "status": 412,
             "detail": "The resource has changed: its current version is 3", "instance": "/api/v1/plans/tongliang-14th"}""";

    @Inject
    PlanService service;

    @GET
    @Operation(summary = "List plans", description = "Pages through plans, optionally of one region or covering one year.")
    @APIResponse(responseCode = "200", description = "A page of plans",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Bad paging or sorting parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<Plan> list(
            @Parameter(description = "Region code", example = "500151") @QueryParam("regionCode") String regionCode,
            @Parameter(description = "A year the plan period contains", example = "2023") @QueryParam("year") String year,
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1-500", example = "50") @QueryParam("size") String size,
            @Parameter(description = "Sort field, '-' for descending: code, regionCode, title, periodStart, periodEnd", example = "-periodStart")
            @QueryParam("sort") String sort) {
        return service.list(regionCode, QueryParams.year("year", year), PageRequest.of(page, size, sort, PlanService.SORTABLE, "code"));
    }

    @GET
    @Path("/{planCode}")
    @Operation(summary = "Get a plan")
    @APIResponse(responseCode = "200", description = "The plan; its version is also in ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Plan.class),
                    examples = @ExampleObject(name = "plan", value = PLAN_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not found", value = NOT_FOUND_EXAMPLE)))
    public Response get(@Parameter(example = "tongliang-14th") @PathParam("planCode") String planCode) {
        Plan plan = service.find(planCode).orElseThrow(() -> DomainException.notFound("Plan", planCode));
        return Response.ok(plan).tag(Versions.etag(plan.version)).build();
    }

    @POST
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No valid bearer token (none, malformed, expired or bad signature)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token may not write this plan's region (editor of other regions, or no editor/admin role)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "forbidden", value = ApiDocs.FORBIDDEN_REGION)))
    @Operation(summary = "Create a plan")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Plan.class), examples = @ExampleObject(name = "plan", value = PLAN_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "plan", value = PLAN_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid plan; the problem names each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "missing region", value = BAD_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "A plan with this code exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull Plan plan, @Context UriInfo uri) {
        Plan created = service.create(plan);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code).build())
                .entity(created).tag(Versions.etag(created.version)).build();
    }

    @PUT
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No valid bearer token (none, malformed, expired or bad signature)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token may not write this plan's region (editor of other regions, or no editor/admin role)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "forbidden", value = ApiDocs.FORBIDDEN_REGION)))
    @Path("/{planCode}")
    @Operation(summary = "Create or replace a plan",
            description = "Idempotent upsert by code. Send If-Match with the ETag you read to make sure nobody changed it since.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Plan.class), examples = @ExampleObject(name = "plan", value = PLAN_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "plan", value = PLAN_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "plan", value = PLAN_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "missing region", value = BAD_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "stale", value = PRECONDITION_EXAMPLE)))
    public Response put(@Parameter(example = "tongliang-14th") @PathParam("planCode") String planCode,
                        @Parameter(description = "ETag last read", example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
                        @HeaderParam("If-Match") String ifMatch,
                        @Valid @NotNull Plan plan, @Context UriInfo uri) {
        PlanService.Upsert result = service.upsert(planCode, plan, ifMatch);
        Response.ResponseBuilder rb = result.created()
                ? Response.created(uri.getAbsolutePath())
                : Response.ok();
        return rb.entity(result.plan()).tag(Versions.etag(result.plan().version)).build();
    }

    @DELETE
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No valid bearer token (none, malformed, expired or bad signature)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token may not write this plan's region (editor of other regions, or no editor/admin role)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "forbidden", value = ApiDocs.FORBIDDEN_REGION)))
    @Path("/{planCode}")
    @Operation(summary = "Delete a plan", description = "Deletes the plan with its indicator rows and monitoring values.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not found", value = NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "stale", value = PRECONDITION_EXAMPLE)))
    public Response delete(@Parameter(example = "tongliang-14th") @PathParam("planCode") String planCode,
                           @Parameter(description = "ETag last read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(planCode, ifMatch);
        return Response.noContent().build();
    }
}
