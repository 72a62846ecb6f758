package org.healthplanning.facility.rest;

import org.healthplanning.platform.http.QueryParams;
import org.healthplanning.platform.http.Versions;
import org.healthplanning.platform.problem.Problem;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthplanning.facility.domain.ReportedTotals;
import org.healthplanning.facility.service.RegionService;

@Path("/api/v1/regions/{code}/resources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reported totals", description = "A region's statistics-yearbook totals where its facilities are not listed one by one")
public class ReportedTotalsResource {
    @Inject
    RegionService service;

    @GET
    @Operation(summary = "Reported totals of a region, by year")
    @APIResponse(responseCode = "200", description = "Every year recorded, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "years", value = "[" + Examples.REPORTED + "]")))
    @APIResponse(responseCode = "404", description = "No such region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    public List<ReportedTotals> list(@Parameter(example = "500151") @PathParam("code") String code) {
        return service.reported(code);
    }

    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No token, or an invalid, expired or wrongly signed one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = Examples.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token's regions (and their sub-regions) do not cover the region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "outside the token's regions", value = Examples.FORBIDDEN_REGION)))
    @PUT
    @Path("/{year}")
    @Operation(summary = "Set the reported totals of a year", description = "Idempotent upsert by region and year.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportedTotals.class), examples = @ExampleObject(name = "yearbook", value = Examples.REPORTED)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "totals", value = Examples.REPORTED)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "totals", value = Examples.REPORTED)))
    @APIResponse(responseCode = "400", description = "Invalid body (e.g. a negative count) or year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "stale", value = Examples.PRECONDITION)))
    public Response put(@Parameter(example = "500151") @PathParam("code") String code,
                        @Parameter(example = "2025") @PathParam("year") String year,
                        @Parameter(description = "ETag last read", example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
                        @HeaderParam("If-Match") String ifMatch,
                        @Valid @NotNull ReportedTotals body, @Context UriInfo uri) {
        var result = service.putReported(code, QueryParams.requiredYear("year", year), body, ifMatch);
        Response.ResponseBuilder rb = result.created() ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return rb.entity(result.value()).tag(Versions.etag(result.value().version)).build();
    }

    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No token, or an invalid, expired or wrongly signed one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = Examples.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token's regions (and their sub-regions) do not cover the region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "outside the token's regions", value = Examples.FORBIDDEN_REGION)))
    @DELETE
    @Path("/{year}")
    @Operation(summary = "Delete the reported totals of a year")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such region or year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "stale", value = Examples.PRECONDITION)))
    public Response delete(@Parameter(example = "500151") @PathParam("code") String code,
                           @Parameter(example = "2025") @PathParam("year") String year,
                           @Parameter(description = "ETag last read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        service.deleteReported(code, QueryParams.requiredYear("year", year), ifMatch);
        return Response.noContent().build();
    }

}
