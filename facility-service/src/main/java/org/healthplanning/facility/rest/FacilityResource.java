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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
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
import org.healthplanning.facility.api.ImportReport;
import org.healthplanning.facility.api.FacilityDto;
import org.healthplanning.facility.api.FacilityPage;
import org.healthplanning.facility.api.YearlyResourcesDto;
import org.healthplanning.facility.domain.FacilityType;
import org.healthplanning.facility.service.FacilityImportService;
import org.healthplanning.facility.service.FacilityService;
import org.healthplanning.facility.service.FacilitySheets;
import org.healthplanning.platform.sheet.ExportFormat;
import org.healthplanning.platform.sheet.SheetData;
import org.healthplanning.platform.sheet.SheetReader;

@Path("/api/v1/facilities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Facilities", description = "Medical and public-health institutions")
@Tag(name = "Facility resources", description = "Beds, staff and vehicles each facility reports per calendar year")
public class FacilityResource {
    @Inject
    FacilityService service;
    @Inject
    FacilityImportService importer;

    @GET
    @Tag(name = "Facilities")
    @Operation(operationId = "listFacilities", summary = "List facilities",
            description = "Pages through facilities; with regionCode, the facilities of that region and all its sub-regions."
                    + " With updatedAfter or after, an incremental read: the rows changed since, in change order, paged by cursor.")
    @APIResponse(responseCode = "200", description = "A page of facilities",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FacilityPage.class)))
    @APIResponse(responseCode = "400", description = "Bad filter, paging or sorting parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad parameter", value = ApiDocs.BAD_PARAMETER)))
    @APIResponse(responseCode = "404", description = "No such region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiDocs.NOT_FOUND)))
    public PageResponse<FacilityDto> list(
            @Parameter(description = "Region; its sub-regions are included",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.REGION_CODE_PATTERN), example = "500151")
            @QueryParam("regionCode") String regionCode,
            @Parameter(description = "Facility type", schema = @Schema(type = SchemaType.STRING, enumeration = {"GENERAL_HOSPITAL",
                    "TCM_HOSPITAL", "MATERNAL_CHILD_HOSPITAL", "SPECIALIST_HOSPITAL", "COMMUNITY_HEALTH_CENTER", "COMMUNITY_HEALTH_STATION",
                    "TOWNSHIP_HEALTH_CENTER", "VILLAGE_CLINIC", "CDC", "CLINIC", "OTHER"}), example = "GENERAL_HOSPITAL")
            @QueryParam("type") String type,
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
                    enumeration = {"code", "-code", "name", "-name", "regionCode", "-regionCode", "type", "-type", "openedYear", "-openedYear",
                            "closedYear", "-closedYear"}), example = "name")
            @QueryParam("sort") String sort) {
        ChangeQuery changes = ChangeQuery.of(updatedAfter, after, page, size, sort);
        if (changes != null) {
            return service.changes(regionCode, type(type), changes);
        }
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
    @Tag(name = "Facilities")
    @Operation(operationId = "getFacility", summary = "Get a facility", description = "One facility; its version is also in ETag.")
    @APIResponse(responseCode = "200", description = "The facility",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FacilityDto.class),
                    examples = @ExampleObject(name = "facility", value = ApiDocs.FACILITY)))
    @APIResponse(responseCode = "404", description = "No such facility",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiDocs.NOT_FOUND_FACILITY)))
    public Response get(@Parameter(description = ApiDocs.FACILITY_CODE,
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.FACILITY_CODE_PATTERN), example = "tl-people-hospital")
            @PathParam("code") String code) {
        FacilityDto f = service.get(code);
        return Response.ok(f).tag(Versions.etag(f.version)).build();
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
    @Tag(name = "Facilities")
    @Operation(operationId = "createFacility", summary = "Create a facility", description = "Its region must exist.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FacilityDto.class), examples = @ExampleObject(name = "facility", value = ApiDocs.FACILITY)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new facility",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FacilityDto.class),
                    examples = @ExampleObject(name = "facility", value = ApiDocs.FACILITY)))
    @APIResponse(responseCode = "400", description = "Invalid facility or unknown region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown region", value = ApiDocs.BAD_FACILITY)))
    @APIResponse(responseCode = "409", description = "A facility with this code exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "duplicate", value = ApiDocs.CONFLICT_FACILITY)))
    public Response create(@Valid @NotNull FacilityDto facility, @Context UriInfo uri) {
        FacilityDto created = service.create(facility);
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
    @Tag(name = "Facilities")
    @Operation(operationId = "putFacility", summary = "Create or replace a facility", description = "Idempotent upsert by code; its region must exist.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FacilityDto.class), examples = @ExampleObject(name = "facility", value = ApiDocs.FACILITY)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FacilityDto.class),
                    examples = @ExampleObject(name = "facility", value = ApiDocs.FACILITY)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FacilityDto.class),
                    examples = @ExampleObject(name = "facility", value = ApiDocs.FACILITY)))
    @APIResponse(responseCode = "400", description = "Invalid facility or unknown region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown region", value = ApiDocs.BAD_FACILITY)))
    @APIResponse(responseCode = "412", description = ApiDocs.PRECONDITION_TEXT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ApiDocs.PRECONDITION)))
    public Response put(@Parameter(description = ApiDocs.FACILITY_CODE,
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.FACILITY_CODE_PATTERN), example = "tl-people-hospital")
            @PathParam("code") String code,
            @Parameter(description = ApiDocs.IF_MATCH, example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull FacilityDto facility, @Context UriInfo uri) {
        var result = service.upsert(code, facility, ifMatch);
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
    @Tag(name = "Facilities")
    @Operation(operationId = "deleteFacility", summary = "Delete a facility", description = "Deletes the facility with its yearly resources.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such facility",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiDocs.NOT_FOUND_FACILITY)))
    @APIResponse(responseCode = "412", description = ApiDocs.PRECONDITION_TEXT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ApiDocs.PRECONDITION)))
    public Response delete(@Parameter(description = ApiDocs.FACILITY_CODE,
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.FACILITY_CODE_PATTERN), example = "tl-people-hospital")
            @PathParam("code") String code,
            @Parameter(description = ApiDocs.IF_MATCH, example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
            @HeaderParam("If-Match") String ifMatch) {
        service.delete(code, ifMatch);
        return Response.noContent().build();
    }

    // ---- yearly resources

    @GET
    @Path("/{code}/resources")
    @Tag(name = "Facility resources")
    @Operation(operationId = "listFacilityResources", summary = "Yearly resources of a facility",
            description = "Every calendar year the facility reported (beds, staff in persons, ambulances, childcare places), oldest first.")
    @APIResponse(responseCode = "200", description = "Every year reported, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = YearlyResourcesDto.class),
                    examples = @ExampleObject(name = "years", value = "[" + ApiDocs.COUNTS + "]")))
    @APIResponse(responseCode = "404", description = "No such facility",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiDocs.NOT_FOUND_FACILITY)))
    public List<YearlyResourcesDto> resources(@Parameter(description = ApiDocs.FACILITY_CODE,
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.FACILITY_CODE_PATTERN), example = "tl-people-hospital")
            @PathParam("code") String code,
            @Parameter(description = "Only the years changed after this ISO-8601 instant (with an offset), in change order"
                    + " (updatedAt, then year), up to the change horizon; for cursor paging across all facilities use GET /api/v1/facility-resources",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"), example = "2026-03-01T08:00:00Z")
            @QueryParam("updatedAfter") String updatedAfter) {
        return service.resources(code, updatedAfter);
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
    @Path("/{code}/resources/{year}")
    @Tag(name = "Facility resources")
    @Operation(operationId = "putFacilityResources", summary = "Set a facility's resources for a year",
            description = "Idempotent upsert by facility and calendar year; counts are 0 or more.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = YearlyResourcesDto.class), examples = @ExampleObject(name = "2020", value = ApiDocs.COUNTS)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearlyResourcesDto.class),
                    examples = @ExampleObject(name = "2020", value = ApiDocs.COUNTS)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearlyResourcesDto.class),
                    examples = @ExampleObject(name = "2020", value = ApiDocs.COUNTS)))
    @APIResponse(responseCode = "400", description = "A negative count or a bad year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "negative count", value = ApiDocs.BAD_COUNTS)))
    @APIResponse(responseCode = "404", description = "No such facility",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiDocs.NOT_FOUND_FACILITY)))
    @APIResponse(responseCode = "412", description = ApiDocs.PRECONDITION_TEXT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ApiDocs.PRECONDITION)))
    public Response putResource(@Parameter(description = ApiDocs.FACILITY_CODE,
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.FACILITY_CODE_PATTERN), example = "tl-people-hospital")
            @PathParam("code") String code,
            @Parameter(description = ApiDocs.YEAR,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2100"), example = "2020")
            @PathParam("year") String year,
            @Parameter(description = ApiDocs.IF_MATCH, example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull YearlyResourcesDto body, @Context UriInfo uri) {
        var result = service.putResource(code, QueryParams.requiredYear("year", year), body, ifMatch);
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
    @Path("/{code}/resources/{year}")
    @Tag(name = "Facility resources")
    @Operation(operationId = "deleteFacilityResources", summary = "Delete a facility's resources for a year",
            description = "Removes what the facility reported for that calendar year.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such facility or year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiDocs.NOT_FOUND_FACILITY)))
    @APIResponse(responseCode = "412", description = ApiDocs.PRECONDITION_TEXT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ApiDocs.PRECONDITION)))
    public Response deleteResource(@Parameter(description = ApiDocs.FACILITY_CODE,
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.FACILITY_CODE_PATTERN), example = "tl-people-hospital")
            @PathParam("code") String code,
            @Parameter(description = ApiDocs.YEAR,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2100"), example = "2020")
            @PathParam("year") String year,
            @Parameter(description = ApiDocs.IF_MATCH, example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
            @HeaderParam("If-Match") String ifMatch) {
        service.deleteResource(code, QueryParams.requiredYear("year", year), ifMatch);
        return Response.noContent().build();
    }

    // ---- bulk

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
    @Path("/import")
    @Consumes({MediaType.APPLICATION_JSON, "text/csv", MediaType.TEXT_PLAIN})
    @Tag(name = "Facilities")
    @Operation(operationId = "importFacilities", summary = "Import facilities with their yearly resources",
            description = ApiDocs.IMPORT_DESCRIPTION)
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = FacilityDto.class),
                    examples = @ExampleObject(name = "facilities", value = ApiDocs.FACILITY_IMPORT)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", value = ApiDocs.FACILITY_CSV)),
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "Imported (or, on a dry run, would be)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class),
                    examples = @ExampleObject(name = "report", value = ApiDocs.IMPORT_REPORT)))
    @APIResponse(responseCode = "400", description = "Rows with errors (nothing was written), a malformed body or a bad dryRun",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "rejected", value = ApiDocs.IMPORT_REJECTED)))
    public ImportReport importFacilities(
            @Parameter(description = ApiDocs.DRY_RUN, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"), example = "false")
            @QueryParam("dryRun") String dryRun,
            @Context HttpHeaders headers,
            java.io.InputStream body) {
        MediaType type = headers.getMediaType();
        boolean json = type != null && (type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
        boolean dry = QueryParams.bool("dryRun", dryRun);
        // JSON is parsed as it is read; CSV is read as text first
        return json ? importer.importJson(body, dry) : importer.importCsv(text(body), dry);
    }

    /** The CSV body as text: UTF-8, whatever charset the request names (as the String body was read before). */
    private static String text(java.io.InputStream body) {
        try {
            return body == null ? "" : new String(body.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw DomainException.invalid("body", "could not be read: " + e.getMessage());
        }
    }

    /** The XLSX form of {@link #importFacilities}; the document shows every form as one operation. */
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @POST
    @Path("/import")
    @Consumes(ExportFormat.XLSX_TYPE)
    @Operation(hidden = true)
    public ImportReport importFacilitiesXlsx(@QueryParam("dryRun") String dryRun, java.io.InputStream body) {
        boolean dry = QueryParams.bool("dryRun", dryRun);
        SheetData sheet = SheetReader.read(body, FacilitySheets.SCHEMA);
        List<List<String>> records = FacilitySheets.records(sheet);
        try {
            ImportReport report = importer.importRecords(records, dry);
            return new ImportReport(report.imported(), report.resources(), report.dryRun(), report.errors(), sheet.locate(report.warnings()));
        } catch (DomainException e) {
            throw sheet.locate(e);
        }
    }

    @GET
    @Path("/export")
    @Produces({"text/csv", ExportFormat.XLSX_TYPE})
    @Tag(name = "Facilities")
    @Operation(operationId = "exportFacilities", summary = "Export facilities with their yearly resources (CSV or XLSX)",
            description = "The import's CSV form, one line per facility and calendar year: importing it back gives the same state. "
                    + "Also CSV with a UTF-8 byte-order mark for Excel (format=csv-bom) and XLSX (format=xlsx or Accept "
                    + ExportFormat.XLSX_TYPE + "): one sheet of the same columns and lines, units in the headings (resources.beds (张),"
                    + " staff in 人, ambulances in 辆, childcare places in 个), numbers as numeric cells, a frozen header row, written in"
                    + " bounded memory; it imports back like the CSV. format= wins over Accept.")
    @APIResponse(responseCode = "200", description = "CSV, one line per facility and year, or a workbook of the same lines",
            content = {@Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", value = ApiDocs.FACILITY_CSV)),
                    @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, description = "The workbook (XLSX bytes)"))})
    @APIResponse(responseCode = "400", description = "A region code or format that is not one of csv, csv-bom, xlsx",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad format", value = ApiDocs.BAD_FORMAT)))
    @APIResponse(responseCode = "404", description = "No such region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiDocs.NOT_FOUND)))
    public Response export(@Parameter(description = "Region; its sub-regions are included",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.REGION_CODE_PATTERN), example = "500151")
            @QueryParam("regionCode") String regionCode,
            // a plain link's choice of form, beside Accept: not in the OpenAPI document, so generated clients keep their signatures
            @Parameter(hidden = true) @QueryParam(ExportFormat.PARAMETER) String format,
            @Context HttpHeaders headers) {
        String region = regionCode == null || regionCode.isBlank() ? null : regionCode;
        ExportFormat form = ExportFormat.choose(format, headers, ExportFormat.CSV, ExportFormat.FILES);
        if (form == ExportFormat.XLSX) {
            return Response.ok(service.exportSheet(region).streaming(), form.contentType())
                    .header("Content-Disposition", form.attachment("facilities")).build();
        }
        return Response.ok((form == ExportFormat.CSV_BOM ? "\uFEFF" : "") + service.exportCsv(region), form.contentType())
                .header("Content-Disposition", form.attachment("facilities")).build();
    }
}
