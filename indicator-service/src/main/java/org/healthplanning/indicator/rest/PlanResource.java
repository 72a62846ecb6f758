package org.healthplanning.indicator.rest;

import org.healthplanning.platform.http.PageRequest;
import org.healthplanning.http.PageResponse;
import org.healthplanning.http.QueryParams;
import org.healthplanning.platform.http.Versions;
import org.healthplanning.http.DomainException;
import org.healthplanning.http.Problem;
import org.healthplanning.platform.security.Caller;
import org.healthplanning.platform.sync.ChangeQuery;

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
import static org.healthplanning.indicator.rest.ApiDocs.*;
import org.healthplanning.indicator.api.Plan;
import org.healthplanning.indicator.service.PlanService;

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Five-year health development plans (e.g. 十四五 2021-2025) of one region each")
public class PlanResource {
    @Inject
    PlanService service;

    @GET
    @Operation(operationId = "listPlans", summary = "List plans",
            description = "Pages through plans, optionally of one region or covering one calendar year; with updatedAfter or after,"
                    + " only the plans changed since, in change order, paged by cursor.")
    @APIResponse(responseCode = "200", description = "A page of plans")
    @APIResponse(responseCode = "400", description = "A malformed filter, paging or sorting parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "bad size", value = BAD_PARAMETER),
                            @ExampleObject(name = "bad updatedAfter", value = BAD_UPDATED_AFTER)}))
    public PageResponse<Plan> list(
            @Parameter(description = "Only plans of this region (GB/T 2260 code)", example = "500151") @QueryParam("regionCode") String regionCode,
            @Parameter(description = "Only plans whose period contains this calendar year, 1949-2100",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2100"), example = "2023")
            @QueryParam("year") String year,
            @Parameter(description = PAGE_TEXT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0"),
                    example = "0") @QueryParam("page") String page,
            @Parameter(description = SIZE_TEXT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500",
                    defaultValue = "50"), example = "50") @QueryParam("size") String size,
            @Parameter(description = "Sort field, '-' for descending (default code)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"code", "-code", "regionCode", "-regionCode", "title", "-title",
                            "periodStart", "-periodStart", "periodEnd", "-periodEnd"}), example = "-periodStart")
            @QueryParam("sort") String sort,
            @Parameter(description = UPDATED_AFTER_TEXT, schema = @Schema(type = SchemaType.STRING, format = "date-time"),
                    example = "2026-03-01T08:00:00Z") @QueryParam("updatedAfter") String updatedAfter,
            @Parameter(description = AFTER_TEXT, schema = @Schema(type = SchemaType.STRING), example = CURSOR_EXAMPLE)
            @QueryParam("after") String after) {
        ChangeQuery changes = ChangeQuery.of(updatedAfter, after, page, size, sort);
        if (changes != null) {
            return service.changes(regionCode, QueryParams.year("year", year), changes);
        }
        return service.list(regionCode, QueryParams.year("year", year), PageRequest.of(page, size, sort, PlanService.SORTABLE, "code"));
    }

    @GET
    @Path("/{planCode}")
    @Operation(operationId = "getPlan", summary = "Get a plan", description = "The plan; its version is also sent as ETag.")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Plan.class),
                    examples = @ExampleObject(name = "plan", value = PLAN_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = PLAN_NOT_FOUND)))
    public Response get(@Parameter(description = PLAN_CODE_TEXT, example = "tongliang-14th") @PathParam("planCode") String planCode) {
        Plan plan = service.find(planCode).orElseThrow(() -> DomainException.notFound("Plan", planCode));
        return Response.ok(plan).tag(Versions.etag(plan.version)).build();
    }

    @POST
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @Operation(operationId = "createPlan", summary = "Create a plan",
            description = "Creates a plan with a new code; baselineYear defaults to the year before the period, targetYear to its end.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Plan.class), examples = @ExampleObject(name = "plan", value = PLAN_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Plan.class),
                    examples = @ExampleObject(name = "plan", value = PLAN_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid plan; the problem names each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "missing region", value = PLAN_BAD_REQUEST)))
    @APIResponse(responseCode = "422", description = "The region does not exist (facility-service owns regions)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown region", value = PLAN_UNKNOWN_REGION)))
    @APIResponse(responseCode = "409", description = "A plan with this code exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "exists", value = PLAN_CONFLICT)))
    public Response create(@Valid @NotNull Plan plan, @Context UriInfo uri) {
        Plan created = service.create(plan);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code).build())
                .entity(created).tag(Versions.etag(created.version)).build();
    }

    @PUT
    @Path("/{planCode}")
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @Operation(operationId = "putPlan", summary = "Create or replace a plan",
            description = "Idempotent upsert by code. Send If-Match with the ETag you read to make sure nobody changed it since.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Plan.class), examples = @ExampleObject(name = "plan", value = PLAN_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Plan.class),
                    examples = @ExampleObject(name = "plan", value = PLAN_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Plan.class),
                    examples = @ExampleObject(name = "plan", value = PLAN_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid plan; the problem names each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "missing region", value = PLAN_BAD_REQUEST)))
    @APIResponse(responseCode = "422", description = "The region does not exist (facility-service owns regions)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown region", value = PLAN_UNKNOWN_REGION)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = PLAN_PRECONDITION)))
    public Response put(@Parameter(description = PLAN_CODE_TEXT, example = "tongliang-14th") @PathParam("planCode") String planCode,
                        @Parameter(description = ETAG_TEXT, example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
                        @HeaderParam("If-Match") String ifMatch,
                        @Valid @NotNull Plan plan, @Context UriInfo uri) {
        PlanService.Upsert result = service.upsert(planCode, plan, ifMatch);
        Response.ResponseBuilder rb = result.created()
                ? Response.created(uri.getAbsolutePath())
                : Response.ok();
        return rb.entity(result.plan()).tag(Versions.etag(result.plan().version)).build();
    }

    @DELETE
    @Path("/{planCode}")
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @Operation(operationId = "deletePlan", summary = "Delete a plan",
            description = "Deletes the plan with its indicator rows and monitoring values; honours If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The plan holds SUBMITTED or APPROVED monitoring values (approvalState names the state); nothing was deleted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "locked", value = ApprovalDocs.VALUE_LOCKED)))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = PLAN_NOT_FOUND)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = PLAN_PRECONDITION)))
    public Response delete(@Parameter(description = PLAN_CODE_TEXT, example = "tongliang-14th") @PathParam("planCode") String planCode,
                           @Parameter(description = ETAG_TEXT, example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
                           @HeaderParam("If-Match") String ifMatch) {
        service.delete(planCode, ifMatch);
        return Response.noContent().build();
    }
}
