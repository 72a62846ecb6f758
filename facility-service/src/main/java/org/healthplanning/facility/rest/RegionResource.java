package org.healthplanning.facility.rest;

import org.healthplanning.platform.http.PageRequest;
import org.healthplanning.platform.http.PageResponse;
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
import org.healthplanning.facility.domain.Region;
import org.healthplanning.facility.domain.RegionLevel;
import org.healthplanning.facility.service.RegionService;

@Path("/api/v1/regions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Regions", description = "The region tree: province, city, district, town")
public class RegionResource {
    @Inject
    RegionService service;

    @GET
    @Operation(summary = "List regions", description = "Pages through regions, optionally the children of one region or of one level.")
    @APIResponse(responseCode = "200", description = "A page of regions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = Examples.REGION_PAGE)))
    @APIResponse(responseCode = "400", description = "Bad filter, paging or sorting parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<Region> list(
            @Parameter(description = "Only the direct children of this region", example = "500000") @QueryParam("parentCode") String parentCode,
            @Parameter(description = "Only regions of this level", example = "DISTRICT") @QueryParam("level") String level,
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1-500", example = "50") @QueryParam("size") String size,
            @Parameter(description = "Sort field, '-' for descending: code, name, level, parentCode", example = "code")
            @QueryParam("sort") String sort) {
        return service.list(parentCode, level(level), PageRequest.of(page, size, sort, RegionService.SORTABLE, "code"));
    }

    static RegionLevel level(String level) {
        if (level == null || level.isBlank()) {
            return null;
        }
        try {
            return RegionLevel.valueOf(level.trim());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("level", "'" + level + "' is not one of " + Arrays.toString(RegionLevel.values()));
        }
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Get a region")
    @APIResponse(responseCode = "200", description = "The region; its version is also in ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Region.class),
                    examples = @ExampleObject(name = "region", value = Examples.REGION)))
    @APIResponse(responseCode = "404", description = "No such region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    public Response get(@Parameter(example = "500151") @PathParam("code") String code) {
        Region region = service.require(code);
        return Response.ok(region).tag(Versions.etag(region.version)).build();
    }

    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No token, or an invalid, expired or wrongly signed one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = Examples.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token's regions (and their sub-regions) do not cover the region (its old and new place when it moves)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "outside the token's regions", value = Examples.FORBIDDEN_REGION)))
    @POST
    @Operation(summary = "Create a region", description = "The parent, when given, must exist.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Region.class), examples = @ExampleObject(name = "region", value = Examples.REGION)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new region",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "region", value = Examples.REGION)))
    @APIResponse(responseCode = "400", description = "Invalid region; the problem names each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "unknown parent", value = Examples.BAD_REQUEST)))
    @APIResponse(responseCode = "409", description = "A region with this code exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "duplicate", value = Examples.CONFLICT)))
    public Response create(@Valid @NotNull Region region, @Context UriInfo uri) {
        Region created = service.create(region);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code).build())
                .entity(created).tag(Versions.etag(created.version)).build();
    }

    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No token, or an invalid, expired or wrongly signed one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = Examples.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token's regions (and their sub-regions) do not cover the region (its old and new place when it moves)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "outside the token's regions", value = Examples.FORBIDDEN_REGION)))
    @PUT
    @Path("/{code}")
    @Operation(summary = "Create or replace a region",
            description = "Idempotent upsert by code. A region cannot be moved under itself or one of its sub-regions (400 on parentCode).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Region.class), examples = @ExampleObject(name = "region", value = Examples.REGION)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "region", value = Examples.REGION)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "region", value = Examples.REGION)))
    @APIResponse(responseCode = "400", description = "Invalid region, unknown parent or a cycle",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "unknown parent", value = Examples.BAD_REQUEST)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "stale", value = Examples.PRECONDITION)))
    public Response put(@Parameter(example = "500151") @PathParam("code") String code,
                        @Parameter(description = "ETag last read", example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
                        @HeaderParam("If-Match") String ifMatch,
                        @Valid @NotNull Region region, @Context UriInfo uri) {
        RegionService.Upsert<Region> result = service.upsert(code, region, ifMatch);
        Response.ResponseBuilder rb = result.created() ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return rb.entity(result.value()).tag(Versions.etag(result.value().version)).build();
    }

    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No token, or an invalid, expired or wrongly signed one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = Examples.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token's regions (and their sub-regions) do not cover the region (its old and new place when it moves)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "outside the token's regions", value = Examples.FORBIDDEN_REGION)))
    @DELETE
    @Path("/{code}")
    @Operation(summary = "Delete a region",
            description = "Deletes the region with its population and reported totals; refused (409) while it has sub-regions or facilities.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The region still has sub-regions or facilities",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "stale", value = Examples.PRECONDITION)))
    public Response delete(@Parameter(example = "500151") @PathParam("code") String code,
                           @Parameter(description = "ETag last read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(code, ifMatch);
        return Response.noContent().build();
    }
}
