package org.healthplanning.indicator.rest;

import org.healthplanning.platform.problem.Problem;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthplanning.indicator.service.MonitoringValueService;

@Path("/api/v1/plans/{planCode}/values")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plan indicators")
public class PlanValuesResource {
    static final String ROWS_EXAMPLE = """
            [{"indicatorId": 1, "year": 2023, "value": 79.0, "status": "FINAL", "source": "铜梁区卫生健康统计年鉴2023"},
             {"indicatorId": 4, "year": 2023, "value": 3.1, "status": "PROVISIONAL", "source": "妇幼年报"}]""";
    static final String CSV_EXAMPLE = """
            indicatorId,seq,name,subItem,year,value,raw,status,source,note
            1,1,人均预期寿命,,2023,79.0,,FINAL,铜梁区卫生健康统计年鉴2023,
            """;
    static final String BAD_EXAMPLE = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "row 2, year: must be a year between 1949 and 2100", "instance": "/api/v1/plans/tongliang-14th/values/import",
             "errors": [{"row": 2, "field": "year", "message": "must be a year between 1949 and 2100"}],
             "imported": 0, "dryRun": false, "warnings": []}""";

    @Inject
    MonitoringValueService service;

    @Inject
    ObjectMapper mapper;

    @POST
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No valid bearer token (none, malformed, expired or bad signature)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token may not write this plan's region (editor of other regions, or no editor/admin role)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "forbidden", value = ApiDocs.FORBIDDEN_REGION)))
    @Path("/import")
    @Consumes({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "Import monitoring values",
            description = "Atomic: all rows or none. Each row {indicatorId, year, value, raw, status, source, note} creates or replaces"
                    + " that row's value for the year. mode=replace first removes all of the plan's values; dryRun=true checks only."
                    + " JSON array or CSV with a header row; columns other than the value's fields (seq, name) are ignored.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "rows", value = ROWS_EXAMPLE)),
            @Content(mediaType = Csv.MEDIA_TYPE, examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE))})
    @APIResponse(responseCode = "200", description = "Imported (or checked, on a dry run)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class),
                    examples = @ExampleObject(name = "report", value = "{\"imported\": 2, \"dryRun\": false, \"errors\": [], \"warnings\": []}")))
    @APIResponse(responseCode = "400", description = "Some rows are invalid; nothing was written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "bad year", value = BAD_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportReport importValues(@Parameter(example = "tongliang-14th") @PathParam("planCode") String planCode,
                                     @Parameter(description = "replace or append (default)", example = "append") @QueryParam("mode") String mode,
                                     @Parameter(description = "Check only, write nothing", example = "false") @QueryParam("dryRun") String dryRun,
                                     @Context HttpHeaders headers, String body) {
        return service.importValues(planCode, BulkRows.read(headers.getHeaderString(HttpHeaders.CONTENT_TYPE), body, mapper,
                        MonitoringValueService::isImportColumn),
                mode, PlanIndicatorResource.flag("dryRun", dryRun));
    }

    @GET
    @Path("/export")
    @Produces(Csv.MEDIA_TYPE + ";charset=UTF-8")
    @Operation(summary = "Export the plan's monitoring values as CSV", description = "Imports back to the same values.")
    @APIResponse(responseCode = "200", description = "CSV with a header row",
            content = @Content(mediaType = Csv.MEDIA_TYPE, examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(@Parameter(example = "tongliang-14th") @PathParam("planCode") String planCode) {
        return Response.ok(service.exportCsv(planCode))
                .header("Content-Disposition", "attachment; filename=\"values-" + planCode + ".csv\"").build();
    }
}
