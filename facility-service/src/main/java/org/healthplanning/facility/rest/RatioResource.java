package org.healthplanning.facility.rest;

import org.healthplanning.platform.http.QueryParams;
import org.healthplanning.platform.problem.DomainException;
import org.healthplanning.platform.problem.Problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthplanning.facility.service.GapService;
import org.healthplanning.facility.service.RatioService;

@Path("/api/v1/regions/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ratios and gaps", description = "Resource ratios of a region and its sub-regions, and the gaps to targets")
public class RatioResource {
    static final String CACHE_CONTROL = "no-cache (or max-age=0) computes the answer anew instead of taking it from the cache; "
            + "either way the answer reflects every committed write";

    @Inject
    RatioService ratios;
    @Inject
    GapService gaps;

    @GET
    @Path("/ratios")
    @Operation(summary = "Resource ratios of a region and all its sub-regions",
            description = "For ?year=Y: one object. For ?from=&to=: an array, one per year. Facility sums (of facilities reporting "
                    + "for the year and not closed before it) give basis FACILITIES; otherwise the region's reported totals give "
                    + "basis REPORTED; with neither, basis, counts and ratios are absent. Ratios are rounded half-up to 2 decimals; "
                    + "doctorNurseRatio 1.12 means 1:1.12 (nurses per doctor), bedStaffRatio 1.21 means 1:1.21 (health technicians per bed).")
    @APIResponse(responseCode = "200", description = "The ratios (an array for a series)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "year", value = Examples.RATIOS)))
    @APIResponse(responseCode = "400", description = "Missing or bad year parameters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    public Object ratios(@Parameter(example = "500151") @PathParam("code") String code,
                         @Parameter(description = "The year", example = "2020") @QueryParam("year") String year,
                         @Parameter(description = "First year of a series", example = "2018") @QueryParam("from") String from,
                         @Parameter(description = "Last year of a series", example = "2022") @QueryParam("to") String to,
                         @Parameter(description = CACHE_CONTROL) @HeaderParam("Cache-Control") String cacheControl) {
        boolean fresh = noCache(cacheControl);
        Integer y = QueryParams.year("year", year);
        Integer f = QueryParams.year("from", from);
        Integer t = QueryParams.year("to", to);
        if (f != null || t != null) {
            if (f == null || t == null) {
                throw DomainException.invalid(f == null ? "from" : "to", "a series needs both from and to");
            }
            return ratios.series(code, f, t, fresh);
        }
        if (y == null) {
            throw DomainException.invalid("year", "is required (or from and to for a series)");
        }
        return ratios.ratios(code, y, fresh);
    }

    @GET
    @Path("/gaps")
    @Operation(summary = "Gaps to the targets",
            description = "For every standard of the region, its ancestors or the nation on a ratio metric: required = ceil(target x P / N) "
                    + "for the target year's population P, gap = required - the current count (latest year with data at or before the "
                    + "target year). With ?targetYear only standards for that year (or without a year) apply. With ?metric&target "
                    + "(and optionally population, targetYear) answers one question instead.")
    @APIResponse(responseCode = "200", description = "One entry per applicable standard (or the one question)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "gaps", value = Examples.GAPS)))
    @APIResponse(responseCode = "400", description = "Bad metric, target, population or year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    public List<GapService.Gap> gaps(@Parameter(example = "500151") @PathParam("code") String code,
                                     @Parameter(description = "Target year", example = "2025") @QueryParam("targetYear") String targetYear,
                                     @Parameter(description = "One-off: the metric", example = "licensedDoctorsPer1000") @QueryParam("metric") String metric,
                                     @Parameter(description = "One-off: the target ratio", example = "3.6") @QueryParam("target") String target,
                                     @Parameter(description = "One-off: the population to use", example = "700000") @QueryParam("population") String population,
                                     @Parameter(description = CACHE_CONTROL) @HeaderParam("Cache-Control") String cacheControl) {
        boolean fresh = noCache(cacheControl);
        Integer ty = QueryParams.year("targetYear", targetYear);
        if (metric != null && !metric.isBlank()) {
            return List.of(gaps.oneOff(code, metric.trim(), QueryParams.decimal("target", target), ty,
                    QueryParams.whole("population", population), fresh));
        }
        if (target != null || population != null) {
            throw DomainException.invalid("metric", "is required with target or population");
        }
        return gaps.gaps(code, ty, fresh);
    }

    /** True when a Cache-Control request header asks for a new computation. */
    static boolean noCache(String cacheControl) {
        if (cacheControl == null) {
            return false;
        }
        for (String directive : cacheControl.toLowerCase(java.util.Locale.ROOT).split(",")) {
            String d = directive.trim();
            if (d.equals("no-cache") || d.equals("no-store") || d.equals("max-age=0")) {
                return true;
            }
        }
        return false;
    }
}
