package org.healthplanning.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthplanning.gateway.config.Json;
import org.healthplanning.gateway.service.OverviewService;

/** The gateway's own views, joined from the three backends. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Views", description = "Views joined by the gateway from the three backends")
public class ViewResource {
    static final String OVERVIEW_EXAMPLE = """
            {"planCode": "tongliang-14th", "year": 2023,
             "plan": {"code": "tongliang-14th", "regionCode": "500151", "regionName": "重庆市铜梁区",
                      "title": "重庆市铜梁区卫生健康发展“十四五”规划", "periodStart": 2021, "periodEnd": 2025,
                      "baselineYear": 2020, "targetYear": 2025, "version": 0},
             "evaluation": {"planCode": "tongliang-14th", "year": 2023,
                            "summary": {"ACHIEVED": 6, "ON_TRACK": 4, "BEHIND": 2, "NO_DATA": 10, "NOT_EVALUABLE": 3},
                            "bindingBehind": [12], "indicators": []},
             "bindingOffTrack": [{"id": 12, "seq": "9", "name": "孕产妇死亡率", "nature": "BINDING",
                                  "actual": {"year": 2023, "value": 12.5}, "expected": 10.6, "status": "BEHIND"}],
             "projectSummary": {"count": 31, "totals": {"floorAreaM2": 594970, "investment10kCny": 421068, "newLandMu": 576},
                                "declared": {"floorAreaM2": 594970, "investment10kCny": 421068, "newLandMu": 576},
                                "difference": {"floorAreaM2": 0, "investment10kCny": 0, "newLandMu": 0}},
             "ratios": {"regionCode": "500151", "year": 2023, "population": 700000,
                        "ratios": {"bedsPer1000": 7.1, "licensedDoctorsPer1000": 2.95}, "basis": "FACILITIES"},
             "consistency": [{"indicatorId": 20, "seq": "14", "name": "每千人口执业（助理）医师数",
                              "definitionCode": "LICENSED_DOCTORS_PER_1000", "resourceMetric": "licensedDoctorsPer1000",
                              "baseline": {"year": 2020, "raw": "2.85", "value": 2.85},
                              "target": {"year": 2025, "raw": "3.6", "comparator": "=", "value": 3.6},
                              "actual": null, "planValue": 3.15, "planValueSource": "EXPECTED",
                              "computedRatio": 2.95, "difference": -0.20, "differenceToTarget": -0.65}],
             "degraded": []}""";
    static final String DEGRADED_EXAMPLE = """
            {"planCode": "tongliang-14th", "year": 2023, "plan": {"code": "tongliang-14th", "regionCode": "500151"},
             "evaluation": {"year": 2023, "summary": {"ACHIEVED": 6, "ON_TRACK": 4, "BEHIND": 2, "NO_DATA": 10, "NOT_EVALUABLE": 3}},
             "bindingOffTrack": [], "projectSummary": null,
             "ratios": {"regionCode": "500151", "year": 2023, "ratios": {"bedsPer1000": 7.1}},
             "consistency": [], "degraded": ["project-service"]}""";
    static final String DASHBOARD_EXAMPLE = """
            {"regionCode": "500151", "year": 2026,
             "region": {"code": "500151", "name": "重庆市铜梁区", "level": "DISTRICT", "parentCode": "500000"},
             "plans": [{"code": "tongliang-14th", "regionCode": "500151", "periodStart": 2021, "periodEnd": 2025}],
             "ratios": {"regionCode": "500151", "year": 2025, "population": 700000, "ratios": {"bedsPer1000": 7.3}},
             "activeProjects": {"year": 2026, "total": 3,
                                "items": [{"id": 29, "planCode": "tongliang-14th", "name": "铜梁区中医院迁建项目",
                                           "startYear": 2026, "endYear": 2030, "investment10kCny": 90000}]},
             "degraded": []}""";
    static final String NOT_FOUND_EXAMPLE = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Plan 'xx-14th' does not exist", "instance": "/api/v1/plans/xx-14th/overview"}""";
    static final String BAD_YEAR_EXAMPLE = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "year: 'abc' is not a year", "instance": "/api/v1/plans/tongliang-14th/overview",
             "errors": [{"field": "year", "message": "'abc' is not a year"}]}""";

    @Inject
    OverviewService service;

    @GET
    @Path("/plans/{planCode}/overview")
    @Operation(summary = "Plan overview",
            description = "The plan, its evaluation (summary and off-track binding indicators), its project summary for the "
                    + "plan period, its region's resource ratios for the year and `consistency`: each plan indicator linked to "
                    + "a ratio through its definition's resourceMetric, with the plan's value, the computed ratio and the "
                    + "difference (ratio minus plan value). The backends are asked in parallel; any that does not answer in "
                    + "time is listed in `degraded` and its sections are null, the answer is still 200. Without `year` the "
                    + "evaluation's latest year is used.")
    @APIResponse(responseCode = "200", description = "The overview",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                    @ExampleObject(name = "whole", value = OVERVIEW_EXAMPLE),
                    @ExampleObject(name = "project-service down", value = DEGRADED_EXAMPLE)}))
    @APIResponse(responseCode = "400", description = "Bad year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad year", value = BAD_YEAR_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = NOT_FOUND_EXAMPLE)))
    public Uni<Response> overview(@Parameter(description = "Plan code", example = "tongliang-14th") @PathParam("planCode") String planCode,
                                  @Parameter(description = "Year of the ratios and evaluation", example = "2023")
                                  @QueryParam("year") String year,
                                  @Parameter(hidden = true) @HeaderParam("Authorization") String authorization) {
        Integer y = QueryParams.year("year", year);
        return service.overview(planCode, y, authorization).map(ViewResource::ok);
    }

    @GET
    @Path("/regions/{code}/dashboard")
    @Operation(summary = "Region dashboard",
            description = "The region, its plans, its latest resource ratios (the latest year with ratios among the year asked and the five "
                    + "years before it) and the projects active in the year (default: the current year). Backends that do "
                    + "not answer in time are listed in `degraded`; the answer is still 200.")
    @APIResponse(responseCode = "200", description = "The dashboard",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "dashboard", value = DASHBOARD_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Bad year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> dashboard(@Parameter(description = "Region code (GB/T 2260)", example = "500151") @PathParam("code") String code,
                                   @Parameter(description = "Year for ratios and active projects", example = "2025")
                                   @QueryParam("year") String year,
                                  @Parameter(hidden = true) @HeaderParam("Authorization") String authorization) {
        Integer y = QueryParams.year("year", year);
        return service.dashboard(code, y, authorization).map(ViewResource::ok);
    }

    private static Response ok(Object body) {
        return Response.ok(Json.write(body), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }
}
