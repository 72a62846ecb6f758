package org.healthplanning.facility.rest;

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
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthplanning.facility.domain.Standard;
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
    @Operation(summary = "List standards")
    @APIResponse(responseCode = "200", description = "A page of standards",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = Examples.STANDARD_PAGE)))
    @APIResponse(responseCode = "400", description = "Bad filter, paging or sorting parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<Standard> list(
            @Parameter(description = "Metric", example = "licensedDoctorsPer1000") @QueryParam("metric") String metric,
            @Parameter(description = "Scope", example = "PLAN") @QueryParam("scope") String scope,
            @Parameter(description = "Region the standard is set for", example = "500151") @QueryParam("regionCode") String regionCode,
            @Parameter(description = "Target year", example = "2025") @QueryParam("year") String year,
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1-500", example = "50") @QueryParam("size") String size,
            @Parameter(description = "Sort field, '-' for descending: code, metric, scope, regionCode, year, value", example = "metric")
            @QueryParam("sort") String sort) {
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
    @Operation(summary = "Get a standard")
    @APIResponse(responseCode = "200", description = "The standard; its version is also in ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Standard.class),
                    examples = @ExampleObject(name = "standard", value = Examples.STANDARD)))
    @APIResponse(responseCode = "404", description = "No such standard",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(example = "tongliang-14th.doctors_per_1000.L125") @PathParam("code") String code) {
        Standard s = service.find(code).orElseThrow(() -> DomainException.notFound("Standard", code));
        return Response.ok(s).tag(Versions.etag(s.version)).build();
    }

    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No token, or an invalid, expired or wrongly signed one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = Examples.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token is not an admin's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "editor", value = Examples.FORBIDDEN_ADMIN)))
    @POST
    @Operation(summary = "Create a standard")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Standard.class), examples = @ExampleObject(name = "standard", value = Examples.STANDARD)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new standard",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "standard", value = Examples.STANDARD)))
    @APIResponse(responseCode = "400", description = "Invalid standard",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A standard with this code exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull Standard standard, @Context UriInfo uri) {
        Standard created = service.create(standard);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code).build())
                .entity(created).tag(Versions.etag(created.version)).build();
    }

    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No token, or an invalid, expired or wrongly signed one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = Examples.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token is not an admin's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "editor", value = Examples.FORBIDDEN_ADMIN)))
    @PUT
    @Path("/{code}")
    @Operation(summary = "Create or replace a standard", description = "Idempotent upsert by code.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Standard.class), examples = @ExampleObject(name = "standard", value = Examples.STANDARD)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "standard", value = Examples.STANDARD)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "standard", value = Examples.STANDARD)))
    @APIResponse(responseCode = "400", description = "Invalid standard",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "stale", value = Examples.PRECONDITION)))
    public Response put(@Parameter(example = "tongliang-14th.doctors_per_1000.L125") @PathParam("code") String code,
                        @Parameter(description = "ETag last read", example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
                        @HeaderParam("If-Match") String ifMatch,
                        @Valid @NotNull Standard standard, @Context UriInfo uri) {
        var result = service.upsert(code, standard, ifMatch);
        Response.ResponseBuilder rb = result.created() ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return rb.entity(result.value()).tag(Versions.etag(result.value().version)).build();
    }

    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No token, or an invalid, expired or wrongly signed one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = Examples.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token is not an admin's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "editor", value = Examples.FORBIDDEN_ADMIN)))
    @DELETE
    @Path("/{code}")
    @Operation(summary = "Delete a standard")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such standard",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "stale", value = Examples.PRECONDITION)))
    public Response delete(@Parameter(example = "tongliang-14th.doctors_per_1000.L125") @PathParam("code") String code,
                           @Parameter(description = "ETag last read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(code, ifMatch);
        return Response.noContent().build();
    }
}
