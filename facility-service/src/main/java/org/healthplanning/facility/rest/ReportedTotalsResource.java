package org.healthplanning.facility.rest;

import org.healthplanning.http.QueryParams;
import org.healthplanning.platform.http.Versions;
import org.healthplanning.http.Problem;
import org.healthplanning.platform.security.Caller;

import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthplanning.facility.api.ReportedTotalsDto;
import org.healthplanning.facility.service.RegionService;

@Path("/api/v1/regions/{code}/resources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reported totals", description = "A region's statistics-yearbook totals where its facilities are not listed one by one")
public class ReportedTotalsResource {
    @Inject
    RegionService service;

    @GET
    @Operation(operationId = "listReportedTotals", summary = "Reported totals of a region, by year", description = "Every calendar year of yearbook totals recorded for the region (beds, staff in persons, ambulances, childcare places), oldest first.")
    @APIResponse(responseCode = "200", description = "Every year recorded, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ReportedTotalsDto.class),
                    examples = @ExampleObject(name = "years", value = "[" + ApiDocs.REPORTED + "]")))
    @APIResponse(responseCode = "404", description = "No such region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiDocs.NOT_FOUND)))
    public List<ReportedTotalsDto> list(@Parameter(description = ApiDocs.REGION_CODE,
                                schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.REGION_CODE_PATTERN), example = "500151")
                        @PathParam("code") String code,
            @Parameter(description = "Only the years changed after this ISO-8601 instant (with an offset), in change order"
                    + " (updatedAt, then year), up to the change horizon; for cursor paging across all regions use GET /api/v1/reported-totals",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"), example = "2026-03-01T08:00:00Z")
            @QueryParam("updatedAfter") String updatedAfter) {
        return service.reported(code, updatedAfter);
    }

    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = ApiDocs.UNAUTHORIZED_TEXT,
            headers = @Header(name = "WWW-Authenticate", description = "The authentication scheme to use: Bearer", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = ApiDocs.FORBIDDEN_REGION_TEXT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "outside the token's regions", value = ApiDocs.FORBIDDEN_REGION)))
    @PUT
    @Path("/{year}")
    @Operation(operationId = "putReportedTotals", summary = "Set the reported totals of a year", description = "Idempotent upsert by region and calendar year; counts are 0 or more.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportedTotalsDto.class), examples = @ExampleObject(name = "reported", value = ApiDocs.REPORTED)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportedTotalsDto.class),
                    examples = @ExampleObject(name = "replaced", value = ApiDocs.REPORTED)))
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportedTotalsDto.class),
                    examples = @ExampleObject(name = "created", value = ApiDocs.REPORTED)))
    @APIResponse(responseCode = "400", description = "Invalid body (e.g. a negative count) or year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = ApiDocs.BAD_YEAR_BODY)))
    @APIResponse(responseCode = "404", description = "No such region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiDocs.NOT_FOUND)))
    @APIResponse(responseCode = "412", description = ApiDocs.PRECONDITION_TEXT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ApiDocs.PRECONDITION)))
    public Response put(@Parameter(description = ApiDocs.REGION_CODE,
                                schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.REGION_CODE_PATTERN), example = "500151")
                        @PathParam("code") String code,
                        @Parameter(description = ApiDocs.YEAR,
                                schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2100"), example = "2025")
                        @PathParam("year") String year,
                        @Parameter(description = ApiDocs.IF_MATCH, example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
                        @HeaderParam("If-Match") String ifMatch,
                        @Valid @NotNull ReportedTotalsDto body, @Context UriInfo uri) {
        var result = service.putReported(code, QueryParams.requiredYear("year", year), body, ifMatch);
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
                    examples = @ExampleObject(name = "outside the token's regions", value = ApiDocs.FORBIDDEN_REGION)))
    @DELETE
    @Path("/{year}")
    @Operation(operationId = "deleteReportedTotals", summary = "Delete the reported totals of a year", description = "Removes the region's reported totals of that calendar year.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such region or year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiDocs.NOT_FOUND)))
    @APIResponse(responseCode = "412", description = ApiDocs.PRECONDITION_TEXT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ApiDocs.PRECONDITION)))
    public Response delete(@Parameter(description = ApiDocs.REGION_CODE,
                                schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.REGION_CODE_PATTERN), example = "500151")
                        @PathParam("code") String code,
                        @Parameter(description = ApiDocs.YEAR,
                                schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2100"), example = "2025")
                        @PathParam("year") String year,
                        @Parameter(description = ApiDocs.IF_MATCH, example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
                        @HeaderParam("If-Match") String ifMatch) {
        service.deleteReported(code, QueryParams.requiredYear("year", year), ifMatch);
        return Response.noContent().build();
    }
}
