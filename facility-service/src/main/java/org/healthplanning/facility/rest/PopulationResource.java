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
import org.healthplanning.facility.api.PopulationDto;
import org.healthplanning.facility.service.RegionService;

@Path("/api/v1/regions/{code}/population")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Population", description = "Resident population of a region by year, actual or projected")
public class PopulationResource {
    @Inject
    RegionService service;

    @GET
    @Operation(operationId = "listRegionPopulation", summary = "Population of a region, by year", description = "Every calendar year recorded for the region (resident population in persons), oldest first.")
    @APIResponse(responseCode = "200", description = "Every year recorded, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = PopulationDto.class),
                    examples = @ExampleObject(name = "years", value = "[" + ApiDocs.POPULATION + "]")))
    @APIResponse(responseCode = "404", description = "No such region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiDocs.NOT_FOUND)))
    public List<PopulationDto> list(@Parameter(description = ApiDocs.REGION_CODE,
                                schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.REGION_CODE_PATTERN), example = "500151")
                        @PathParam("code") String code,
            @Parameter(description = "Only the years changed after this ISO-8601 instant (with an offset), in change order"
                    + " (updatedAt, then year), up to the change horizon; for cursor paging across all regions use GET /api/v1/populations",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"), example = "2026-03-01T08:00:00Z")
            @QueryParam("updatedAfter") String updatedAfter) {
        return service.population(code, updatedAfter);
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
    @Operation(operationId = "putRegionPopulation", summary = "Set the population of a year", description = "Idempotent upsert by region and calendar year; residents and childrenUnder3 are in persons.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PopulationDto.class), examples = @ExampleObject(name = "population_input", value = ApiDocs.POPULATION_INPUT)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PopulationDto.class),
                    examples = @ExampleObject(name = "replaced", value = ApiDocs.POPULATION)))
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PopulationDto.class),
                    examples = @ExampleObject(name = "created", value = ApiDocs.POPULATION)))
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
                        @Valid @NotNull PopulationDto body, @Context UriInfo uri) {
        var result = service.putPopulation(code, QueryParams.requiredYear("year", year), body, ifMatch);
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
    @Operation(operationId = "deleteRegionPopulation", summary = "Delete the population of a year", description = "Removes the region's population record of that calendar year.")
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
        service.deletePopulation(code, QueryParams.requiredYear("year", year), ifMatch);
        return Response.noContent().build();
    }
}
