package org.healthplanning.facility.rest;

import org.healthplanning.http.QueryParams;
import org.healthplanning.http.DomainException;
import org.healthplanning.http.Problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.healthplanning.platform.sheet.ExportFormat;
import org.healthplanning.platform.sheet.Table;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthplanning.facility.api.Gap;
import org.healthplanning.facility.api.Ratios;
import org.healthplanning.facility.api.RatiosSeries;
import org.healthplanning.facility.service.GapService;
import org.healthplanning.facility.service.RatioService;

@Path("/api/v1/regions/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Region ratios and gaps", description = "Resource ratios of a region and its sub-regions, and the gaps to targets")
public class RatioResource {
    @Inject
    RatioService ratios;
    @Inject
    GapService gaps;

    @GET
    @Path("/ratios")
    @Operation(operationId = "getRegionRatios", summary = "Resource ratios of a region and all its sub-regions",
            description = ApiDocs.RATIOS_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The ratios of the year",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Ratios.class),
                    examples = {@ExampleObject(name = "year", value = ApiDocs.RATIOS),
                            @ExampleObject(name = "published", summary = "Ratios from the region's plan only", value = ApiDocs.RATIOS_PUBLISHED),
                            @ExampleObject(name = "summed population", summary = "A province's population summed from its districts",
                                    value = ApiDocs.RATIOS_SUMMED)}))
    @APIResponse(responseCode = "400", description = "Missing or bad year parameters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad year", value = ApiDocs.BAD_PARAMETER)))
    @APIResponse(responseCode = "404", description = "No such region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiDocs.NOT_FOUND)))
    public Object ratios(@Parameter(description = ApiDocs.REGION_CODE,
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.REGION_CODE_PATTERN), example = "500151")
            @PathParam("code") String code,
            @Parameter(description = "The calendar year (required unless from and to are given)",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2100"), example = "2020")
            @QueryParam("year") String year,
            // A series through ?from=&to= on this path is kept for existing callers; it is published as …/ratios/series.
            @Parameter(hidden = true) @QueryParam("from") String from,
            @Parameter(hidden = true) @QueryParam("to") String to,
            @Parameter(description = ApiDocs.CACHE_CONTROL, schema = @Schema(type = SchemaType.STRING), example = "no-cache")
            @HeaderParam("Cache-Control") String cacheControl) {
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
    @Path("/ratios/series")
    @Operation(operationId = "getRegionRatioSeries", summary = "Resource ratios of a region for each year of a span",
            description = "The ratios of each calendar year from `from` to `to` (both included, oldest first), computed as "
                    + "getRegionRatios computes one year. The same answer as `…/ratios?from=&to=`." + ApiDocs.REPORT_FORMS
                    + " The table has one line per year: regionCode, year, population (人), populationBasis, facilityCount, basis, the counts"
                    + " and the ratios (each with its unit), and the metrics taken from publications.")
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE + ";charset=UTF-8", ExportFormat.XLSX_TYPE})
    @APIResponse(responseCode = "200", description = "The ratios of each year, oldest first (JSON), one CSV line per year, or a workbook",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RatiosSeries.class)),
                    @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = ApiDocs.SERIES_CSV)),
                    @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, description = "The workbook (XLSX bytes)"))})
    @APIResponse(responseCode = "400", description = "Missing or bad year parameters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad year", value = ApiDocs.BAD_PARAMETER)))
    @APIResponse(responseCode = "404", description = "No such region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiDocs.NOT_FOUND)))
    public Response series(@Parameter(description = ApiDocs.REGION_CODE,
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.REGION_CODE_PATTERN), example = "500151")
            @PathParam("code") String code,
            @Parameter(description = "First calendar year of the series", required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2100"), example = "2018")
            @QueryParam("from") String from,
            @Parameter(description = "Last calendar year of the series (at most 200 years after from)", required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2100"), example = "2022")
            @QueryParam("to") String to,
            @Parameter(description = ApiDocs.CACHE_CONTROL, schema = @Schema(type = SchemaType.STRING), example = "no-cache")
            @HeaderParam("Cache-Control") String cacheControl,
            // a plain link's choice of form, beside Accept: not in the OpenAPI document, so generated clients keep their signatures
            @Parameter(hidden = true) @QueryParam(ExportFormat.PARAMETER) String format,
            @Context HttpHeaders headers) {
        ExportFormat form = ExportFormat.choose(format, headers, ExportFormat.JSON, ExportFormat.ALL);
        Integer f = QueryParams.year("from", from);
        Integer t = QueryParams.year("to", to);
        if (f == null || t == null) {
            throw DomainException.invalid(f == null ? "from" : "to", "is required: a series needs both from and to");
        }
        List<Ratios> series = ratios.series(code, f, t, noCache(cacheControl));
        if (form == ExportFormat.JSON) {
            return Response.ok(series, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Table.answer(form, "ratios-" + code + "-" + f + "-" + t, RatioTables.series(series));
    }

    @GET
    @Path("/gaps")
    @Operation(operationId = "getRegionGaps", summary = "Gaps to the targets", description = ApiDocs.GAPS_DESCRIPTION + ApiDocs.REPORT_FORMS)
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE + ";charset=UTF-8", ExportFormat.XLSX_TYPE})
    @APIResponse(responseCode = "200", description = "One entry per applicable standard (or the one question): JSON, one CSV line each, or a workbook",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Gap.class),
                    examples = @ExampleObject(name = "gaps", value = ApiDocs.GAPS)),
                    @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = ApiDocs.GAPS_CSV)),
                    @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, description = "The workbook (XLSX bytes)"))})
    @APIResponse(responseCode = "400", description = "Bad metric, target, population or year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad year", value = ApiDocs.BAD_PARAMETER)))
    @APIResponse(responseCode = "404", description = "No such region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiDocs.NOT_FOUND)))
    public Response gaps(@Parameter(description = ApiDocs.REGION_CODE,
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.REGION_CODE_PATTERN), example = "500151")
            @PathParam("code") String code,
            @Parameter(description = "Only standards for this target calendar year (or without a year) apply; for a one-off question, its target calendar year",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2100"), example = "2025")
            @QueryParam("targetYear") String targetYear,
            @Parameter(description = "One-off question: the ratio metric", schema = @Schema(type = SchemaType.STRING, enumeration = {"bedsPer1000",
                    "licensedDoctorsPer1000", "registeredNursesPer1000", "pharmacistsPer1000", "tcmDoctorsPer1000", "healthTechniciansPer1000",
                    "gpsPer10000", "publicHealthStaffPer10000", "ambulancesPer30000", "childcareSlotsPer1000", "doctorNurseRatio",
                    "bedStaffRatio"}), example = "licensedDoctorsPer1000")
            @QueryParam("metric") String metric,
            @Parameter(description = "One-off question: the target ratio, in the metric's unit (e.g. persons per 1000 residents)",
                    schema = @Schema(type = SchemaType.NUMBER), example = "3.6")
            @QueryParam("target") String target,
            @Parameter(description = "One-off question: the population to use, in persons (default: the target year's)",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0"), example = "700000")
            @QueryParam("population") String population,
            @Parameter(description = ApiDocs.CACHE_CONTROL, schema = @Schema(type = SchemaType.STRING), example = "no-cache")
            @HeaderParam("Cache-Control") String cacheControl,
            // a plain link's choice of form, beside Accept: not in the OpenAPI document, so generated clients keep their signatures
            @Parameter(hidden = true) @QueryParam(ExportFormat.PARAMETER) String format,
            @Context HttpHeaders headers) {
        ExportFormat form = ExportFormat.choose(format, headers, ExportFormat.JSON, ExportFormat.ALL);
        List<Gap> answer = gaps(code, targetYear, metric, target, population, noCache(cacheControl));
        if (form == ExportFormat.JSON) {
            return Response.ok(answer, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Table.answer(form, "gaps-" + code + (targetYear == null ? "" : "-" + targetYear.trim()), RatioTables.gaps(answer));
    }

    private List<Gap> gaps(String code, String targetYear, String metric, String target, String population, boolean fresh) {
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
