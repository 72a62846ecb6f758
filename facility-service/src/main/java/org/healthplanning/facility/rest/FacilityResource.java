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
import org.healthplanning.facility.domain.Facility;
import org.healthplanning.facility.domain.YearlyResources;
import org.healthplanning.facility.domain.FacilityType;
import org.healthplanning.facility.service.FacilityImportService;
import org.healthplanning.facility.service.FacilityService;

@Path("/api/v1/facilities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Facilities", description = "Medical and public-health institutions and their yearly resources")
public class FacilityResource {
    @Inject
    FacilityService service;
    @Inject
    FacilityImportService importer;

    @GET
    @Operation(summary = "List facilities", description = "With regionCode, the facilities of that region and all its sub-regions.")
    @APIResponse(responseCode = "200", description = "A page of facilities",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = Examples.FACILITY_PAGE)))
    @APIResponse(responseCode = "400", description = "Bad filter, paging or sorting parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    public PageResponse<Facility> list(
            @Parameter(description = "Region; its sub-regions are included", example = "500151") @QueryParam("regionCode") String regionCode,
            @Parameter(description = "Facility type", example = "GENERAL_HOSPITAL") @QueryParam("type") String type,
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1-500", example = "50") @QueryParam("size") String size,
            @Parameter(description = "Sort field, '-' for descending: code, name, regionCode, type, openedYear, closedYear", example = "name")
            @QueryParam("sort") String sort) {
        return service.list(regionCode, type(type), PageRequest.of(page, size, sort, FacilityService.SORTABLE, "code"));
    }

    private static FacilityType type(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return FacilityType.valueOf(type.trim());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("type", "'" + type + "' is not one of " + Arrays.toString(FacilityType.values()));
        }
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Get a facility")
    @APIResponse(responseCode = "200", description = "The facility; its version is also in ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Facility.class),
                    examples = @ExampleObject(name = "facility", value = Examples.FACILITY)))
    @APIResponse(responseCode = "404", description = "No such facility",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(example = "tl-people-hospital") @PathParam("code") String code) {
        Facility f = service.require(code);
        return Response.ok(f).tag(Versions.etag(f.version)).build();
    }

    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No token, or an invalid, expired or wrongly signed one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = Examples.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token's regions (and their sub-regions) do not cover the facility's region (old and new when it moves)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "outside the token's regions", value = Examples.FORBIDDEN_REGION)))
    @POST
    @Operation(summary = "Create a facility", description = "Its region must exist.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Facility.class), examples = @ExampleObject(name = "facility", value = Examples.FACILITY)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new facility",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "facility", value = Examples.FACILITY)))
    @APIResponse(responseCode = "400", description = "Invalid facility or unknown region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A facility with this code exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull Facility facility, @Context UriInfo uri) {
        Facility created = service.create(facility);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code).build())
                .entity(created).tag(Versions.etag(created.version)).build();
    }

    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No token, or an invalid, expired or wrongly signed one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = Examples.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token's regions (and their sub-regions) do not cover the facility's region (old and new when it moves)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "outside the token's regions", value = Examples.FORBIDDEN_REGION)))
    @PUT
    @Path("/{code}")
    @Operation(summary = "Create or replace a facility", description = "Idempotent upsert by code.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Facility.class), examples = @ExampleObject(name = "facility", value = Examples.FACILITY)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "facility", value = Examples.FACILITY)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "facility", value = Examples.FACILITY)))
    @APIResponse(responseCode = "400", description = "Invalid facility or unknown region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "stale", value = Examples.PRECONDITION)))
    public Response put(@Parameter(example = "tl-people-hospital") @PathParam("code") String code,
                        @Parameter(description = "ETag last read", example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
                        @HeaderParam("If-Match") String ifMatch,
                        @Valid @NotNull Facility facility, @Context UriInfo uri) {
        var result = service.upsert(code, facility, ifMatch);
        Response.ResponseBuilder rb = result.created() ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return rb.entity(result.value()).tag(Versions.etag(result.value().version)).build();
    }

    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No token, or an invalid, expired or wrongly signed one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = Examples.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token's regions (and their sub-regions) do not cover the facility's region (old and new when it moves)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "outside the token's regions", value = Examples.FORBIDDEN_REGION)))
    @DELETE
    @Path("/{code}")
    @Operation(summary = "Delete a facility", description = "Deletes the facility with its yearly resources.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such facility",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "stale", value = Examples.PRECONDITION)))
    public Response delete(@Parameter(example = "tl-people-hospital") @PathParam("code") String code,
                           @Parameter(description = "ETag last read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(code, ifMatch);
        return Response.noContent().build();
    }

    // ---- yearly resources

    @GET
    @Path("/{code}/resources")
    @Operation(summary = "Yearly resources of a facility")
    @APIResponse(responseCode = "200", description = "Every year reported, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "years", value = "[" + Examples.COUNTS + "]")))
    @APIResponse(responseCode = "404", description = "No such facility",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<YearlyResources> resources(@Parameter(example = "tl-people-hospital") @PathParam("code") String code) {
        return service.resources(code);
    }

    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No token, or an invalid, expired or wrongly signed one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = Examples.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token's regions (and their sub-regions) do not cover the facility's region (old and new when it moves)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "outside the token's regions", value = Examples.FORBIDDEN_REGION)))
    @PUT
    @Path("/{code}/resources/{year}")
    @Operation(summary = "Set a facility's resources for a year", description = "Idempotent upsert by facility and year; counts are 0 or more.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = YearlyResources.class), examples = @ExampleObject(name = "2020", value = Examples.COUNTS)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "2020", value = Examples.COUNTS)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "2020", value = Examples.COUNTS)))
    @APIResponse(responseCode = "400", description = "A negative count or a bad year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such facility",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "stale", value = Examples.PRECONDITION)))
    public Response putResource(@Parameter(example = "tl-people-hospital") @PathParam("code") String code,
                                @Parameter(example = "2020") @PathParam("year") String year,
                                @Parameter(description = "ETag last read", example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
                                @HeaderParam("If-Match") String ifMatch,
                                @Valid @NotNull YearlyResources body, @Context UriInfo uri) {
        var result = service.putResource(code, QueryParams.requiredYear("year", year), body, ifMatch);
        Response.ResponseBuilder rb = result.created() ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return rb.entity(result.value()).tag(Versions.etag(result.value().version)).build();
    }

    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No token, or an invalid, expired or wrongly signed one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = Examples.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token's regions (and their sub-regions) do not cover the facility's region (old and new when it moves)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "outside the token's regions", value = Examples.FORBIDDEN_REGION)))
    @DELETE
    @Path("/{code}/resources/{year}")
    @Operation(summary = "Delete a facility's resources for a year")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such facility or year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "stale", value = Examples.PRECONDITION)))
    public Response deleteResource(@Parameter(example = "tl-people-hospital") @PathParam("code") String code,
                                   @Parameter(example = "2020") @PathParam("year") String year,
                                   @Parameter(description = "ETag last read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        service.deleteResource(code, QueryParams.requiredYear("year", year), ifMatch);
        return Response.noContent().build();
    }

    // ---- bulk

    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No token, or an invalid, expired or wrongly signed one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = Examples.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token's regions (and their sub-regions) do not cover the facility's region (old and new when it moves)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "outside the token's regions", value = Examples.FORBIDDEN_REGION)))
    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import facilities with their yearly resources (JSON)",
            description = "Atomic upsert by facility code, resources by year: every row or none. ?dryRun=true validates without writing. "
                    + "Rows count from 1.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "facilities", value = Examples.FACILITY_IMPORT)))
    @APIResponse(responseCode = "200", description = "Imported (or, on a dry run, would be)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class),
                    examples = @ExampleObject(name = "report", value = Examples.IMPORT_REPORT)))
    @APIResponse(responseCode = "400", description = "Rows with errors; nothing was written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "rejected", value = Examples.IMPORT_REJECTED)))
    public ImportReport importJson(@Parameter(description = "Validate only", example = "false") @QueryParam("dryRun") String dryRun,
                                   String body) {
        return importer.importJson(body, QueryParams.bool("dryRun", dryRun));
    }

    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No token, or an invalid, expired or wrongly signed one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = Examples.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token's regions (and their sub-regions) do not cover the facility's region (old and new when it moves)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "outside the token's regions", value = Examples.FORBIDDEN_REGION)))
    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import facilities with their yearly resources (CSV)",
            description = "Header row of field names; resource columns are resources.year, resources.beds, ... "
                    + "One line per facility and year; a facility's columns are taken from its first line. Rows count from 1 after the header.")
    @RequestBody(required = true, content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv", value = Examples.FACILITY_CSV)))
    @APIResponse(responseCode = "200", description = "Imported (or, on a dry run, would be)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class),
                    examples = @ExampleObject(name = "report", value = Examples.IMPORT_REPORT)))
    @APIResponse(responseCode = "400", description = "Rows with errors; nothing was written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "rejected", value = Examples.IMPORT_REJECTED)))
    public ImportReport importCsv(@Parameter(description = "Validate only", example = "false") @QueryParam("dryRun") String dryRun,
                                  String body) {
        return importer.importCsv(body, QueryParams.bool("dryRun", dryRun));
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(summary = "Export facilities with their yearly resources (CSV)",
            description = "The import's CSV form: importing it back gives the same state.")
    @APIResponse(responseCode = "200", description = "CSV, one line per facility and year",
            content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv", value = Examples.FACILITY_CSV)))
    @APIResponse(responseCode = "404", description = "No such region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    public Response export(@Parameter(description = "Region; its sub-regions are included", example = "500151")
                           @QueryParam("regionCode") String regionCode) {
        String region = regionCode == null || regionCode.isBlank() ? null : regionCode;
        return Response.ok(service.exportCsv(region), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"facilities.csv\"").build();
    }
}
