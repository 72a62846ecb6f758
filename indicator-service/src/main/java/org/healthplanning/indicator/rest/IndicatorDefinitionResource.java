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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthplanning.indicator.api.ComparisonRow;
import static org.healthplanning.indicator.rest.ApiDocs.*;
import org.healthplanning.indicator.api.IndicatorDefinition;
import org.healthplanning.indicator.domain.Direction;
import org.healthplanning.indicator.service.DefinitionService;
import org.healthplanning.indicator.service.EvaluationService;

@Path("/api/v1/indicator-definitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Indicator definitions", description = "The shared catalogue of national indicators that plan rows link to, and comparisons across plans")
public class IndicatorDefinitionResource {
    @Inject
    DefinitionService service;

    @Inject
    EvaluationService evaluation;

    @GET
    @Operation(operationId = "listIndicatorDefinitions", summary = "List indicator definitions",
            description = "Pages through the catalogue; q searches code, names and aliases. With updatedAfter or after, only the"
                    + " definitions changed since, in change order, paged by cursor.")
    @APIResponse(responseCode = "200", description = "A page of definitions")
    @APIResponse(responseCode = "400", description = "A malformed filter, paging or sorting parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "bad size", value = BAD_PARAMETER),
                            @ExampleObject(name = "bad updatedAfter", value = BAD_UPDATED_AFTER)}))
    public PageResponse<IndicatorDefinition> list(
            @Parameter(description = "Text in code, name, English name or an alias", example = "预期寿命") @QueryParam("q") String q,
            @Parameter(description = "Only definitions of this direction",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"INCREASE", "DECREASE", "NEUTRAL"}), example = "DECREASE")
            @QueryParam("direction") String direction,
            @Parameter(description = "Only definitions linked to this facility-service ratio", example = "bedsPer1000")
            @QueryParam("resourceMetric") String resourceMetric,
            @Parameter(description = PAGE_TEXT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0"),
                    example = "0") @QueryParam("page") String page,
            @Parameter(description = SIZE_TEXT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500",
                    defaultValue = "50"), example = "50") @QueryParam("size") String size,
            @Parameter(description = "Sort field, '-' for descending (default code)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"code", "-code", "name", "-name", "nameEn", "-nameEn",
                            "direction", "-direction", "resourceMetric", "-resourceMetric"}), example = "name")
            @QueryParam("sort") String sort,
            @Parameter(description = UPDATED_AFTER_TEXT, schema = @Schema(type = SchemaType.STRING, format = "date-time"),
                    example = "2026-03-01T08:00:00Z") @QueryParam("updatedAfter") String updatedAfter,
            @Parameter(description = AFTER_TEXT, schema = @Schema(type = SchemaType.STRING), example = CURSOR_EXAMPLE)
            @QueryParam("after") String after) {
        ChangeQuery changes = ChangeQuery.of(updatedAfter, after, page, size, sort);
        if (changes != null) {
            return service.changes(q, direction(direction), resourceMetric, changes);
        }
        return service.list(q, direction(direction), resourceMetric,
                PageRequest.of(page, size, sort, DefinitionService.SORTABLE, "code"));
    }

    static Direction direction(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Direction.valueOf(value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("direction", "'" + value + "' is not one of INCREASE, DECREASE, NEUTRAL");
        }
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getIndicatorDefinition", summary = "Get an indicator definition",
            description = "The definition with its aliases; its version is also sent as ETag.")
    @APIResponse(responseCode = "200", description = "The definition",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorDefinition.class),
                    examples = @ExampleObject(name = "definition", value = DEFINITION_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such definition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = DEFINITION_NOT_FOUND)))
    public Response get(@Parameter(description = "The definition's code", example = "LIFE_EXPECTANCY") @PathParam("code") String code) {
        IndicatorDefinition d = service.find(code).orElseThrow(() -> DomainException.notFound("Indicator definition", code));
        return Response.ok(d).tag(Versions.etag(d.version)).build();
    }

    @POST
    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No valid bearer token (none, malformed, expired or bad signature)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no token", value = UNAUTHORIZED_DEFINITIONS)))
    @APIResponse(responseCode = "403", description = "The token is not an admin's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "forbidden", value = FORBIDDEN_ADMIN)))
    @Operation(operationId = "createIndicatorDefinition", summary = "Create an indicator definition",
            description = "Plan rows without a definition whose name matches the new name or an alias are linked to it. Admin only.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IndicatorDefinition.class), examples = @ExampleObject(name = "definition", value = DEFINITION_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorDefinition.class),
                    examples = @ExampleObject(name = "definition", value = DEFINITION_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid definition; the problem names each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad direction", value = DEFINITION_BAD_REQUEST)))
    @APIResponse(responseCode = "409", description = "The code, the name or an alias is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "alias taken", value = DEFINITION_CONFLICT)))
    public Response create(@Valid @NotNull IndicatorDefinition definition, @Context UriInfo uri) {
        IndicatorDefinition created = service.create(definition);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code).build())
                .entity(created).tag(Versions.etag(created.version)).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No valid bearer token (none, malformed, expired or bad signature)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no token", value = UNAUTHORIZED_DEFINITIONS)))
    @APIResponse(responseCode = "403", description = "The token is not an admin's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "forbidden", value = FORBIDDEN_ADMIN)))
    @Operation(operationId = "putIndicatorDefinition", summary = "Create or replace an indicator definition",
            description = "Idempotent upsert by code; honours If-Match. Admin only.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IndicatorDefinition.class), examples = @ExampleObject(name = "definition", value = DEFINITION_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorDefinition.class),
                    examples = @ExampleObject(name = "definition", value = DEFINITION_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorDefinition.class),
                    examples = @ExampleObject(name = "definition", value = DEFINITION_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid definition; the problem names each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad direction", value = DEFINITION_BAD_REQUEST)))
    @APIResponse(responseCode = "409", description = "The name or an alias belongs to another definition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "alias taken", value = DEFINITION_CONFLICT)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = DEFINITION_PRECONDITION)))
    public Response put(@Parameter(description = "The definition's code", example = "LIFE_EXPECTANCY") @PathParam("code") String code,
                        @Parameter(description = ETAG_TEXT, example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
                        @HeaderParam("If-Match") String ifMatch,
                        @Valid @NotNull IndicatorDefinition definition, @Context UriInfo uri) {
        DefinitionService.Upsert result = service.upsert(code, definition, ifMatch);
        Response.ResponseBuilder rb = result.created() ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return rb.entity(result.definition()).tag(Versions.etag(result.definition().version)).build();
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No valid bearer token (none, malformed, expired or bad signature)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no token", value = UNAUTHORIZED_DEFINITIONS)))
    @APIResponse(responseCode = "403", description = "The token is not an admin's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "forbidden", value = FORBIDDEN_ADMIN)))
    @Operation(operationId = "deleteIndicatorDefinition", summary = "Delete an indicator definition",
            description = "Plan rows linked to it keep their data and lose the link; honours If-Match. Admin only.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such definition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = DEFINITION_NOT_FOUND)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = DEFINITION_PRECONDITION)))
    public Response delete(@Parameter(description = "The definition's code", example = "LIFE_EXPECTANCY") @PathParam("code") String code,
                           @Parameter(description = ETAG_TEXT, example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
                        @HeaderParam("If-Match") String ifMatch) {
        service.delete(code, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{code}/comparison")
    @Operation(operationId = "compareIndicatorAcrossRegions", summary = "Compare one indicator across plans", description = COMPARISON_TEXT)
    @APIResponse(responseCode = "200", description = "The plans, best first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ComparisonRow.class),
                    examples = @ExampleObject(name = "life expectancy", value = COMPARISON_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A malformed year or approvedOnly",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad year", value = BAD_YEAR)))
    @APIResponse(responseCode = "404", description = "No such definition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = DEFINITION_NOT_FOUND)))
    public List<ComparisonRow> comparison(@Parameter(description = "The definition's code", example = "LIFE_EXPECTANCY") @PathParam("code") String code,
            @Parameter(description = "Calendar year to compare, 1949-2100 (default: the latest with any value)",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2100"), example = "2023")
            @QueryParam("year") String year,
            @Parameter(description = "true: only APPROVED monitoring values count (see the approval of monitoring values); default false: every value",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"), example = "true")
            @QueryParam("approvedOnly") String approvedOnly) {
        return evaluation.compare(code, QueryParams.year("year", year), PlanIndicatorResource.flag("approvedOnly", approvedOnly));
    }
}
