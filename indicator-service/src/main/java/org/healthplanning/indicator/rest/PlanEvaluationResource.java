package org.healthplanning.indicator.rest;

import org.healthplanning.http.QueryParams;
import org.healthplanning.http.Problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import org.healthplanning.platform.sheet.ExportFormat;
import org.healthplanning.platform.sheet.Table;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import static org.healthplanning.indicator.rest.ApiDocs.*;
import org.healthplanning.indicator.api.EvaluationView;
import org.healthplanning.indicator.service.EvaluationService;

@Path("/api/v1/plans/{planCode}/evaluation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plan evaluations", description = "A plan's indicators evaluated against their targets for a calendar year")
public class PlanEvaluationResource {
    @Inject
    EvaluationService service;

    @Inject
    ObjectMapper mapper;

    @GET
    @Operation(operationId = "getPlanEvaluation", summary = "Evaluate a plan for a year", description = EVALUATION_TEXT)
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE + ";charset=UTF-8", ExportFormat.XLSX_TYPE})
    @APIResponse(responseCode = "200", description = "The evaluation (JSON), one CSV line per row, or a workbook (sheets 'evaluation', 'summary')",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class),
                    examples = @ExampleObject(name = "tongliang 2023", value = EVALUATION_EXAMPLE)),
                    @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = EVALUATION_CSV)),
                    @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, description = "The workbook (XLSX bytes)"))})
    @APIResponse(responseCode = "400", description = "A malformed year, exactYear, approvedOnly or format",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "bad year", value = BAD_YEAR), @ExampleObject(name = "bad format", value = BAD_FORMAT)}))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = PLAN_NOT_FOUND)))
    public Response evaluate(@Parameter(description = PLAN_CODE_TEXT, example = "tongliang-14th") @PathParam("planCode") String planCode,
                             @Parameter(description = "Calendar year to evaluate, 1949-2100 (default: the latest with any value)",
                                     schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2100"),
                                     example = "2023") @QueryParam("year") String year,
                             @Parameter(description = "true: only values of exactly that year count",
                                     schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"), example = "false")
                             @QueryParam("exactYear") String exactYear,
                             @Parameter(description = "true: only APPROVED monitoring values count (see the approval of monitoring values); default false: every value",
                                     schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"), example = "true")
                             @QueryParam("approvedOnly") String approvedOnly,
                             @Parameter(description = "The ETag of an earlier answer: 304 while nothing it depends on changed",
                                     schema = @Schema(type = SchemaType.STRING), example = "\"e-41-17\"")
                             @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                             // a plain link's choice of form, beside Accept: not in the OpenAPI document, so generated clients keep their signatures
                             @Parameter(hidden = true) @QueryParam(ExportFormat.PARAMETER) String format,
                             @Context HttpHeaders headers) {
        Integer y = QueryParams.year("year", year);
        boolean exact = PlanIndicatorResource.flag("exactYear", exactYear);
        boolean approved = PlanIndicatorResource.flag("approvedOnly", approvedOnly);
        ExportFormat form = ExportFormat.choose(format, headers, ExportFormat.JSON, ExportFormat.ALL);
        if (ifNoneMatch != null && !ifNoneMatch.isBlank()) {
            EntityTag current = new EntityTag(tag(service.currentTag(planCode), form));
            if (matches(ifNoneMatch, current)) {
                return Response.notModified(current).build();
            }
        }
        EvaluationService.Evaluated evaluated = service.evaluation(planCode, y, exact, approved);
        EntityTag tag = new EntityTag(tag(evaluated.etag(), form));
        if (form == ExportFormat.JSON) {
            return Response.ok(evaluated.json(), MediaType.APPLICATION_JSON_TYPE).tag(tag).build();
        }
        JsonNode view;
        try {
            view = exact().readTree(evaluated.json());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The evaluation of plan " + planCode + " cannot be read back", e);
        }
        String name = "evaluation-" + planCode + (view.path("year").isNumber() ? "-" + view.path("year").asInt() : "");
        return Response.fromResponse(Table.answer(form, name, EvaluationTables.of(view))).tag(tag).build();
    }

    private volatile ObjectMapper exact;

    /** A reader that keeps the evaluation's decimals as written (78.9680 stays 78.9680). */
    private ObjectMapper exact() {
        if (exact == null) {
            exact = org.healthplanning.indicator.api.BulkRows.exact(mapper);
        }
        return exact;
    }

    /** Each form has its own entity tag: the evaluation's revision, and the form for CSV and XLSX. */
    private static String tag(String revision, ExportFormat form) {
        return form == ExportFormat.JSON ? revision : revision + "-" + form.value;
    }

    /** If-None-Match holds {@code *} or a list of (possibly weak) tags. */
    static boolean matches(String ifNoneMatch, EntityTag current) {
        for (String t : ifNoneMatch.split(",")) {
            String tag = t.trim();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.replace("\"", "").equals(current.getValue())) {
                return true;
            }
        }
        return false;
    }
}
