package org.healthplanning.indicator.rest;

import org.healthplanning.platform.http.PageRequest;
import org.healthplanning.platform.http.PageResponse;
import org.healthplanning.platform.http.Versions;
import org.healthplanning.platform.problem.DomainException;
import org.healthplanning.platform.problem.Problem;
import org.healthplanning.platform.security.Caller;

import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthplanning.indicator.service.MonitoringValueService;
import org.healthplanning.indicator.service.PlanIndicatorService;

@Path("/api/v1/plans/{planCode}/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plan indicators", description = "The rows of a plan's indicator table, and their annual monitoring values")
public class PlanIndicatorResource {
    static final String INPUT_EXAMPLE = """
            {"category": "健康水平", "seq": "1", "name": "人均预期寿命", "unit": "岁", "subItem": null,
             "baseline": {"year": 2020, "raw": "78.47"}, "target": {"year": 2025, "raw": "79.3"},
             "upperTargets": [{"scope": "2025年市级目标", "year": 2025, "raw": "≥79"}], "nature": "EXPECTED", "remarks": null}""";
    static final String ROW_EXAMPLE = """
            {"id": 1, "position": 1, "category": "健康水平", "seq": "1", "name": "人均预期寿命", "unit": "岁", "subItem": null,
             "definitionCode": "LIFE_EXPECTANCY", "direction": "INCREASE",
             "baseline": {"year": 2020, "raw": "78.47", "value": 78.47},
             "target": {"year": 2025, "raw": "79.3", "comparator": "=", "value": 79.3, "effectiveComparator": ">="},
             "upperTargets": [{"scope": "2025年市级目标", "year": 2025, "raw": "≥79", "comparator": ">=", "value": 79, "effectiveComparator": ">="}],
             "nature": "EXPECTED", "remarks": null, "version": 0}""";
    static final String PAGE_EXAMPLE = "{\"items\": [" + ROW_EXAMPLE + "], \"page\": 0, \"size\": 50, \"total\": 1}";
    static final String BAD_ROW_EXAMPLE = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "baseline.value: 79 does not match raw '78.47' (78.47)", "instance": "/api/v1/plans/tongliang-14th/indicators",
             "errors": [{"field": "baseline.value", "message": "79 does not match raw '78.47' (78.47)"}]}""";
    static final String NOT_FOUND_EXAMPLE = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Indicator '999 of plan tongliang-14th' does not exist", "instance": "/api/v1/plans/tongliang-14th/indicators/999"}""";
    static final String PRECONDITION_EXAMPLE = """
            {"type": "/problems/precondition-failed", "title": "Precondition failed", "status": 412,
             "detail": "The resource has changed: its current version is 2", "instance": "/api/v1/plans/tongliang-14th/indicators/1"}""";
    static final String IMPORT_OK_EXAMPLE = """
            {"imported": 25, "dryRun": false, "errors": [], "warnings": []}""";
    static final String IMPORT_BAD_EXAMPLE = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "row 2, nature: 'MANDATORY' is not one of BINDING, EXPECTED (约束性, 预期性)",
             "instance": "/api/v1/plans/tongliang-14th/indicators/import",
             "errors": [{"row": 2, "field": "nature", "message": "'MANDATORY' is not one of BINDING, EXPECTED (约束性, 预期性)"}],
             "imported": 0, "dryRun": false, "warnings": []}""";
    static final String CSV_EXAMPLE = """
            seq,category,name,subItem,unit,nature,definitionCode,baseline.year,baseline.raw,baseline.value,target.year,target.raw,target.comparator,target.value,remarks
            1,健康水平,人均预期寿命,,岁,EXPECTED,LIFE_EXPECTANCY,2020,78.47,78.47,2025,79.3,=,79.3,
            """;
    static final String VALUE_EXAMPLE = """
            {"indicatorId": 1, "year": 2023, "value": 79.0, "raw": "79.0", "status": "FINAL", "source": "铜梁区卫生健康统计年鉴2023", "note": null, "version": 0}""";
    static final String VALUE_INPUT_EXAMPLE = """
            {"value": 79.0, "status": "FINAL", "source": "铜梁区卫生健康统计年鉴2023"}""";
    static final String BAD_VALUE_EXAMPLE = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "year: must be a year between 1949 and 2100", "instance": "/api/v1/plans/tongliang-14th/indicators/1/values/1900",
             "errors": [{"field": "year", "message": "must be a year between 1949 and 2100"}]}""";

    @Inject
    PlanIndicatorService service;

    @Inject
    MonitoringValueService valueService;

    @Inject
    ObjectMapper mapper;

    @GET
    @Operation(summary = "List a plan's indicator rows", description = "In table order unless sorted otherwise.")
    @APIResponse(responseCode = "200", description = "A page of rows",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Bad paging or sorting parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<PlanIndicatorView> list(
            @Parameter(example = "tongliang-14th") @PathParam("planCode") String planCode,
            @Parameter(description = "Only rows linked to this definition", example = "LIFE_EXPECTANCY") @QueryParam("definitionCode") String definitionCode,
            @Parameter(description = "BINDING or EXPECTED", example = "BINDING") @QueryParam("nature") String nature,
            @Parameter(description = "Category as printed", example = "健康水平") @QueryParam("category") String category,
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1-500", example = "50") @QueryParam("size") String size,
            @Parameter(description = "Sort field, '-' for descending: position, seq, name, id", example = "position")
            @QueryParam("sort") String sort) {
        Map<String, String> names = Map.of("position", "position", "seq", "seq", "name", "name", "id", "id");
        PageRequest p = PageRequest.of(page, size, sort, names, "position");
        String spec = sort == null || sort.isBlank() ? "position" : sort.trim();
        boolean descending = spec.startsWith("-");
        return service.list(planCode, definitionCode, nature, category, p.page(), p.size(),
                descending ? spec.substring(1) : spec, descending);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an indicator row")
    @APIResponse(responseCode = "200", description = "The row; its version is also in ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanIndicatorView.class),
                    examples = @ExampleObject(name = "row", value = ROW_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such plan or row",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not found", value = NOT_FOUND_EXAMPLE)))
    public Response get(@Parameter(example = "tongliang-14th") @PathParam("planCode") String planCode,
                        @Parameter(example = "1") @PathParam("id") String id) {
        PlanIndicatorView v = service.get(planCode, id);
        return Response.ok(v).tag(Versions.etag(v.version())).build();
    }

    @POST
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No valid bearer token (none, malformed, expired or bad signature)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token may not write this plan's region (editor of other regions, or no editor/admin role)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "forbidden", value = ApiDocs.FORBIDDEN_REGION)))
    @Operation(summary = "Add an indicator row",
            description = "Send raw cells as printed; comparator and value are parsed from them. The row is linked to a"
                    + " definition by name or alias unless definitionCode is given. Without position it goes last.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanIndicatorInput.class), examples = @ExampleObject(name = "row", value = INPUT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location names the row",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "row", value = ROW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid row; the problem names each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "value does not match raw", value = BAD_ROW_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Parameter(example = "tongliang-14th") @PathParam("planCode") String planCode,
                           @NotNull PlanIndicatorInput input, @Context UriInfo uri) {
        PlanIndicatorView created = service.create(planCode, input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).tag(Versions.etag(created.version())).build();
    }

    @PUT
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No valid bearer token (none, malformed, expired or bad signature)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token may not write this plan's region (editor of other regions, or no editor/admin role)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "forbidden", value = ApiDocs.FORBIDDEN_REGION)))
    @Path("/{id}")
    @Operation(summary = "Replace an indicator row", description = "Honours If-Match (or version in the body).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanIndicatorInput.class), examples = @ExampleObject(name = "row", value = INPUT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "row", value = ROW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid row",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "value does not match raw", value = BAD_ROW_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such plan or row",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not found", value = NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "stale", value = PRECONDITION_EXAMPLE)))
    public Response replace(@Parameter(example = "tongliang-14th") @PathParam("planCode") String planCode,
                            @Parameter(example = "1") @PathParam("id") String id,
                            @Parameter(description = "ETag last read", example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
                            @HeaderParam("If-Match") String ifMatch,
                            @NotNull PlanIndicatorInput input) {
        PlanIndicatorView v = service.replace(planCode, id, input, ifMatch);
        return Response.ok(v).tag(Versions.etag(v.version())).build();
    }

    @PATCH
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No valid bearer token (none, malformed, expired or bad signature)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token may not write this plan's region (editor of other regions, or no editor/admin role)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "forbidden", value = ApiDocs.FORBIDDEN_REGION)))
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "Change some fields of an indicator row",
            description = "JSON merge patch on the row. A changed raw cell without value or comparator is parsed again;"
                    + " a changed name without definitionCode is linked again. Honours If-Match.")
    @RequestBody(required = true, content = @Content(mediaType = "application/merge-patch+json",
            examples = @ExampleObject(name = "new target", value = "{\"target\": {\"raw\": \"≥79.5\"}, \"nature\": \"BINDING\"}")))
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "row", value = ROW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid change",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "value does not match raw", value = BAD_ROW_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such plan or row",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not found", value = NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "stale", value = PRECONDITION_EXAMPLE)))
    public Response patch(@Parameter(example = "tongliang-14th") @PathParam("planCode") String planCode,
                          @Parameter(example = "1") @PathParam("id") String id,
                          @Parameter(description = "ETag last read", example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
                          @HeaderParam("If-Match") String ifMatch,
                          String body) {
        JsonNode patch;
        try {
            patch = mapper.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw DomainException.invalid("body", "malformed JSON: " + e.getOriginalMessage());
        }
        PlanIndicatorView v = service.patch(planCode, id, patch, ifMatch);
        return Response.ok(v).tag(Versions.etag(v.version())).build();
    }

    @DELETE
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No valid bearer token (none, malformed, expired or bad signature)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token may not write this plan's region (editor of other regions, or no editor/admin role)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "forbidden", value = ApiDocs.FORBIDDEN_REGION)))
    @Path("/{id}")
    @Operation(summary = "Delete an indicator row", description = "Deletes the row with its monitoring values.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such plan or row",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not found", value = NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "stale", value = PRECONDITION_EXAMPLE)))
    public Response delete(@Parameter(example = "tongliang-14th") @PathParam("planCode") String planCode,
                           @Parameter(example = "1") @PathParam("id") String id,
                           @Parameter(description = "ETag last read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(planCode, id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No valid bearer token (none, malformed, expired or bad signature)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token may not write this plan's region (editor of other regions, or no editor/admin role)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "forbidden", value = ApiDocs.FORBIDDEN_REGION)))
    @Path("/import")
    @Consumes({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "Import indicator rows",
            description = "Atomic: all rows or none. JSON (an array of rows) or CSV (header row of JSON field names, nested ones"
                    + " dotted: target.raw, upperTargets.0.raw; an empty cell is no value). mode=append (default) adds the rows"
                    + " after the existing ones; mode=replace makes the table exactly these rows, keeping the identity and"
                    + " monitoring values of rows with the same name and sub-item. dryRun=true checks without writing."
                    + " Rows are numbered from 1 (the first data row of a CSV).")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "rows", value = "[" + INPUT_EXAMPLE + "]")),
            @Content(mediaType = Csv.MEDIA_TYPE, examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE))})
    @APIResponse(responseCode = "200", description = "Imported (or checked, on a dry run)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class),
                    examples = @ExampleObject(name = "report", value = IMPORT_OK_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Some rows are invalid; nothing was written. Each error names row and field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "bad row", value = IMPORT_BAD_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportReport importRows(@Parameter(example = "tongliang-14th") @PathParam("planCode") String planCode,
                                   @Parameter(description = "replace or append (default)", example = "replace") @QueryParam("mode") String mode,
                                   @Parameter(description = "Check only, write nothing", example = "false") @QueryParam("dryRun") String dryRun,
                                   @Context HttpHeaders headers, String body) {
        List<JsonNode> rows = BulkRows.read(headers.getHeaderString(HttpHeaders.CONTENT_TYPE), body, mapper,
                PlanIndicatorService::isImportColumn);
        return service.importRows(planCode, rows, mode, flag("dryRun", dryRun));
    }

    static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase()) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw DomainException.invalid(name, "'" + value + "' is not true or false");
        };
    }

    @GET
    @Path("/export")
    @Produces(Csv.MEDIA_TYPE + ";charset=UTF-8")
    @Operation(summary = "Export the plan's table as CSV", description = "Imports back (mode=replace) to the same rows.")
    @APIResponse(responseCode = "200", description = "CSV with a header row",
            content = @Content(mediaType = Csv.MEDIA_TYPE, examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(@Parameter(example = "tongliang-14th") @PathParam("planCode") String planCode) {
        return Response.ok(service.exportCsv(planCode))
                .header("Content-Disposition", "attachment; filename=\"indicators-" + planCode + ".csv\"").build();
    }

    @GET
    @Path("/{id}/values")
    @Operation(summary = "List a row's monitoring values", description = "By year, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of values",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "values", value = "{\"items\": [" + VALUE_EXAMPLE + "], \"page\": 0, \"size\": 50, \"total\": 1}")))
    @APIResponse(responseCode = "404", description = "No such plan or row",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not found", value = NOT_FOUND_EXAMPLE)))
    public PageResponse<MonitoringValueBody> values(@Parameter(example = "tongliang-14th") @PathParam("planCode") String planCode,
                                                    @Parameter(example = "1") @PathParam("id") String id,
                                                    @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") String page,
                                                    @Parameter(description = "Page size, 1-500", example = "50") @QueryParam("size") String size,
                                                    @Parameter(description = "year or -year", example = "-year") @QueryParam("sort") String sort) {
        PageRequest p = PageRequest.of(page, size, sort, Map.of("year", "year"), "year");
        List<MonitoringValueBody> all = valueService.list(planCode, id);
        if (sort != null && sort.trim().startsWith("-")) {
            all = new java.util.ArrayList<>(all);
            java.util.Collections.reverse(all);
        }
        int from = (int) Math.min((long) p.page() * p.size(), all.size());
        return new PageResponse<>(all.subList(from, Math.min(from + p.size(), all.size())), p.page(), p.size(), all.size());
    }

    @GET
    @Path("/{id}/values/{year}")
    @Operation(summary = "Get a row's monitoring value for a year")
    @APIResponse(responseCode = "200", description = "The value; its version is also in ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonitoringValueBody.class),
                    examples = @ExampleObject(name = "value", value = VALUE_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No value for that year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response value(@Parameter(example = "tongliang-14th") @PathParam("planCode") String planCode,
                          @Parameter(example = "1") @PathParam("id") String id,
                          @Parameter(example = "2023") @PathParam("year") String year) {
        MonitoringValueBody v = valueService.get(planCode, id, year);
        return Response.ok(v).tag(Versions.etag(v.version())).build();
    }

    @PUT
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No valid bearer token (none, malformed, expired or bad signature)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token may not write this plan's region (editor of other regions, or no editor/admin role)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "forbidden", value = ApiDocs.FORBIDDEN_REGION)))
    @Path("/{id}/values/{year}")
    @Operation(summary = "Set a row's monitoring value for a year",
            description = "Idempotent upsert. value, or raw with a number in it, is required; status PROVISIONAL (default) or FINAL.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MonitoringValueBody.class), examples = @ExampleObject(name = "value", value = VALUE_INPUT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "value", value = VALUE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "value", value = VALUE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid value or year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "bad year", value = BAD_VALUE_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such plan or row",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not found", value = NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "stale", value = PRECONDITION_EXAMPLE)))
    public Response putValue(@Parameter(example = "tongliang-14th") @PathParam("planCode") String planCode,
                             @Parameter(example = "1") @PathParam("id") String id,
                             @Parameter(example = "2023") @PathParam("year") String year,
                             @Parameter(description = "ETag last read", example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
                             @HeaderParam("If-Match") String ifMatch,
                             @NotNull MonitoringValueBody body, @Context UriInfo uri) {
        MonitoringValueService.Upsert result = valueService.put(planCode, id, year, body, ifMatch);
        Response.ResponseBuilder rb = result.created() ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return rb.entity(result.value()).tag(Versions.etag(result.value().version())).build();
    }

    @DELETE
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No valid bearer token (none, malformed, expired or bad signature)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token may not write this plan's region (editor of other regions, or no editor/admin role)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "forbidden", value = ApiDocs.FORBIDDEN_REGION)))
    @Path("/{id}/values/{year}")
    @Operation(summary = "Delete a row's monitoring value for a year")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No value for that year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "stale", value = PRECONDITION_EXAMPLE)))
    public Response deleteValue(@Parameter(example = "tongliang-14th") @PathParam("planCode") String planCode,
                                @Parameter(example = "1") @PathParam("id") String id,
                                @Parameter(example = "2023") @PathParam("year") String year,
                                @Parameter(description = "ETag last read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        valueService.delete(planCode, id, year, ifMatch);
        return Response.noContent().build();
    }
}
