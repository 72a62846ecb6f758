package org.healthplanning.facility.rest;

import org.healthplanning.platform.http.PageRequest;
import org.healthplanning.http.PageResponse;
import org.healthplanning.http.Problem;
import org.healthplanning.platform.sync.ChangeQuery;

import io.quarkus.panache.common.Sort;
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
import org.healthplanning.facility.api.PopulationDto;
import org.healthplanning.facility.api.PopulationPage;
import org.healthplanning.facility.api.PublishedRatioDto;
import org.healthplanning.facility.api.PublishedRatioPage;
import org.healthplanning.facility.api.ReportedTotalsDto;
import org.healthplanning.facility.api.ReportedTotalsPage;
import org.healthplanning.facility.api.YearlyResourcesDto;
import org.healthplanning.facility.api.YearlyResourcesPage;
import org.healthplanning.facility.service.FacilityService;
import org.healthplanning.facility.service.PublishedRatioService;
import org.healthplanning.facility.service.RegionService;

/**
 * The rows otherwise listed only under their parent (a region's population, reported totals and published ratios, a
 * facility's yearly resources), listed across the whole service so that a client can synchronise them without visiting
 * every parent. Each item names its parent (regionCode or facilityCode) and year.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceWideListResource {
    private static final String SYNC = " With updatedAfter or after, an incremental read: the rows changed since, in change order"
            + " (updatedAt, then key), paged by cursor; deletions are listed by GET /api/v1/deletions.";

    @Inject
    RegionService regions;
    @Inject
    FacilityService facilities;
    @Inject
    PublishedRatioService published;

    @GET
    @Path("/populations")
    @Tag(name = "Population")
    @Operation(operationId = "listAllPopulation", summary = "List the population rows of all regions",
            description = "Pages through the population rows (resident population in persons) of every region, by region code"
                    + " and calendar year, or of one region with regionCode (that region only, not its sub-regions)." + SYNC)
    @APIResponse(responseCode = "200", description = "A page of population rows",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PopulationPage.class)))
    @APIResponse(responseCode = "400", description = "Bad filter, paging, sorting or incremental-read parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad updatedAfter", value = ApiDocs.BAD_UPDATED_AFTER)))
    @APIResponse(responseCode = "404", description = "No such region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiDocs.NOT_FOUND)))
    public PageResponse<PopulationDto> population(
            @Parameter(description = "Only the rows of this region (not its sub-regions)",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.REGION_CODE_PATTERN), example = "500151")
            @QueryParam("regionCode") String regionCode,
            @Parameter(description = ApiDocs.UPDATED_AFTER,
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"), example = "2026-03-01T08:00:00Z")
            @QueryParam("updatedAfter") String updatedAfter,
            @Parameter(description = ApiDocs.AFTER, schema = @Schema(type = SchemaType.STRING), example = ApiDocs.CURSOR_EXAMPLE)
            @QueryParam("after") String after,
            @Parameter(description = ApiDocs.PAGE,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0"), example = "0")
            @QueryParam("page") String page,
            @Parameter(description = ApiDocs.SIZE,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500", defaultValue = "50"), example = "50")
            @QueryParam("size") String size,
            @Parameter(description = "Sort field, '-' for descending; by region code, then year, without it",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"regionCode", "-regionCode", "year", "-year"}), example = "year")
            @QueryParam("sort") String sort) {
        ChangeQuery changes = ChangeQuery.of(updatedAfter, after, page, size, sort);
        return regions.allPopulation(regionCode, changes, changes != null ? null
                : PageRequest.of(page, size, sort, RegionService.SORTABLE_BY_REGION_YEAR, Sort.ascending("regionCode").and("year")));
    }

    @GET
    @Path("/reported-totals")
    @Tag(name = "Reported totals")
    @Operation(operationId = "listAllReportedTotals", summary = "List the reported totals of all regions",
            description = "Pages through the reported totals (counts in beds, persons, vehicles or places) of every region, by region"
                    + " code and calendar year, or of one region with regionCode (that region only, not its sub-regions)." + SYNC)
    @APIResponse(responseCode = "200", description = "A page of reported totals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportedTotalsPage.class)))
    @APIResponse(responseCode = "400", description = "Bad filter, paging, sorting or incremental-read parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad updatedAfter", value = ApiDocs.BAD_UPDATED_AFTER)))
    @APIResponse(responseCode = "404", description = "No such region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiDocs.NOT_FOUND)))
    public PageResponse<ReportedTotalsDto> reportedTotals(
            @Parameter(description = "Only the totals of this region (not its sub-regions)",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.REGION_CODE_PATTERN), example = "500151")
            @QueryParam("regionCode") String regionCode,
            @Parameter(description = ApiDocs.UPDATED_AFTER,
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"), example = "2026-03-01T08:00:00Z")
            @QueryParam("updatedAfter") String updatedAfter,
            @Parameter(description = ApiDocs.AFTER, schema = @Schema(type = SchemaType.STRING), example = ApiDocs.CURSOR_EXAMPLE)
            @QueryParam("after") String after,
            @Parameter(description = ApiDocs.PAGE,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0"), example = "0")
            @QueryParam("page") String page,
            @Parameter(description = ApiDocs.SIZE,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500", defaultValue = "50"), example = "50")
            @QueryParam("size") String size,
            @Parameter(description = "Sort field, '-' for descending; by region code, then year, without it",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"regionCode", "-regionCode", "year", "-year"}), example = "year")
            @QueryParam("sort") String sort) {
        ChangeQuery changes = ChangeQuery.of(updatedAfter, after, page, size, sort);
        return regions.allReported(regionCode, changes, changes != null ? null
                : PageRequest.of(page, size, sort, RegionService.SORTABLE_BY_REGION_YEAR, Sort.ascending("regionCode").and("year")));
    }

    @GET
    @Path("/published-ratios")
    @Tag(name = "Published ratios")
    @Operation(operationId = "listAllPublishedRatios", summary = "List the published ratios of all regions",
            description = "Pages through the ratios published for every region (values in the metric's unit, e.g. beds per 1000"
                    + " residents, digits as printed), by region code, calendar year and metric, or of one region with regionCode"
                    + " (that region only, not its sub-regions)." + SYNC)
    @APIResponse(responseCode = "200", description = "A page of published ratios",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublishedRatioPage.class)))
    @APIResponse(responseCode = "400", description = "Bad filter, paging, sorting or incremental-read parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad updatedAfter", value = ApiDocs.BAD_UPDATED_AFTER)))
    @APIResponse(responseCode = "404", description = "No such region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiDocs.NOT_FOUND)))
    public PageResponse<PublishedRatioDto> publishedRatios(
            @Parameter(description = "Only the ratios of this region (not its sub-regions)",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.REGION_CODE_PATTERN), example = "500103")
            @QueryParam("regionCode") String regionCode,
            @Parameter(description = ApiDocs.UPDATED_AFTER,
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"), example = "2026-03-01T08:00:00Z")
            @QueryParam("updatedAfter") String updatedAfter,
            @Parameter(description = ApiDocs.AFTER, schema = @Schema(type = SchemaType.STRING), example = ApiDocs.CURSOR_EXAMPLE)
            @QueryParam("after") String after,
            @Parameter(description = ApiDocs.PAGE,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0"), example = "0")
            @QueryParam("page") String page,
            @Parameter(description = ApiDocs.SIZE,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500", defaultValue = "50"), example = "50")
            @QueryParam("size") String size,
            @Parameter(description = "Sort field, '-' for descending; by region code, then year, then metric, without it",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"regionCode", "-regionCode", "year", "-year", "metric", "-metric"}),
                    example = "year")
            @QueryParam("sort") String sort) {
        ChangeQuery changes = ChangeQuery.of(updatedAfter, after, page, size, sort);
        return published.all(regionCode, changes, changes != null ? null
                : PageRequest.of(page, size, sort, PublishedRatioService.SORTABLE,
                        Sort.ascending("regionCode").and("year").and("metric")));
    }

    @GET
    @Path("/facility-resources")
    @Tag(name = "Facility resources")
    @Operation(operationId = "listAllFacilityResources", summary = "List the yearly resources of all facilities",
            description = "Pages through what every facility reported by calendar year (beds, staff in persons, ambulances, childcare"
                    + " places), by facility, then year, or of one facility with facilityCode." + SYNC)
    @APIResponse(responseCode = "200", description = "A page of yearly resources",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearlyResourcesPage.class)))
    @APIResponse(responseCode = "400", description = "Bad filter, paging, sorting or incremental-read parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad updatedAfter", value = ApiDocs.BAD_UPDATED_AFTER)))
    @APIResponse(responseCode = "404", description = "No such facility",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiDocs.NOT_FOUND_FACILITY)))
    public PageResponse<YearlyResourcesDto> facilityResources(
            @Parameter(description = "Only the rows of this facility",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.FACILITY_CODE_PATTERN), example = "tl-people-hospital")
            @QueryParam("facilityCode") String facilityCode,
            @Parameter(description = ApiDocs.UPDATED_AFTER,
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"), example = "2026-03-01T08:00:00Z")
            @QueryParam("updatedAfter") String updatedAfter,
            @Parameter(description = ApiDocs.AFTER, schema = @Schema(type = SchemaType.STRING), example = ApiDocs.CURSOR_EXAMPLE)
            @QueryParam("after") String after,
            @Parameter(description = ApiDocs.PAGE,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0"), example = "0")
            @QueryParam("page") String page,
            @Parameter(description = ApiDocs.SIZE,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500", defaultValue = "50"), example = "50")
            @QueryParam("size") String size,
            @Parameter(description = "Sort field, '-' for descending; by facility, then year, without it",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"year", "-year"}), example = "year")
            @QueryParam("sort") String sort) {
        ChangeQuery changes = ChangeQuery.of(updatedAfter, after, page, size, sort);
        return facilities.allResources(facilityCode, changes, changes != null ? null
                : PageRequest.of(page, size, sort, FacilityService.SORTABLE_RESOURCES, Sort.ascending("facilityId").and("year")));
    }
}
