package org.healthplanning.project.rest;

import static org.healthplanning.project.rest.ApiDocs.BEARER;

import org.healthplanning.http.QueryParams;
import org.healthplanning.platform.http.Versions;
import org.healthplanning.http.DomainException;
import org.healthplanning.http.Problem;
import org.healthplanning.platform.security.Caller;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import org.healthplanning.platform.sheet.ExportFormat;
import org.healthplanning.platform.sheet.Table;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthplanning.project.api.DeclaredTotalsDto;
import org.healthplanning.project.api.ProjectSummary;
import org.healthplanning.project.service.DeclaredTotalsService;
import org.healthplanning.project.service.SummaryService;

/** A plan's declared totals (合计) and the summary of its projects. */
@Path("/api/v1/plans/{planCode}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanProjectsResource {
    @Inject
    DeclaredTotalsService totals;

    @Inject
    SummaryService summaries;

    @GET
    @Path("/declared-totals")
    @Tag(name = ApiDocs.TAG_TOTALS, description = ApiDocs.TAG_TOTALS_TEXT)
    @Operation(operationId = "getDeclaredTotals", summary = "Get a plan's declared totals (合计)",
            description = "The totals row the plan prints under its project table: floor area in ㎡, investment in 万元, new land in 亩; "
                    + "its version is also in ETag.")
    @APIResponse(responseCode = "200", description = "The declared totals; version also in ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclaredTotalsDto.class),
                    examples = @ExampleObject(name = "totals", value = ApiDocs.TOTALS_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A malformed plan code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad plan code", value = ApiDocs.BAD_PLAN_CODE_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "The plan has no declared totals",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "none", value = ApiDocs.TOTALS_NOT_FOUND_EXAMPLE)))
    public Response getTotals(@Parameter(description = ApiDocs.PLAN_CODE, example = "tongliang-14th",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.CODE_PATTERN)) @PathParam("planCode") String planCode) {
        DeclaredTotalsDto t = totals.find(PlanCodes.check(planCode)).orElseThrow(() -> DomainException.notFound("Declared totals of plan", planCode));
        return Response.ok(t).tag(Versions.etag(t.version)).build();
    }

    @PUT
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = BEARER)
    @Path("/declared-totals")
    @Tag(name = ApiDocs.TAG_TOTALS, description = ApiDocs.TAG_TOTALS_TEXT)
    @Operation(operationId = "putDeclaredTotals", summary = "Set a plan's declared totals (合计)",
            description = "Idempotent upsert (201 the first time, 200 after); honours If-Match. Floor area in ㎡, investment in 万元 "
                    + "(10 000 yuan), new land in 亩 (mu), each 0 or more. The plan must exist; the totals are in the plan's region, and "
                    + "writing them needs rights on it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DeclaredTotalsDto.class), examples = @ExampleObject(name = "totals", value = ApiDocs.TOTALS_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclaredTotalsDto.class),
                    examples = @ExampleObject(name = "totals", value = ApiDocs.TOTALS_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location names them",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclaredTotalsDto.class),
                    examples = @ExampleObject(name = "totals", value = ApiDocs.TOTALS_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A negative or malformed amount, or a malformed plan code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "negative", value = ApiDocs.BAD_TOTALS_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown plan", value = ApiDocs.PLAN_NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "A regionCode other than the plan's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "other region", value = ApiDocs.TOTALS_OTHER_REGION_EXAMPLE)))
    @APIResponse(responseCode = "412", description = "If-Match (or the body's version) does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ApiDocs.PRECONDITION_EXAMPLE)))
    public Response putTotals(@Parameter(description = ApiDocs.PLAN_CODE, example = "tongliang-14th",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.CODE_PATTERN)) @PathParam("planCode") String planCode,
                              @Parameter(description = ApiDocs.IF_MATCH, example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
            @HeaderParam("If-Match") String ifMatch,
                              @Valid @NotNull DeclaredTotalsDto body, @Context UriInfo uri) {
        DeclaredTotalsService.Upsert r = totals.upsert(PlanCodes.check(planCode), body, ifMatch);
        Response.ResponseBuilder rb = r.created() ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return rb.entity(r.totals()).tag(Versions.etag(r.totals().version)).build();
    }

    @DELETE
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = BEARER)
    @Path("/declared-totals")
    @Tag(name = ApiDocs.TAG_TOTALS, description = ApiDocs.TAG_TOTALS_TEXT)
    @Operation(operationId = "deleteDeclaredTotals", summary = "Remove a plan's declared totals",
            description = "Removes the 合计 row; the summary then has no declared and difference members. Honours If-Match.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", description = "A malformed plan code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad plan code", value = ApiDocs.BAD_PLAN_CODE_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "The plan has no declared totals",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "none", value = ApiDocs.TOTALS_NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ApiDocs.PRECONDITION_EXAMPLE)))
    public Response deleteTotals(@Parameter(description = ApiDocs.PLAN_CODE, example = "tongliang-14th",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.CODE_PATTERN)) @PathParam("planCode") String planCode,
                                 @Parameter(description = ApiDocs.IF_MATCH, example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
            @HeaderParam("If-Match") String ifMatch) {
        totals.delete(PlanCodes.check(planCode), ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/project-summary")
    @Tag(name = ApiDocs.TAG_SUMMARIES, description = ApiDocs.TAG_SUMMARIES_TEXT)
    @Operation(operationId = "getPlanProjectSummary", summary = "Summarize a plan's projects", description = ApiDocs.SUMMARY)
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE + ";charset=UTF-8", ExportFormat.XLSX_TYPE})
    @APIResponse(responseCode = "200", description = "The summary (count 0 for a plan without projects), as JSON, CSV lines or a workbook",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectSummary.class),
                    examples = @ExampleObject(name = "tongliang", value = ApiDocs.SUMMARY_EXAMPLE)),
                    @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = ApiDocs.SUMMARY_CSV_EXAMPLE)),
                    @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, description = "The workbook (XLSX bytes)"))})
    @APIResponse(responseCode = "400", description = "A malformed plan code, a bad or half-given period, or a bad format",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "half a period", value = ApiDocs.BAD_PERIOD_EXAMPLE),
                            @ExampleObject(name = "bad format", value = ApiDocs.BAD_FORMAT_EXAMPLE)}))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown plan", value = ApiDocs.PLAN_NOT_FOUND_EXAMPLE)))
    public Response summary(@Parameter(description = ApiDocs.PLAN_CODE, example = "tongliang-14th",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.CODE_PATTERN)) @PathParam("planCode") String planCode,
            @Parameter(description = "First calendar year of the period; needs periodEnd; the plan's own period when neither is given", example = "2021",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2100"))
            @QueryParam("periodStart") String periodStart,
            @Parameter(description = "Last calendar year of the plan period, inclusive; needs periodStart", example = "2025",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2100"))
            @QueryParam("periodEnd") String periodEnd,
            // a plain link's choice of form, beside Accept: not in the OpenAPI document, so generated clients keep their signatures
            @Parameter(hidden = true) @QueryParam(ExportFormat.PARAMETER) String format,
            @Context HttpHeaders headers) {
        ExportFormat form = ExportFormat.choose(format, headers, ExportFormat.JSON, ExportFormat.ALL);
        ProjectSummary summary = summary(planCode, periodStart, periodEnd);
        if (form == ExportFormat.JSON) {
            return Response.ok(summary, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Table.answer(form, "project-summary-" + planCode, SummaryTable.of(summary));
    }

    private ProjectSummary summary(String planCode, String periodStart, String periodEnd) {
        PlanCodes.check(planCode);
        Integer start = QueryParams.year("periodStart", periodStart);
        Integer end = QueryParams.year("periodEnd", periodEnd);
        if (start == null && end != null) {
            throw DomainException.invalid("periodStart", "is required with periodEnd");
        }
        if (end == null && start != null) {
            throw DomainException.invalid("periodEnd", "is required with periodStart");
        }
        if (start != null && end < start) {
            throw DomainException.invalid("periodEnd", "must not be before periodStart");
        }
        return summaries.summarize(planCode, start, end);
    }
}
