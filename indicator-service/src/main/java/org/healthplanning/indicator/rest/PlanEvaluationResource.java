package org.healthplanning.indicator.rest;

import org.healthplanning.platform.http.QueryParams;
import org.healthplanning.platform.problem.Problem;

import jakarta.inject.Inject;
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
import org.healthplanning.indicator.service.EvaluationService;

@Path("/api/v1/plans/{planCode}/evaluation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation", description = "Evaluation of a plan's indicators, plan checks and comparison across plans")
public class PlanEvaluationResource {
    static final String EXAMPLE = """
            {"planCode": "tongliang-14th", "year": 2023,
             "summary": {"ACHIEVED": 1, "ON_TRACK": 1, "BEHIND": 1, "NO_DATA": 20, "NOT_EVALUABLE": 2},
             "bindingBehind": [11],
             "indicators": [{"id": 1, "seq": "1", "name": "人均预期寿命", "subItem": null, "nature": "EXPECTED", "direction": "INCREASE",
               "baseline": {"year": 2020, "raw": "78.47", "value": 78.47},
               "target": {"year": 2025, "raw": "79.3", "comparator": "=", "value": 79.3, "effectiveComparator": ">="},
               "actual": {"year": 2023, "value": 79.0}, "expected": 78.9680, "progressPercent": 63.86, "status": "ON_TRACK"}]}""";

    @Inject
    EvaluationService service;

    @GET
    @Operation(summary = "Evaluate a plan for a year",
            description = "ACHIEVED when the value meets the target (a bare number counts as at least / at most in the indicator's"
                    + " direction); ON_TRACK when at or beyond the linear trajectory from baseline to target; else BEHIND;"
                    + " NO_DATA without a value; NOT_EVALUABLE for a qualitative target or a missing baseline where the"
                    + " trajectory is needed. Each row uses its latest value at or before the year (exactYear=true: that year only)."
                    + " Default year: the latest with any value.")
    @APIResponse(responseCode = "200", description = "The evaluation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class),
                    examples = @ExampleObject(name = "tongliang 2023", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Bad year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the evaluation whose ETag was sent in If-None-Match")
    public Response evaluate(@Parameter(example = "tongliang-14th") @PathParam("planCode") String planCode,
                             @Parameter(description = "Year to evaluate, 1949-2100", example = "2023") @QueryParam("year") String year,
                             @Parameter(description = "Only values of exactly that year count", example = "false")
                             @QueryParam("exactYear") String exactYear,
                             @Parameter(description = "The ETag of an earlier answer: 304 while nothing it depends on changed")
                             @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Integer y = QueryParams.year("year", year);
        boolean exact = PlanIndicatorResource.flag("exactYear", exactYear);
        if (ifNoneMatch != null && !ifNoneMatch.isBlank()) {
            EntityTag current = new EntityTag(service.currentTag(planCode));
            if (matches(ifNoneMatch, current)) {
                return Response.notModified(current).build();
            }
        }
        EvaluationService.Evaluated evaluated = service.evaluation(planCode, y, exact);
        return Response.ok(evaluated.json(), MediaType.APPLICATION_JSON_TYPE).tag(new EntityTag(evaluated.etag())).build();
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
