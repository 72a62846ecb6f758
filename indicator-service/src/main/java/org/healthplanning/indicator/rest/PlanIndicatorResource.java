package org.healthplanning.indicator.rest;

import org.healthplanning.platform.http.PageRequest;
import org.healthplanning.http.PageResponse;
import org.healthplanning.platform.http.Versions;
import org.healthplanning.http.DomainException;
import org.healthplanning.http.Problem;
import org.healthplanning.platform.security.Caller;
import org.healthplanning.platform.sync.ChangeQuery;

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
import java.io.InputStream;
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
import org.healthplanning.indicator.api.BulkRows;
import org.healthplanning.indicator.api.Csv;
import org.healthplanning.indicator.api.ImportReport;
import org.healthplanning.indicator.api.IndicatorSheets;
import org.healthplanning.platform.sheet.ExportFormat;
import org.healthplanning.platform.sheet.SheetData;
import org.healthplanning.platform.sheet.SheetReader;
import org.healthplanning.indicator.api.MonitoringValueBody;
import org.healthplanning.indicator.api.PlanIndicatorInput;
import org.healthplanning.indicator.api.PlanIndicatorPatch;
import org.healthplanning.indicator.api.PlanIndicatorView;
import static org.healthplanning.indicator.rest.ApiDocs.*;
import org.healthplanning.indicator.service.MonitoringValueService;
import org.healthplanning.indicator.service.PlanIndicatorService;

@Path("/api/v1/plans/{planCode}/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plan indicators", description = "The rows of a plan's indicator table (指标表), in table order")
public class PlanIndicatorResource {
    @Inject
    PlanIndicatorService service;

    @Inject
    MonitoringValueService valueService;

    @Inject
    ObjectMapper mapper;

    @GET
    @Operation(operationId = "listPlanIndicators", summary = "List a plan's indicator rows",
            description = "In table order unless sorted otherwise; filters by definition, nature or category. With updatedAfter or"
                    + " after, only the rows changed since, in change order, paged by cursor; GET /api/v1/plan-indicators lists every plan's.")
    @APIResponse(responseCode = "200", description = "A page of rows")
    @APIResponse(responseCode = "400", description = "A malformed filter, paging or sorting parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "bad size", value = BAD_PARAMETER),
                            @ExampleObject(name = "bad updatedAfter", value = BAD_UPDATED_AFTER)}))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = PLAN_NOT_FOUND)))
    public PageResponse<PlanIndicatorView> list(
            @Parameter(description = PLAN_CODE_TEXT, example = "tongliang-14th") @PathParam("planCode") String planCode,
            @Parameter(description = "Only rows linked to this definition", example = "LIFE_EXPECTANCY") @QueryParam("definitionCode") String definitionCode,
            @Parameter(description = "Only rows of this nature: BINDING (约束性) or EXPECTED (预期性)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"BINDING", "EXPECTED"}), example = "BINDING")
            @QueryParam("nature") String nature,
            @Parameter(description = "Category as printed", example = "健康水平") @QueryParam("category") String category,
            @Parameter(description = PAGE_TEXT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0"),
                    example = "0") @QueryParam("page") String page,
            @Parameter(description = SIZE_TEXT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500",
                    defaultValue = "50"), example = "50") @QueryParam("size") String size,
            @Parameter(description = "Sort field, '-' for descending (default position)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"position", "-position", "seq", "-seq", "name", "-name", "id", "-id"}),
                    example = "position")
            @QueryParam("sort") String sort,
            @Parameter(description = UPDATED_AFTER_TEXT, schema = @Schema(type = SchemaType.STRING, format = "date-time"),
                    example = "2026-03-01T08:00:00Z") @QueryParam("updatedAfter") String updatedAfter,
            @Parameter(description = AFTER_TEXT, schema = @Schema(type = SchemaType.STRING), example = CURSOR_EXAMPLE)
            @QueryParam("after") String after) {
        ChangeQuery changes = ChangeQuery.of(updatedAfter, after, page, size, sort);
        if (changes != null) {
            return service.changes(planCode, definitionCode, nature, category, changes);
        }
        Map<String, String> names = Map.of("position", "position", "seq", "seq", "name", "name", "id", "id");
        PageRequest p = PageRequest.of(page, size, sort, names, "position");
        String spec = sort == null || sort.isBlank() ? "position" : sort.trim();
        boolean descending = spec.startsWith("-");
        return service.list(planCode, definitionCode, nature, category, p.page(), p.size(),
                descending ? spec.substring(1) : spec, descending);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPlanIndicator", summary = "Get an indicator row", description = "The row; its version is also sent as ETag.")
    @APIResponse(responseCode = "200", description = "The row",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanIndicatorView.class),
                    examples = @ExampleObject(name = "row", value = ROW_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such plan or row",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ROW_NOT_FOUND)))
    public Response get(@Parameter(description = PLAN_CODE_TEXT, example = "tongliang-14th") @PathParam("planCode") String planCode,
                        @Parameter(description = ROW_ID_TEXT, schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"), example = "1")
                @PathParam("id") String id) {
        PlanIndicatorView v = service.get(planCode, id);
        return Response.ok(v).tag(Versions.etag(v.version())).build();
    }

    @POST
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @Operation(operationId = "createPlanIndicator", summary = "Add an indicator row",
            description = "Send raw cells as printed; comparator and value are parsed from them. The row is linked to a"
                    + " definition by name or alias unless definitionCode is given. Without position it goes last.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanIndicatorInput.class), examples = @ExampleObject(name = "row", value = ROW_INPUT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location names the row",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanIndicatorView.class),
                    examples = @ExampleObject(name = "row", value = ROW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid row; the problem names each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "value does not match raw", value = ROW_BAD_REQUEST)))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = PLAN_NOT_FOUND)))
    public Response create(@Parameter(description = PLAN_CODE_TEXT, example = "tongliang-14th") @PathParam("planCode") String planCode,
                           @NotNull PlanIndicatorInput input, @Context UriInfo uri) {
        PlanIndicatorView created = service.create(planCode, input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).tag(Versions.etag(created.version())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @Operation(operationId = "putPlanIndicator", summary = "Replace an indicator row", description = "Honours If-Match (or version in the body).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanIndicatorInput.class), examples = @ExampleObject(name = "row", value = ROW_INPUT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanIndicatorView.class),
                    examples = @ExampleObject(name = "row", value = ROW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid row; the problem names each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "value does not match raw", value = ROW_BAD_REQUEST)))
    @APIResponse(responseCode = "404", description = "No such plan or row",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ROW_NOT_FOUND)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ROW_PRECONDITION)))
    public Response replace(@Parameter(description = PLAN_CODE_TEXT, example = "tongliang-14th") @PathParam("planCode") String planCode,
                            @Parameter(description = ROW_ID_TEXT, schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"), example = "1")
                @PathParam("id") String id,
                            @Parameter(description = ETAG_TEXT, example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
                @HeaderParam("If-Match") String ifMatch,
                            @NotNull PlanIndicatorInput input) {
        PlanIndicatorView v = service.replace(planCode, id, input, ifMatch);
        return Response.ok(v).tag(Versions.etag(v.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @Operation(operationId = "patchPlanIndicator", summary = "Change some fields of an indicator row",
            description = "JSON merge patch (RFC 7396) on the row: fields sent replace, null clears, absent fields stay. A changed raw"
                    + " cell without value or comparator is parsed again; a changed name without definitionCode is linked again."
                    + " Honours If-Match.")
    @RequestBody(required = true, content = @Content(mediaType = "application/merge-patch+json",
            schema = @Schema(implementation = PlanIndicatorPatch.class), examples = @ExampleObject(name = "new target", value = ROW_PATCH_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanIndicatorView.class),
                    examples = @ExampleObject(name = "row", value = ROW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid change; the problem names each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "value does not match raw", value = ROW_BAD_REQUEST)))
    @APIResponse(responseCode = "404", description = "No such plan or row",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ROW_NOT_FOUND)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ROW_PRECONDITION)))
    public Response patch(@Parameter(description = PLAN_CODE_TEXT, example = "tongliang-14th") @PathParam("planCode") String planCode,
                          @Parameter(description = ROW_ID_TEXT, schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"), example = "1")
                @PathParam("id") String id,
                          @Parameter(description = ETAG_TEXT, example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
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
    @Path("/{id}")
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @Operation(operationId = "deletePlanIndicator", summary = "Delete an indicator row",
            description = "Deletes the row with its monitoring values; honours If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The row holds SUBMITTED or APPROVED monitoring values (approvalState names the state); nothing was deleted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "locked", value = ApprovalDocs.VALUE_LOCKED)))
    @APIResponse(responseCode = "404", description = "No such plan or row",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ROW_NOT_FOUND)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ROW_PRECONDITION)))
    public Response delete(@Parameter(description = PLAN_CODE_TEXT, example = "tongliang-14th") @PathParam("planCode") String planCode,
                           @Parameter(description = ROW_ID_TEXT, schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"), example = "1")
                @PathParam("id") String id,
                           @Parameter(description = ETAG_TEXT, example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
                @HeaderParam("If-Match") String ifMatch) {
        service.delete(planCode, id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/import")
    @Consumes({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @Operation(operationId = "importPlanIndicators", summary = "Import indicator rows", description = ROWS_IMPORT_TEXT)
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = PlanIndicatorInput.class),
                    examples = @ExampleObject(name = "rows", value = "[" + ROW_INPUT_EXAMPLE + "]")),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", value = ROWS_CSV)),
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "Imported (or checked, on a dry run)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class),
                    examples = @ExampleObject(name = "report", value = IMPORT_OK)))
    @APIResponse(responseCode = "400", description = "Some rows are invalid; nothing was written. Each error names row and field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad row", value = ROWS_IMPORT_BAD)))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = PLAN_NOT_FOUND)))
    public ImportReport importRows(@Parameter(description = PLAN_CODE_TEXT, example = "tongliang-14th") @PathParam("planCode") String planCode,
            @Parameter(description = "append (default): add the rows; replace: make the table exactly these rows",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"append", "replace"}, defaultValue = "append"), example = "replace")
            @QueryParam("mode") String mode,
            @Parameter(description = DRY_RUN_TEXT, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"), example = "false")
            @QueryParam("dryRun") String dryRun,
            @Context HttpHeaders headers, String body) {
        List<JsonNode> rows = BulkRows.read(headers.getHeaderString(HttpHeaders.CONTENT_TYPE), body, mapper,
                PlanIndicatorService::isImportColumn);
        return service.importRows(planCode, rows, mode, flag("dryRun", dryRun));
    }

    /** The XLSX form of {@link #importRows}; the document shows every form as one operation. */
    @POST
    @Path("/import")
    @Consumes(ExportFormat.XLSX_TYPE)
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @Operation(hidden = true)
    public ImportReport importRowsXlsx(@PathParam("planCode") String planCode, @QueryParam("mode") String mode,
                                       @QueryParam("dryRun") String dryRun, InputStream body) {
        boolean dry = flag("dryRun", dryRun);
        SheetData sheet = SheetReader.read(body, IndicatorSheets.rows(PlanIndicatorService::isImportColumn));
        List<JsonNode> rows = IndicatorSheets.rows(sheet, mapper, PlanIndicatorService::isImportColumn);
        try {
            ImportReport report = service.importRows(planCode, rows, mode, dry);
            return new ImportReport(report.imported(), report.dryRun(), report.errors(), sheet.locate(report.warnings()));
        } catch (DomainException e) {
            throw sheet.locate(e);
        }
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
    @Produces({Csv.MEDIA_TYPE + ";charset=UTF-8", ExportFormat.XLSX_TYPE})
    @Operation(operationId = "exportPlanIndicators", summary = "Export the plan's table as CSV or XLSX",
            description = "Columns are the import's; imports back (mode=replace) to the same rows." + EXPORT_FORMS_TEXT)
    @APIResponse(responseCode = "200", description = "CSV with a header row, or a workbook of one sheet",
            content = {@Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", value = ROWS_CSV)),
                    @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, description = "The workbook (XLSX bytes)"))})
    @APIResponse(responseCode = "400", description = "A format that is not one of csv, csv-bom, xlsx",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad format", value = BAD_EXPORT_FORMAT)))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = PLAN_NOT_FOUND)))
    public Response export(@Parameter(description = PLAN_CODE_TEXT, example = "tongliang-14th") @PathParam("planCode") String planCode,
            // a plain link's choice of form, beside Accept: not in the OpenAPI document, so generated clients keep their signatures
            @Parameter(hidden = true) @QueryParam(ExportFormat.PARAMETER) String format,
            @Context HttpHeaders headers) {
        ExportFormat form = ExportForms.choose(format, headers);
        return ExportForms.answer(form, "indicators-" + planCode, "indicators", service.export(planCode));
    }

    @GET
    @Path("/{id}/values")
    @Tag(name = "Monitoring values")
    @Operation(operationId = "listMonitoringValues", summary = "List a row's monitoring values",
            description = "The row's annual monitoring values, by calendar year, oldest first unless sorted -year. With updatedAfter or"
                    + " after, only the values changed since, in change order, paged by cursor; GET /api/v1/monitoring-values lists every plan's.")
    @APIResponse(responseCode = "200", description = "A page of values")
    @APIResponse(responseCode = "400", description = "A malformed filter, paging or sorting parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "bad size", value = BAD_PARAMETER),
                            @ExampleObject(name = "bad updatedAfter", value = BAD_UPDATED_AFTER)}))
    @APIResponse(responseCode = "404", description = "No such plan or row",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ROW_NOT_FOUND)))
    public PageResponse<MonitoringValueBody> values(@Parameter(description = PLAN_CODE_TEXT, example = "tongliang-14th") @PathParam("planCode") String planCode,
            @Parameter(description = ROW_ID_TEXT, schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"), example = "1")
                @PathParam("id") String id,
            @Parameter(description = PAGE_TEXT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0"),
                    example = "0") @QueryParam("page") String page,
            @Parameter(description = SIZE_TEXT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500",
                    defaultValue = "50"), example = "50") @QueryParam("size") String size,
            @Parameter(description = "year (default) or -year for newest first",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"year", "-year"}), example = "-year")
            @QueryParam("sort") String sort,
            @Parameter(description = UPDATED_AFTER_TEXT, schema = @Schema(type = SchemaType.STRING, format = "date-time"),
                    example = "2026-03-01T08:00:00Z") @QueryParam("updatedAfter") String updatedAfter,
            @Parameter(description = AFTER_TEXT, schema = @Schema(type = SchemaType.STRING), example = CURSOR_EXAMPLE)
            @QueryParam("after") String after) {
        ChangeQuery changes = ChangeQuery.of(updatedAfter, after, page, size, sort);
        if (changes != null) {
            return valueService.changes(planCode, id, changes);
        }
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
    @Tag(name = "Monitoring values")
    @Operation(operationId = "getMonitoringValue", summary = "Get a row's monitoring value for a year",
            description = "The value of one calendar year; its version is also sent as ETag.")
    @APIResponse(responseCode = "200", description = "The value",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonitoringValueBody.class),
                    examples = @ExampleObject(name = "value", value = VALUE_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such plan or row, or no value for that year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = VALUE_NOT_FOUND)))
    public Response value(@Parameter(description = PLAN_CODE_TEXT, example = "tongliang-14th") @PathParam("planCode") String planCode,
                          @Parameter(description = ROW_ID_TEXT, schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"), example = "1")
                @PathParam("id") String id,
                          @Parameter(description = VALUE_YEAR_TEXT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2100"),
                        example = "2023") @PathParam("year") String year) {
        MonitoringValueBody v = valueService.get(planCode, id, year);
        return Response.ok(v).tag(Versions.etag(v.version())).build();
    }

    @PUT
    @Path("/{id}/values/{year}")
    @Tag(name = "Monitoring values")
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @Operation(operationId = "putMonitoringValue", summary = "Set a row's monitoring value for a year",
            description = "Idempotent upsert. value, or raw with a number in it, is required; status PROVISIONAL (default) or FINAL. "
                    + "A written value is DRAFT (approvalState); a SUBMITTED or APPROVED one cannot be changed (409).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MonitoringValueBody.class), examples = @ExampleObject(name = "value", value = VALUE_INPUT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonitoringValueBody.class),
                    examples = @ExampleObject(name = "value", value = VALUE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonitoringValueBody.class),
                    examples = @ExampleObject(name = "value", value = VALUE_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The value is SUBMITTED or APPROVED (approvalState names it); nothing was written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "locked", value = ApprovalDocs.VALUE_LOCKED)))
    @APIResponse(responseCode = "400", description = "Invalid value or year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad year", value = VALUE_BAD_REQUEST)))
    @APIResponse(responseCode = "404", description = "No such plan or row",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ROW_NOT_FOUND)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ROW_PRECONDITION)))
    public Response putValue(@Parameter(description = PLAN_CODE_TEXT, example = "tongliang-14th") @PathParam("planCode") String planCode,
                             @Parameter(description = ROW_ID_TEXT, schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"), example = "1")
                @PathParam("id") String id,
                             @Parameter(description = VALUE_YEAR_TEXT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2100"),
                        example = "2023") @PathParam("year") String year,
                             @Parameter(description = ETAG_TEXT, example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
                @HeaderParam("If-Match") String ifMatch,
                             @NotNull MonitoringValueBody body, @Context UriInfo uri) {
        MonitoringValueService.Upsert result = valueService.put(planCode, id, year, body, ifMatch);
        Response.ResponseBuilder rb = result.created() ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return rb.entity(result.value()).tag(Versions.etag(result.value().version())).build();
    }

    @DELETE
    @Path("/{id}/values/{year}")
    @Tag(name = "Monitoring values")
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @Operation(operationId = "deleteMonitoringValue", summary = "Delete a row's monitoring value for a year",
            description = "Deletes the value of one calendar year; honours If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The value is SUBMITTED or APPROVED (approvalState names it); nothing was deleted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "locked", value = ApprovalDocs.VALUE_LOCKED)))
    @APIResponse(responseCode = "404", description = "No such plan or row, or no value for that year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = VALUE_NOT_FOUND)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ROW_PRECONDITION)))
    public Response deleteValue(@Parameter(description = PLAN_CODE_TEXT, example = "tongliang-14th") @PathParam("planCode") String planCode,
                                @Parameter(description = ROW_ID_TEXT, schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"), example = "1")
                @PathParam("id") String id,
                                @Parameter(description = VALUE_YEAR_TEXT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2100"),
                        example = "2023") @PathParam("year") String year,
                                @Parameter(description = ETAG_TEXT, example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
                @HeaderParam("If-Match") String ifMatch) {
        valueService.delete(planCode, id, year, ifMatch);
        return Response.noContent().build();
    }
}
