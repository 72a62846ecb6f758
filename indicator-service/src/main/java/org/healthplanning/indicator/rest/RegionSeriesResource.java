package org.healthplanning.indicator.rest;

import static org.healthplanning.indicator.rest.ApiDocs.DEFINITION_NOT_FOUND;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthplanning.indicator.api.IndicatorSeries;
import org.healthplanning.indicator.service.LineageService;
import org.healthplanning.http.Problem;

@Path("/api/v1/regions/{code}/indicators/{definitionCode}/series")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plan lineage", description = "A region's plans across generations (十三五, 十四五, 十五五): one indicator's baselines, targets and values")
public class RegionSeriesResource {
    static final String SERIES_EXAMPLE = """
            {"regionCode": "500151", "definitionCode": "LIFE_EXPECTANCY", "name": "人均预期寿命", "unit": "岁", "direction": "INCREASE",
             "plans": [
               {"planCode": "tongliang-14th", "title": "重庆市铜梁区卫生健康发展“十四五”规划", "periodStart": 2021, "periodEnd": 2025,
                "baselineYear": 2020, "targetYear": 2025, "predecessorCode": null,
                "rows": [{"indicatorId": 1, "name": "人均预期寿命", "subItem": null, "unit": "岁",
                          "baseline": {"year": 2020, "raw": "78.47", "value": 78.47},
                          "target": {"year": 2025, "raw": "79.3", "comparator": "=", "value": 79.3, "effectiveComparator": ">="},
                          "values": [{"year": 2025, "value": 79.4, "status": "FINAL", "approvalState": "APPROVED"}]}]},
               {"planCode": "tongliang-15th", "title": "重庆市铜梁区卫生健康发展“十五五”规划", "periodStart": 2026, "periodEnd": 2030,
                "baselineYear": 2025, "targetYear": 2030, "predecessorCode": "tongliang-14th",
                "rows": [{"indicatorId": 61, "name": "人均预期寿命", "subItem": null, "unit": "岁",
                          "baseline": {"year": 2025, "raw": "79.4", "value": 79.4},
                          "target": {"year": 2030, "raw": "80", "comparator": "=", "value": 80, "effectiveComparator": ">="},
                          "values": []}]}]}""";
    static final String BAD_REGION = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "code: must be a region code such as 500151",
             "errors": [{"field": "code", "message": "must be a region code such as 500151"}]}""";

    @Inject
    LineageService lineage;

    @GET
    @Operation(operationId = "getRegionIndicatorSeries", summary = "One indicator of a region across its plan generations",
            description = "Every plan of the region with a row linked to the definition, oldest first (by baseline year), with the"
                    + " rows' baselines, targets and monitoring values: a 十五五 plan's 2025 baseline beside the 十四五 plan's 2025"
                    + " target and value. A plan's predecessorCode says which plan it follows; GET /api/v1/plans/{planCode}/checks"
                    + " flags a baseline that differs from its predecessor's figure (BASELINE_DIFFERS_FROM_PREDECESSOR).")
    @APIResponse(responseCode = "200", description = "The series (no plans: an empty list)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorSeries.class),
                    examples = @ExampleObject(name = "life expectancy of Tongliang", value = SERIES_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A malformed region code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad region", value = BAD_REGION)))
    @APIResponse(responseCode = "404", description = "No such definition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = DEFINITION_NOT_FOUND)))
    public IndicatorSeries series(
            @Parameter(description = "GB/T 2260 code of the region", example = "500151",
                    schema = @Schema(pattern = "^[0-9A-Za-z_-]{1,32}$", maxLength = 32)) @PathParam("code") String code,
            @Parameter(description = "The catalogue definition's code", example = "LIFE_EXPECTANCY") @PathParam("definitionCode") String definitionCode) {
        if (code == null || !code.matches("^[0-9A-Za-z_-]{1,32}$")) {
            throw org.healthplanning.http.DomainException.invalid("code", "must be a region code such as 500151");
        }
        return lineage.series(code, definitionCode);
    }
}
