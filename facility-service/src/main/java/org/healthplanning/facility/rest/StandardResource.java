package org.healthplanning.facility.rest;

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
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthplanning.facility.api.StandardDto;
import org.healthplanning.facility.api.StandardPage;
import org.healthplanning.facility.domain.StandardScope;
import org.healthplanning.facility.service.StandardService;

@Path("/api/v1/standards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Standards", description = "Planning standards and resource targets: national, provincial, city or a plan's own")
public class StandardResource {
    @Inject
    StandardService service;

    @GET
    @Operation(operationId = "listStandards", summary = "List standards",
            description = "Pages through standards, optionally of one metric, scope, region or target calendar year."
                    + " With updatedAfter or after, an incremental read: the rows changed since, in change order, paged by cursor.")
    @APIResponse(responseCode = "200", description = "A page of standards",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StandardPage.class)))
    @APIResponse(responseCode = "400", description = "Bad filter, paging or sorting parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad parameter", value = ApiDocs.BAD_PARAMETER)))
    public PageResponse<StandardDto> list(
            @Parameter(description = "Only standards of this metric (a ratio metric or any other stated code)",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 128), example = "licensedDoctorsPer1000")
            @QueryParam("metric") String metric,
            @Parameter(description = "Only standards of this scope",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"NATIONAL", "PROVINCIAL", "CITY", "PLAN"}), example = "PLAN")
            @QueryParam("scope") String scope,
            @Parameter(description = "Only standards set for this region",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.REGION_CODE_PATTERN), example = "500151")
            @QueryParam("regionCode") String regionCode,
            @Parameter(description = "Only standards for this target calendar year",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2100"), example = "2025")
            @QueryParam("year") String year,
            @Parameter(description = ApiDocs.UPDATED_AFTER,
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"), example = "2026-03-01T08:00:00Z")
            @QueryParam("updatedAfter") String updatedAfter,
            @Parameter(description = ApiDocs.AFTER, schema = @Schema(type = SchemaType.STRING), example = ApiDocs.CURSOR_EXAMPLE)
            @QueryParam("after") String after,
            @Parameter(description = ApiDocs.PAGE,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0"), example = "0")
            @QueryParam("page") String page,
            @Parameter(description = ApiDocs.SIZE,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500", defaultValue = "50"), example = "50")
            @QueryParam("size") String size,
            @Parameter(description = "Sort field, '-' for descending", schema = @Schema(type = SchemaType.STRING, defaultValue = "code",
                    enumeration = {"code", "-code", "metric", "-metric", "scope", "-scope", "regionCode", "-regionCode", "year", "-year",
                            "value", "-value"}), example = "metric")
            @QueryParam("sort") String sort) {
        ChangeQuery changes = ChangeQuery.of(updatedAfter, after, page, size, sort);
        if (changes != null) {
            return service.changes(metric, scope(scope), regionCode, QueryParams.year("year", year), changes);
        }
        return service.list(metric, scope(scope), regionCode, QueryParams.year("year", year),
                PageRequest.of(page, size, sort, StandardService.SORTABLE, "code"));
    }

    private static StandardScope scope(String scope) {
        if (scope == null || scope.isBlank()) {
            return null;
        }
        try {
            return StandardScope.valueOf(scope.trim());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("scope", "'" + scope + "' is not one of " + Arrays.toString(StandardScope.values()));
        }
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getStandard", summary = "Get a standard", description = "One standard; its version is also in ETag.")
    @APIResponse(responseCode = "200", description = "The standard",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StandardDto.class),
                    examples = @ExampleObject(name = "standard", value = ApiDocs.STANDARD)))
    @APIResponse(responseCode = "404", description = "No such standard",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiDocs.NOT_FOUND_STANDARD)))
    public Response get(@Parameter(description = ApiDocs.STANDARD_CODE,
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.STANDARD_CODE_PATTERN), example = "tongliang-14th.doctors_per_1000.L125")
            @PathParam("code") String code) {
        StandardDto s = service.find(code).orElseThrow(() -> DomainException.notFound("Standard", code));
        return Response.ok(s).tag(Versions.etag(s.version)).build();
    }

    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = ApiDocs.UNAUTHORIZED_TEXT,
            headers = @Header(name = "WWW-Authenticate", description = "The authentication scheme to use: Bearer", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = ApiDocs.FORBIDDEN_ADMIN_TEXT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "editor", value = ApiDocs.FORBIDDEN_ADMIN)))
    @POST
    @Operation(operationId = "createStandard", summary = "Create a standard", description = "Admin only.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StandardDto.class), examples = @ExampleObject(name = "standard", value = ApiDocs.STANDARD)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new standard",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StandardDto.class),
                    examples = @ExampleObject(name = "standard", value = ApiDocs.STANDARD)))
    @APIResponse(responseCode = "400", description = "Invalid standard; the problem names each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = ApiDocs.BAD_STANDARD)))
    @APIResponse(responseCode = "409", description = "A standard with this code exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "duplicate", value = ApiDocs.CONFLICT_STANDARD)))
    public Response create(@Valid @NotNull StandardDto standard, @Context UriInfo uri) {
        StandardDto created = service.create(standard);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code).build())
                .entity(created).tag(Versions.etag(created.version)).build();
    }

    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = ApiDocs.UNAUTHORIZED_TEXT,
            headers = @Header(name = "WWW-Authenticate", description = "The authentication scheme to use: Bearer", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = ApiDocs.FORBIDDEN_ADMIN_TEXT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "editor", value = ApiDocs.FORBIDDEN_ADMIN)))
    @PUT
    @Path("/{code}")
    @Operation(operationId = "putStandard", summary = "Create or replace a standard", description = "Idempotent upsert by code. Admin only.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StandardDto.class), examples = @ExampleObject(name = "standard", value = ApiDocs.STANDARD)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StandardDto.class),
                    examples = @ExampleObject(name = "standard", value = ApiDocs.STANDARD)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StandardDto.class),
                    examples = @ExampleObject(name = "standard", value = ApiDocs.STANDARD)))
    @APIResponse(responseCode = "400", description = "Invalid standard; the problem names each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = ApiDocs.BAD_STANDARD)))
    @APIResponse(responseCode = "412", description = ApiDocs.PRECONDITION_TEXT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ApiDocs.PRECONDITION)))
    public Response put(@Parameter(description = ApiDocs.STANDARD_CODE,
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.STANDARD_CODE_PATTERN), example = "tongliang-14th.doctors_per_1000.L125")
            @PathParam("code") String code,
            @Parameter(description = ApiDocs.IF_MATCH, example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull StandardDto standard, @Context UriInfo uri) {
        var result = service.upsert(code, standard, ifMatch);
        Response.ResponseBuilder rb = result.created() ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return rb.entity(result.value()).tag(Versions.etag(result.value().version)).build();
    }

    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = ApiDocs.UNAUTHORIZED_TEXT,
            headers = @Header(name = "WWW-Authenticate", description = "The authentication scheme to use: Bearer", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = ApiDocs.FORBIDDEN_ADMIN_TEXT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "editor", value = ApiDocs.FORBIDDEN_ADMIN)))
    @DELETE
    @Path("/{code}")
    @Operation(operationId = "deleteStandard", summary = "Delete a standard", description = "Admin only.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such standard",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiDocs.NOT_FOUND_STANDARD)))
    @APIResponse(responseCode = "412", description = ApiDocs.PRECONDITION_TEXT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ApiDocs.PRECONDITION)))
    public Response delete(@Parameter(description = ApiDocs.STANDARD_CODE,
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.STANDARD_CODE_PATTERN), example = "tongliang-14th.doctors_per_1000.L125")
            @PathParam("code") String code,
            @Parameter(description = ApiDocs.IF_MATCH, example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
            @HeaderParam("If-Match") String ifMatch) {
        service.delete(code, ifMatch);
        return Response.noContent().build();
    }
}
