package org.healthplanning.facility.rest;

import org.healthplanning.http.QueryParams;
import org.healthplanning.platform.http.Versions;
import org.healthplanning.http.Problem;
import org.healthplanning.platform.security.Caller;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthplanning.facility.api.PublishedRatioDto;
import org.healthplanning.facility.service.PublishedRatioService;

@Path("/api/v1/regions/{code}/published-ratios")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Published ratios", description = "A region's resource ratios as a plan or statistics yearbook publishes them"
        + " (每千常住人口床位数24.16张), used by the ratios answer where the counts do not give a metric")
public class PublishedRatioResource {
    @Inject
    PublishedRatioService service;

    @GET
    @Operation(operationId = "listPublishedRatios", summary = "Published ratios of a region",
            description = "Every ratio recorded as published for the region (of one calendar year with ?year=), oldest year first,"
                    + " metrics in the order of the ratios answer. Values are in the metric's unit (per 1000 residents, per 10 000"
                    + " or 30 000 residents, or persons per person or per bed), digits as printed.")
    @APIResponse(responseCode = "200", description = "The published ratios, oldest year first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = PublishedRatioDto.class),
                    examples = @ExampleObject(name = "ratios", value = "[" + ApiDocs.PUBLISHED_RATIO + "]")))
    @APIResponse(responseCode = "400", description = "A bad year or updatedAfter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad year", value = ApiDocs.BAD_PUBLISHED_YEAR)))
    @APIResponse(responseCode = "404", description = "No such region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiDocs.NOT_FOUND)))
    public List<PublishedRatioDto> list(@Parameter(description = ApiDocs.REGION_CODE,
                                schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.REGION_CODE_PATTERN), example = "500103")
                        @PathParam("code") String code,
            @Parameter(description = "Only the ratios of this calendar year",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2100"), example = "2020")
            @QueryParam("year") String year,
            @Parameter(description = "Only the ratios changed after this ISO-8601 instant (with an offset), in change order"
                    + " (updatedAt, then key), up to the change horizon; for cursor paging across all regions use GET /api/v1/published-ratios",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"), example = "2026-03-01T08:00:00Z")
            @QueryParam("updatedAfter") String updatedAfter) {
        return service.list(code, QueryParams.year("year", year), updatedAfter);
    }

    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = ApiDocs.UNAUTHORIZED_TEXT,
            headers = @Header(name = "WWW-Authenticate", description = "The authentication scheme to use: Bearer", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = ApiDocs.FORBIDDEN_REGION_TEXT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "outside the token's regions", value = ApiDocs.FORBIDDEN_PUBLISHED)))
    @PUT
    @Path("/{year}/{metric}")
    @Operation(operationId = "putPublishedRatio", summary = "Set a published ratio of a year",
            description = "Idempotent upsert by region, calendar year and metric: the ratio as the document prints it (value ≥ 0 in"
                    + " the metric's unit, digits kept), the document (source, required, at most 500 characters) and the sentence"
                    + " (quote, at most 2000). Needs an editor's token covering the region, or an admin's.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PublishedRatioDto.class),
            examples = @ExampleObject(name = "published", value = ApiDocs.PUBLISHED_RATIO_INPUT)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublishedRatioDto.class),
                    examples = @ExampleObject(name = "replaced", value = ApiDocs.PUBLISHED_RATIO)))
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublishedRatioDto.class),
                    examples = @ExampleObject(name = "created", value = ApiDocs.PUBLISHED_RATIO)))
    @APIResponse(responseCode = "400", description = "Invalid metric, year or body (e.g. a negative value, no source)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "bad metric", value = ApiDocs.BAD_PUBLISHED_METRIC),
                            @ExampleObject(name = "negative value", value = ApiDocs.BAD_PUBLISHED_VALUE)}))
    @APIResponse(responseCode = "404", description = "No such region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiDocs.NOT_FOUND)))
    @APIResponse(responseCode = "412", description = ApiDocs.PRECONDITION_TEXT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ApiDocs.PRECONDITION)))
    public Response put(@Parameter(description = ApiDocs.REGION_CODE,
                                schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.REGION_CODE_PATTERN), example = "500103")
                        @PathParam("code") String code,
                        @Parameter(description = ApiDocs.YEAR,
                                schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2100"), example = "2020")
                        @PathParam("year") String year,
                        @Parameter(description = ApiDocs.PUBLISHED_METRIC,
                                schema = @Schema(type = SchemaType.STRING, enumeration = {"bedsPer1000", "licensedDoctorsPer1000",
                                        "registeredNursesPer1000", "pharmacistsPer1000", "tcmDoctorsPer1000", "healthTechniciansPer1000",
                                        "gpsPer10000", "publicHealthStaffPer10000", "ambulancesPer30000", "childcareSlotsPer1000",
                                        "doctorNurseRatio", "bedStaffRatio"}), example = "bedsPer1000")
                        @PathParam("metric") String metric,
                        @Parameter(description = ApiDocs.IF_MATCH, example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
                        @HeaderParam("If-Match") String ifMatch,
                        @Valid @NotNull PublishedRatioDto body, @Context UriInfo uri) {
        int y = QueryParams.requiredYear("year", year);
        var result = service.put(code, y, PublishedRatioService.metric(metric), body, ifMatch);
        Response.ResponseBuilder rb = result.created() ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return rb.entity(result.value()).tag(Versions.etag(result.value().version)).build();
    }

    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = ApiDocs.UNAUTHORIZED_TEXT,
            headers = @Header(name = "WWW-Authenticate", description = "The authentication scheme to use: Bearer", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = ApiDocs.FORBIDDEN_REGION_TEXT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "outside the token's regions", value = ApiDocs.FORBIDDEN_PUBLISHED)))
    @DELETE
    @Path("/{year}/{metric}")
    @Operation(operationId = "deletePublishedRatio", summary = "Delete a published ratio of a year",
            description = "Removes the region's published ratio of that calendar year and metric.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "Invalid metric or year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad metric", value = ApiDocs.BAD_PUBLISHED_METRIC)))
    @APIResponse(responseCode = "404", description = "No such region, or no ratio of that metric and year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiDocs.NOT_FOUND)))
    @APIResponse(responseCode = "412", description = ApiDocs.PRECONDITION_TEXT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ApiDocs.PRECONDITION)))
    public Response delete(@Parameter(description = ApiDocs.REGION_CODE,
                                schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.REGION_CODE_PATTERN), example = "500103")
                        @PathParam("code") String code,
                        @Parameter(description = ApiDocs.YEAR,
                                schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2100"), example = "2020")
                        @PathParam("year") String year,
                        @Parameter(description = ApiDocs.PUBLISHED_METRIC,
                                schema = @Schema(type = SchemaType.STRING, enumeration = {"bedsPer1000", "licensedDoctorsPer1000",
                                        "registeredNursesPer1000", "pharmacistsPer1000", "tcmDoctorsPer1000", "healthTechniciansPer1000",
                                        "gpsPer10000", "publicHealthStaffPer10000", "ambulancesPer30000", "childcareSlotsPer1000",
                                        "doctorNurseRatio", "bedStaffRatio"}), example = "bedsPer1000")
                        @PathParam("metric") String metric,
                        @Parameter(description = ApiDocs.IF_MATCH, example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
                        @HeaderParam("If-Match") String ifMatch) {
        int y = QueryParams.requiredYear("year", year);
        service.delete(code, y, PublishedRatioService.metric(metric), ifMatch);
        return Response.noContent().build();
    }
}
