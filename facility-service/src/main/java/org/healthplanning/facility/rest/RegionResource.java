package org.healthplanning.facility.rest;

import org.healthplanning.platform.http.PageRequest;
import org.healthplanning.http.PageResponse;
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
import org.healthplanning.facility.api.RegionDto;
import org.healthplanning.facility.api.RegionPage;
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
    @Operation(operationId = "listRegions", summary = "List regions",
            description = "Pages through regions, optionally the direct children of one region or the regions of one level."
                    + " With updatedAfter or after, an incremental read: the rows changed since, in change order, paged by cursor.")
    @APIResponse(responseCode = "200", description = "A page of regions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionPage.class)))
    @APIResponse(responseCode = "400", description = "Bad filter, paging or sorting parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad parameter", value = ApiDocs.BAD_PARAMETER)))
    public PageResponse<RegionDto> list(
            @Parameter(description = "Only the direct children of this region",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.REGION_CODE_PATTERN), example = "500000")
            @QueryParam("parentCode") String parentCode,
            @Parameter(description = "Only regions of this level",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"PROVINCE", "CITY", "DISTRICT", "TOWN", "OTHER", "SPECIAL_ZONE"}), example = "DISTRICT")
            @QueryParam("level") String level,
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
                    enumeration = {"code", "-code", "name", "-name", "level", "-level", "parentCode", "-parentCode"}), example = "code")
            @QueryParam("sort") String sort) {
        ChangeQuery changes = ChangeQuery.of(updatedAfter, after, page, size, sort);
        if (changes != null) {
            return service.changes(parentCode, level(level), changes);
        }
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
    @Operation(operationId = "getRegion", summary = "Get a region", description = "One region; its version is also in ETag.")
    @APIResponse(responseCode = "200", description = "The region",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionDto.class),
                    examples = @ExampleObject(name = "region", value = ApiDocs.REGION)))
    @APIResponse(responseCode = "404", description = "No such region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiDocs.NOT_FOUND)))
    public Response get(@Parameter(description = ApiDocs.REGION_CODE,
            schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.REGION_CODE_PATTERN), example = "500151")
                        @PathParam("code") String code) {
        RegionDto region = service.get(code);
        return Response.ok(region).tag(Versions.etag(region.version)).build();
    }

    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = ApiDocs.UNAUTHORIZED_TEXT,
            headers = @Header(name = "WWW-Authenticate", description = "The authentication scheme to use: Bearer", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = ApiDocs.FORBIDDEN_REGION_TEXT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "outside the token's regions", value = ApiDocs.FORBIDDEN_REGION)))
    @POST
    @Operation(operationId = "createRegion", summary = "Create a region", description = ApiDocs.REGION_RULES)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegionDto.class), examples = @ExampleObject(name = "region", value = ApiDocs.REGION)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new region",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionDto.class),
                    examples = @ExampleObject(name = "region", value = ApiDocs.REGION)))
    @APIResponse(responseCode = "400", description = "Invalid region; the problem names each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown parent", value = ApiDocs.BAD_REQUEST)))
    @APIResponse(responseCode = "409", description = "A region with this code exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "duplicate", value = ApiDocs.CONFLICT)))
    public Response create(@Valid @NotNull RegionDto region, @Context UriInfo uri) {
        RegionDto created = service.create(region);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code).build())
                .entity(created).tag(Versions.etag(created.version)).build();
    }

    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = ApiDocs.UNAUTHORIZED_TEXT,
            headers = @Header(name = "WWW-Authenticate", description = "The authentication scheme to use: Bearer", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = ApiDocs.FORBIDDEN_REGION_TEXT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "outside the token's regions", value = ApiDocs.FORBIDDEN_REGION)))
    @PUT
    @Path("/{code}")
    @Operation(operationId = "putRegion", summary = "Create or replace a region",
            description = "Idempotent upsert by code, under the rules of createRegion; a region cannot be moved under itself or "
                    + "one of its sub-regions (400 on parentCode), and a move needs rights on its current place and its new parent.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegionDto.class), examples = @ExampleObject(name = "region", value = ApiDocs.REGION)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionDto.class),
                    examples = @ExampleObject(name = "region", value = ApiDocs.REGION)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionDto.class),
                    examples = @ExampleObject(name = "region", value = ApiDocs.REGION)))
    @APIResponse(responseCode = "400", description = "Invalid region, unknown parent or a cycle",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown parent", value = ApiDocs.BAD_REQUEST)))
    @APIResponse(responseCode = "412", description = ApiDocs.PRECONDITION_TEXT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ApiDocs.PRECONDITION)))
    public Response put(@Parameter(description = ApiDocs.REGION_CODE,
                                schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.REGION_CODE_PATTERN), example = "500151")
                        @PathParam("code") String code,
                        @Parameter(description = ApiDocs.IF_MATCH, example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
                        @HeaderParam("If-Match") String ifMatch,
                        @Valid @NotNull RegionDto region, @Context UriInfo uri) {
        RegionService.Upsert<RegionDto> result = service.upsert(code, region, ifMatch);
        Response.ResponseBuilder rb = result.created() ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return rb.entity(result.value()).tag(Versions.etag(result.value().version)).build();
    }

    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = ApiDocs.UNAUTHORIZED_TEXT,
            headers = @Header(name = "WWW-Authenticate", description = "The authentication scheme to use: Bearer", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = ApiDocs.FORBIDDEN_REGION_TEXT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "outside the token's regions", value = ApiDocs.FORBIDDEN_REGION)))
    @DELETE
    @Path("/{code}")
    @Operation(operationId = "deleteRegion", summary = "Delete a region",
            description = "Deletes the region with its population and reported totals; refused (409) while it has sub-regions or facilities.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiDocs.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The region still has sub-regions or facilities",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "in use", value = ApiDocs.CONFLICT_REGION_IN_USE)))
    @APIResponse(responseCode = "412", description = ApiDocs.PRECONDITION_TEXT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ApiDocs.PRECONDITION)))
    public Response delete(@Parameter(description = ApiDocs.REGION_CODE,
                                   schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.REGION_CODE_PATTERN), example = "500151")
                           @PathParam("code") String code,
                           @Parameter(description = ApiDocs.IF_MATCH, example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
                           @HeaderParam("If-Match") String ifMatch) {
        service.delete(code, ifMatch);
        return Response.noContent().build();
    }
}
