package org.healthplanning.indicator.rest;

import org.healthplanning.http.Problem;

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
import org.healthplanning.indicator.api.CheckView;
import static org.healthplanning.indicator.rest.ApiDocs.*;
import org.healthplanning.indicator.service.EvaluationService;

@Path("/api/v1/plans/{planCode}/checks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plan checks", description = "Consistency findings on a plan's indicator table")
public class PlanChecksResource {
    @Inject
    EvaluationService service;

    @GET
    @Operation(operationId = "getPlanChecks", summary = "Check a plan's indicator table", description = CHECKS_TEXT)
    @APIResponse(responseCode = "200", description = "The findings, in table order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = CheckView.class),
                    examples = @ExampleObject(name = "findings", value = CHECKS_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = PLAN_NOT_FOUND)))
    public List<CheckView> checks(@Parameter(description = PLAN_CODE_TEXT, example = "tongliang-14th") @PathParam("planCode") String planCode) {
        return service.checks(planCode);
    }
}
