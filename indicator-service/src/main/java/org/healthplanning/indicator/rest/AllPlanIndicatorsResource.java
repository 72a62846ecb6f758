package org.healthplanning.indicator.rest;

import static org.healthplanning.indicator.rest.ApiDocs.*;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthplanning.indicator.api.PlanIndicatorView;
import org.healthplanning.indicator.service.PlanIndicatorService;
import org.healthplanning.platform.http.PageRequest;
import org.healthplanning.http.PageResponse;
import org.healthplanning.http.Problem;
import org.healthplanning.platform.sync.ChangeQuery;

/** Every plan's indicator rows in one list, so that a client can synchronise them without walking the plans. */
@Path("/api/v1/plan-indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plan indicators")
public class AllPlanIndicatorsResource {
    @Inject
    PlanIndicatorService service;

    @GET
    @Operation(operationId = "listAllPlanIndicators", summary = "List the indicator rows of all plans",
            description = "Every plan's rows, by plan and in table order, each naming its plan (planCode); planCode filters one plan"
                    + " (an unknown code has no rows). With updatedAfter or after, only the rows changed since, in change order,"
                    + " paged by cursor; deleted rows are listed by GET /api/v1/deletions (resourceType plan-indicator).")
    @APIResponse(responseCode = "200", description = "A page of rows")
    @APIResponse(responseCode = "400", description = "A malformed paging parameter, instant or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "bad size", value = BAD_PARAMETER),
                            @ExampleObject(name = "bad updatedAfter", value = BAD_UPDATED_AFTER)}))
    public PageResponse<PlanIndicatorView> list(
            @Parameter(description = "Only the rows of this plan", example = "tongliang-14th") @QueryParam("planCode") String planCode,
            @Parameter(description = PAGE_TEXT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0"),
                    example = "0") @QueryParam("page") String page,
            @Parameter(description = SIZE_TEXT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500",
                    defaultValue = "50"), example = "50") @QueryParam("size") String size,
            @Parameter(description = UPDATED_AFTER_TEXT, schema = @Schema(type = SchemaType.STRING, format = "date-time"),
                    example = "2026-03-01T08:00:00Z") @QueryParam("updatedAfter") String updatedAfter,
            @Parameter(description = AFTER_TEXT, schema = @Schema(type = SchemaType.STRING), example = CURSOR_EXAMPLE)
            @QueryParam("after") String after) {
        String plan = planCode == null || planCode.isBlank() ? null : planCode.trim();
        ChangeQuery changes = ChangeQuery.of(updatedAfter, after, page, size, null);
        if (changes != null) {
            return service.changesAll(plan, changes);
        }
        PageRequest p = PageRequest.of(page, size);
        return service.listAll(plan, p.page(), p.size());
    }
}
