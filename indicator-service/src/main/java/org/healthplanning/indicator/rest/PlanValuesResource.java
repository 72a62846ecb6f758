package org.healthplanning.indicator.rest;

import org.healthplanning.http.Problem;
import org.healthplanning.platform.security.Caller;

import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.healthplanning.http.DomainException;
import org.healthplanning.platform.sheet.ExportFormat;
import org.healthplanning.platform.sheet.SheetData;
import org.healthplanning.platform.sheet.SheetReader;
import org.healthplanning.indicator.api.IndicatorSheets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import static org.healthplanning.indicator.rest.ApiDocs.*;
import org.healthplanning.indicator.api.BulkRows;
import org.healthplanning.indicator.api.Csv;
import org.healthplanning.indicator.api.ImportReport;
import org.healthplanning.indicator.api.MonitoringValueBody;
import org.healthplanning.indicator.service.MonitoringValueService;

@Path("/api/v1/plans/{planCode}/values")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring values", description = "Annual monitoring values (年度监测) of a plan's indicator rows, one per row and calendar year")
public class PlanValuesResource {
    @Inject
    MonitoringValueService service;

    @Inject
    ObjectMapper mapper;

    @POST
    @Path("/import")
    @Consumes({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @Operation(operationId = "importMonitoringValues", summary = "Import monitoring values", description = VALUES_IMPORT_TEXT)
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = MonitoringValueBody.class),
                    examples = @ExampleObject(name = "rows", value = VALUES_ROWS)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", value = VALUES_CSV)),
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "Imported (or checked, on a dry run)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class),
                    examples = @ExampleObject(name = "report", value = VALUES_IMPORT_OK)))
    @APIResponse(responseCode = "400", description = "Some rows are invalid; nothing was written. Each error names row and field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad year", value = VALUES_IMPORT_BAD)))
    @APIResponse(responseCode = "409", description = "The import would change a SUBMITTED or APPROVED value, or (mode=replace) delete one; each is named in errors; nothing was written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "locked", value = ApprovalDocs.VALUE_LOCKED)))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = PLAN_NOT_FOUND)))
    public ImportReport importValues(@Parameter(description = PLAN_CODE_TEXT, example = "tongliang-14th") @PathParam("planCode") String planCode,
            @Parameter(description = "append (default): add or replace the values sent; replace: first remove all of the plan's values",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"append", "replace"}, defaultValue = "append"), example = "append")
            @QueryParam("mode") String mode,
            @Parameter(description = DRY_RUN_TEXT, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"), example = "false")
            @QueryParam("dryRun") String dryRun,
            @Context HttpHeaders headers, String body) {
        return service.importValues(planCode, BulkRows.read(headers.getHeaderString(HttpHeaders.CONTENT_TYPE), body, mapper,
                        MonitoringValueService::isImportColumn),
                mode, PlanIndicatorResource.flag("dryRun", dryRun));
    }

    /** The XLSX form of {@link #importValues}; the document shows every form as one operation. */
    @POST
    @Path("/import")
    @Consumes(ExportFormat.XLSX_TYPE)
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @Operation(hidden = true)
    public ImportReport importValuesXlsx(@PathParam("planCode") String planCode, @QueryParam("mode") String mode,
                                         @QueryParam("dryRun") String dryRun, InputStream body) {
        boolean dry = PlanIndicatorResource.flag("dryRun", dryRun);
        SheetData sheet = SheetReader.read(body, IndicatorSheets.values(MonitoringValueService::isImportColumn));
        var rows = IndicatorSheets.values(sheet, mapper, MonitoringValueService::isImportColumn);
        try {
            ImportReport report = service.importValues(planCode, rows, mode, dry);
            return new ImportReport(report.imported(), report.dryRun(), report.errors(), sheet.locate(report.warnings()));
        } catch (DomainException e) {
            throw sheet.locate(e);
        }
    }

    @GET
    @Path("/export")
    @Produces({Csv.MEDIA_TYPE + ";charset=UTF-8", ExportFormat.XLSX_TYPE})
    @Operation(operationId = "exportMonitoringValues", summary = "Export the plan's monitoring values as CSV or XLSX",
            description = "One line per value with the row's seq, name and sub-item for reading, and its approvalState last; imports back to "
                    + "the same values (the import ignores approvalState). approvedOnly=true: only APPROVED values." + EXPORT_FORMS_TEXT)
    @APIResponse(responseCode = "200", description = "CSV with a header row, or a workbook of one sheet",
            content = {@Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", value = VALUES_CSV)),
                    @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, description = "The workbook (XLSX bytes)"))})
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = PLAN_NOT_FOUND)))
    @APIResponse(responseCode = "400", description = "A malformed approvedOnly or format",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "bad flag", value = ApprovalDocs.BAD_APPROVED_ONLY),
                            @ExampleObject(name = "bad format", value = BAD_EXPORT_FORMAT)}))
    public Response export(@Parameter(description = PLAN_CODE_TEXT, example = "tongliang-14th") @PathParam("planCode") String planCode,
            @Parameter(description = "true: only APPROVED monitoring values count (see the approval of monitoring values); default false: every value",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"), example = "true")
            @QueryParam("approvedOnly") String approvedOnly,
            // a plain link's choice of form, beside Accept: not in the OpenAPI document, so generated clients keep their signatures
            @Parameter(hidden = true) @QueryParam(ExportFormat.PARAMETER) String format,
            @Context HttpHeaders headers) {
        boolean approved = PlanIndicatorResource.flag("approvedOnly", approvedOnly);
        ExportFormat form = ExportForms.choose(format, headers);
        return ExportForms.answer(form, "values-" + planCode, "values", service.export(planCode, approved));
    }
}
