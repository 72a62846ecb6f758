package org.healthplanning.project.rest;

import org.healthplanning.platform.http.PageRequest;
import org.healthplanning.http.PageResponse;
import org.healthplanning.http.Problem;
import org.healthplanning.platform.sync.ChangeQuery;

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
import org.healthplanning.project.api.DeclaredTotalsDto;
import org.healthplanning.project.api.DeclaredTotalsPage;
import org.healthplanning.project.service.DeclaredTotalsService;

/** Every plan's declared totals in one list, so that a client can keep a copy of all of them without asking plan by plan. */
@Path("/api/v1/declared-totals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiDocs.TAG_TOTALS, description = ApiDocs.TAG_TOTALS_TEXT)
public class DeclaredTotalsResource {
    @Inject
    DeclaredTotalsService totals;

    @GET
    @Operation(operationId = "listDeclaredTotals", summary = "List every plan's declared totals (合计)", description = ApiDocs.LIST_DECLARED_TOTALS)
    @APIResponse(responseCode = "200", description = "A page of declared totals (with updatedAfter or after: the changed ones, paged by cursor)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclaredTotalsPage.class),
                    examples = @ExampleObject(name = "page", value = ApiDocs.TOTALS_PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A malformed planCode, paging, sorting, updatedAfter or after parameter, page or "
            + "sort with an incremental read, or a parameter the operation does not take; the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad updatedAfter", value = ApiDocs.BAD_UPDATED_AFTER_EXAMPLE)))
    public PageResponse<DeclaredTotalsDto> list(
            @Parameter(description = "Only the declared totals of this plan", example = "tongliang-14th",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.CODE_PATTERN)) @QueryParam("planCode") String planCode,
            @Parameter(description = ApiDocs.PAGE, example = "0",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = ApiDocs.SIZE, example = "50",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500", defaultValue = "50"))
            @QueryParam("size") String size,
            @Parameter(description = "Sort field, '-' before it for descending; by default planCode", example = "regionCode",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"planCode", "-planCode", "regionCode", "-regionCode"}))
            @QueryParam("sort") String sort,
            @Parameter(description = ApiDocs.UPDATED_AFTER, example = "2026-03-01T08:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("updatedAfter") String updatedAfter,
            @Parameter(description = ApiDocs.AFTER, example = "YzE6MTc3MjQ0MzgwMDY1NDMyMToxMA",
                    schema = @Schema(type = SchemaType.STRING)) @QueryParam("after") String after) {
        ChangeQuery change = ChangeQuery.of(updatedAfter, after, page, size, sort);
        String plan = planCode == null || planCode.isBlank() ? null : PlanCodes.check(planCode.trim());
        if (change != null) {
            return totals.changes(plan, change);
        }
        return totals.list(plan, PageRequest.of(page, size, sort, DeclaredTotalsService.SORTABLE, "planCode"));
    }
}
