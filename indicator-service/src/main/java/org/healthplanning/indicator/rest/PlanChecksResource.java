package org.healthplanning.indicator.rest;

import org.healthplanning.platform.problem.Problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthplanning.indicator.service.EvaluationService;

@Path("/api/v1/plans/{planCode}/checks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation")
public class PlanChecksResource {
    static final String EXAMPLE = """
            [{"code": "TARGET_MET_AT_BASELINE", "severity": "WARNING", "indicatorId": 3, "seq": "3", "name": "孕产妇死亡率", "subItem": null,
              "message": "Row 3 孕产妇死亡率: the baseline 0 already meets the target '≤10' (<= 10)"},
             {"code": "MISSING_BASELINE", "severity": "WARNING", "indicatorId": 2, "seq": "2", "name": "健康预期寿命", "subItem": null,
              "message": "Row 2 健康预期寿命: no baseline value (printed '—'); progress cannot be measured"}]""";

    @Inject
    EvaluationService service;

    @GET
    @Operation(summary = "Check a plan's indicator table",
            description = "TARGET_MET_AT_BASELINE (the baseline already meets the target), WEAKER_THAN_UPPER_TARGET (the row's"
                    + " target is looser than an upper-level target, in the indicator's direction), MISSING_BASELINE,"
                    + " DIRECTION_UNKNOWN, UNIT_DIFFERS_FROM_DEFINITION; each names the row.")
    @APIResponse(responseCode = "200", description = "The findings, in table order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = CheckView.class),
                    examples = @ExampleObject(name = "findings", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<CheckView> checks(@Parameter(example = "tongliang-14th") @PathParam("planCode") String planCode) {
        return service.checks(planCode);
    }
}
