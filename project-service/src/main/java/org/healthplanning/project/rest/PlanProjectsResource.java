package org.healthplanning.project.rest;

import org.healthplanning.platform.http.QueryParams;
import org.healthplanning.platform.http.Versions;
import org.healthplanning.platform.problem.DomainException;
import org.healthplanning.platform.problem.Problem;
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
import org.healthplanning.project.domain.DeclaredTotals;
import org.healthplanning.project.service.DeclaredTotalsService;
import org.healthplanning.project.service.SummaryService;

/** A plan's declared totals (合计) and the summary of its projects. */
@Path("/api/v1/plans/{planCode}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Project summaries", description = "Declared totals and computed summaries of a plan's projects")
public class PlanProjectsResource {
    static final String TOTALS_EXAMPLE = """
            {"planCode": "tongliang-14th", "floorAreaM2": 594970, "investment10kCny": 421068, "newLandMu": 576, "version": 0}""";
    static final String TOTALS_REQUEST_EXAMPLE = """
            {"floorAreaM2": 594970, "investment10kCny": 421068, "newLandMu": 576}""";
    static final String SUMMARY_EXAMPLE = """
            {"planCode": "tongliang-14th", "count": 31, "periodStart": 2021, "periodEnd": 2025,
             "totals": {"floorAreaM2": 594970.00, "investment10kCny": 421068.00, "newLandMu": 576.00},
             "declared": {"floorAreaM2": 594970, "investment10kCny": 421068, "newLandMu": 576},
             "difference": {"floorAreaM2": 0.00, "investment10kCny": 0.00, "newLandMu": 0.00},
             "inPeriod": {"count": 28, "investment10kCny": 216439.67},
             "outOfPeriod": {"count": 3, "investment10kCny": 204628.33},
             "byConstructionType": [{"key": "NEW", "count": 21, "investment10kCny": 357960.00}],
             "byStatus": [{"key": "UNDER_CONSTRUCTION", "count": 6, "investment10kCny": 74258.00}],
             "byProgramme": [{"key": null, "count": 31, "investment10kCny": 421068.00}],
             "investmentByYear": [{"year": 2019, "investment10kCny": 11200.00}, {"year": 2020, "investment10kCny": 13428.33}],
             "capacity": {"medicalBeds": 200, "elderlyCareBeds": 170, "childcareSlots": 900, "isolationRooms": 500}}""";

    @Inject
    DeclaredTotalsService totals;

    @Inject
    SummaryService summaries;

    @GET
    @Path("/declared-totals")
    @Operation(summary = "Get a plan's declared totals (合计)")
    @APIResponse(responseCode = "200", description = "The declared totals; version also in ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclaredTotals.class),
                    examples = @ExampleObject(name = "totals", value = TOTALS_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A malformed plan code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The plan has no declared totals",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response getTotals(@Parameter(example = "tongliang-14th") @PathParam("planCode") String planCode) {
        DeclaredTotals t = totals.find(PlanCodes.check(planCode)).orElseThrow(() -> DomainException.notFound("Declared totals of plan", planCode));
        return Response.ok(t).tag(Versions.etag(t.version)).build();
    }

    @PUT
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No token, or an invalid, expired or wrongly signed one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "The token's regions do not cover the plan's region (old and new when it moves)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "other region", value = ApiDocs.FORBIDDEN_EXAMPLE)))
    @Path("/declared-totals")
    @Operation(summary = "Set a plan's declared totals (合计)", description = "Idempotent upsert; honours If-Match.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DeclaredTotals.class), examples = @ExampleObject(name = "totals", value = TOTALS_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "totals", value = TOTALS_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "totals", value = TOTALS_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A negative or malformed amount",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response putTotals(@Parameter(example = "tongliang-14th") @PathParam("planCode") String planCode,
                              @Parameter(description = "ETag last read", example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
                              @HeaderParam("If-Match") String ifMatch,
                              @Valid @NotNull DeclaredTotals body, @Context UriInfo uri) {
        DeclaredTotalsService.Upsert r = totals.upsert(PlanCodes.check(planCode), body, ifMatch);
        Response.ResponseBuilder rb = r.created() ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return rb.entity(r.totals()).tag(Versions.etag(r.totals().version)).build();
    }

    @DELETE
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No token, or an invalid, expired or wrongly signed one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "The token's regions do not cover the plan's region (old and new when it moves)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "other region", value = ApiDocs.FORBIDDEN_EXAMPLE)))
    @Path("/declared-totals")
    @Operation(summary = "Remove a plan's declared totals")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "The plan has no declared totals",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response deleteTotals(@Parameter(example = "tongliang-14th") @PathParam("planCode") String planCode,
                                 @Parameter(description = "ETag last read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        totals.delete(PlanCodes.check(planCode), ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/project-summary")
    @Operation(summary = "Summarize a plan's projects",
            description = "Totals against the declared 合计; with periodStart and periodEnd the projects overlapping the period and "
                    + "the share of all investment falling in period years (inPeriod) against the rest (outOfPeriod); groups by "
                    + "construction type, status and programme (key null = none; a project with two statuses counts in both); "
                    + "investment by year, spread evenly over a project's years unless annualInvestment gives planned amounts; "
                    + "capacity added. Amounts are rounded half-up to 2 decimals and the parts add up to the total.")
    @APIResponse(responseCode = "200", description = "The summary (count 0 for a plan without projects)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SummaryService.Summary.class),
                    examples = @ExampleObject(name = "tongliang", value = SUMMARY_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A malformed plan code, or a bad or half-given period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SummaryService.Summary summary(@Parameter(example = "tongliang-14th") @PathParam("planCode") String planCode,
                                          @Parameter(description = "First year of the plan period", example = "2021") @QueryParam("periodStart") String periodStart,
                                          @Parameter(description = "Last year of the plan period", example = "2025") @QueryParam("periodEnd") String periodEnd) {
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
