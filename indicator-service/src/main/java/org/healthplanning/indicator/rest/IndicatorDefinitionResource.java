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
import org.healthplanning.indicator.domain.Direction;
import org.healthplanning.indicator.domain.IndicatorDefinition;
import org.healthplanning.indicator.service.DefinitionService;
import org.healthplanning.indicator.service.EvaluationService;

@Path("/api/v1/indicator-definitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Indicator definitions", description = "The shared catalogue of national indicators that plan rows link to")
public class IndicatorDefinitionResource {
    static final String DEFINITION_EXAMPLE = """
            {"code": "LICENSED_DOCTORS_PER_1000", "name": "每千人口执业（助理）医师数",
             "nameEn": "Licensed (assistant) doctors per 1000 residents", "unit": "人", "direction": "INCREASE",
             "aliases": ["每千常住人口执业（助理）医师数", "每千人口执业(助理)医师数"],
             "resourceMetric": "licensedDoctorsPer1000", "description": null, "version": 0}""";
    static final String PAGE_EXAMPLE = "{\"items\": [" + DEFINITION_EXAMPLE + "], \"page\": 0, \"size\": 50, \"total\": 1}";
    static final String BAD_REQUEST_EXAMPLE = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "direction: 'UP' is not one of [INCREASE, DECREASE, NEUTRAL]", "instance": "/api/v1/indicator-definitions",
             "errors": [{"field": "direction", "message": "'UP' is not one of [INCREASE, DECREASE, NEUTRAL]"}]}""";
    static final String NOT_FOUND_EXAMPLE = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Indicator definition 'NOPE' does not exist", "instance": "/api/v1/indicator-definitions/NOPE"}""";
    static final String CONFLICT_EXAMPLE = """
            {"type": "/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "The name or alias '人均期望寿命' already belongs to indicator definition 'LIFE_EXPECTANCY'",
             "instance": "/api/v1/indicator-definitions"}""";
    static final String PRECONDITION_EXAMPLE = """
            {"type": "/problems/precondition-failed", "title": "Precondition failed", "status": 412,
             "detail": "The resource has changed: its current version is 2", "instance": "/api/v1/indicator-definitions/LIFE_EXPECTANCY"}""";
    static final String COMPARISON_EXAMPLE = """
            [{"planCode": "yuzhong-14th", "regionCode": "500103", "regionName": "重庆市渝中区", "indicatorId": 31,
              "name": "人口平均预期寿命", "subItem": null, "baseline": {"year": 2020, "raw": "80.78", "value": 80.78},
              "target": {"year": 2025, "raw": "81", "comparator": "=", "value": 81, "effectiveComparator": ">="},
              "actual": null, "progressPercent": null, "status": "NO_DATA", "rankedBy": "baseline", "rankValue": 80.78, "rank": 1},
             {"planCode": "tongliang-14th", "regionCode": "500151", "regionName": "重庆市铜梁区", "indicatorId": 1,
              "name": "人均预期寿命", "subItem": null, "baseline": {"year": 2020, "raw": "78.47", "value": 78.47},
              "target": {"year": 2025, "raw": "79.3", "comparator": "=", "value": 79.3, "effectiveComparator": ">="},
              "actual": null, "progressPercent": null, "status": "NO_DATA", "rankedBy": "baseline", "rankValue": 78.47, "rank": 2}]""";

    @Inject
    DefinitionService service;

    @Inject
    EvaluationService evaluation;

    @GET
    @Operation(summary = "List indicator definitions", description = "Pages through the catalogue; q searches code, names and aliases.")
    @APIResponse(responseCode = "200", description = "A page of definitions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Bad filter, paging or sorting parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<IndicatorDefinition> list(
            @Parameter(description = "Text in code, name, English name or an alias", example = "预期寿命") @QueryParam("q") String q,
            @Parameter(description = "INCREASE, DECREASE or NEUTRAL", example = "DECREASE") @QueryParam("direction") String direction,
            @Parameter(description = "Only definitions linked to this facility-service ratio", example = "bedsPer1000")
            @QueryParam("resourceMetric") String resourceMetric,
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1-500", example = "50") @QueryParam("size") String size,
            @Parameter(description = "Sort field, '-' for descending: code, name, nameEn, direction, resourceMetric", example = "name")
            @QueryParam("sort") String sort) {
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
    @Operation(summary = "Get an indicator definition")
    @APIResponse(responseCode = "200", description = "The definition; its version is also in ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorDefinition.class),
                    examples = @ExampleObject(name = "definition", value = DEFINITION_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such definition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not found", value = NOT_FOUND_EXAMPLE)))
    public Response get(@Parameter(example = "LIFE_EXPECTANCY") @PathParam("code") String code) {
        IndicatorDefinition d = service.find(code).orElseThrow(() -> DomainException.notFound("Indicator definition", code));
        return Response.ok(d).tag(Versions.etag(d.version)).build();
    }

    @POST
    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No valid bearer token (none, malformed, expired or bad signature)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token is not an admin's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "forbidden", value = ApiDocs.FORBIDDEN_ADMIN)))
    @Operation(summary = "Create an indicator definition",
            description = "Plan rows without a definition whose name matches the new name or an alias are linked to it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IndicatorDefinition.class), examples = @ExampleObject(name = "definition", value = DEFINITION_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "definition", value = DEFINITION_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid definition; the problem names each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "bad direction", value = BAD_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The code, the name or an alias is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "alias taken", value = CONFLICT_EXAMPLE)))
    public Response create(@Valid @NotNull IndicatorDefinition definition, @Context UriInfo uri) {
        IndicatorDefinition created = service.create(definition);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code).build())
                .entity(created).tag(Versions.etag(created.version)).build();
    }

    @PUT
    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No valid bearer token (none, malformed, expired or bad signature)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token is not an admin's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "forbidden", value = ApiDocs.FORBIDDEN_ADMIN)))
    @Path("/{code}")
    @Operation(summary = "Create or replace an indicator definition", description = "Idempotent upsert by code; honours If-Match.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IndicatorDefinition.class), examples = @ExampleObject(name = "definition", value = DEFINITION_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "definition", value = DEFINITION_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "definition", value = DEFINITION_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid definition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "bad direction", value = BAD_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The name or an alias belongs to another definition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "alias taken", value = CONFLICT_EXAMPLE)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "stale", value = PRECONDITION_EXAMPLE)))
    public Response put(@Parameter(example = "LIFE_EXPECTANCY") @PathParam("code") String code,
                        @Parameter(description = "ETag last read", example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
                        @HeaderParam("If-Match") String ifMatch,
                        @Valid @NotNull IndicatorDefinition definition, @Context UriInfo uri) {
        DefinitionService.Upsert result = service.upsert(code, definition, ifMatch);
        Response.ResponseBuilder rb = result.created() ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return rb.entity(result.definition()).tag(Versions.etag(result.definition().version)).build();
    }

    @DELETE
    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No valid bearer token (none, malformed, expired or bad signature)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token is not an admin's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "forbidden", value = ApiDocs.FORBIDDEN_ADMIN)))
    @Path("/{code}")
    @Operation(summary = "Delete an indicator definition", description = "Plan rows linked to it keep their data and lose the link.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such definition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not found", value = NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "stale", value = PRECONDITION_EXAMPLE)))
    public Response delete(@Parameter(example = "LIFE_EXPECTANCY") @PathParam("code") String code,
                           @Parameter(description = "ETag last read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(code, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{code}/comparison")
    @Operation(summary = "Compare one indicator across plans",
            description = "One row per plan linking the definition, ranked in the definition's direction (rank 1 = best) on the"
                    + " actual value for the year when there is one, else on the baseline. Default year: the latest with any value.")
    @APIResponse(responseCode = "200", description = "The plans, best first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ComparisonRow.class),
                    examples = @ExampleObject(name = "life expectancy", value = COMPARISON_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Bad year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such definition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not found", value = NOT_FOUND_EXAMPLE)))
    public List<ComparisonRow> comparison(@Parameter(example = "LIFE_EXPECTANCY") @PathParam("code") String code,
                                          @Parameter(description = "Year to compare, 1949-2100", example = "2023") @QueryParam("year") String year) {
        return evaluation.compare(code, QueryParams.year("year", year));
    }
}
