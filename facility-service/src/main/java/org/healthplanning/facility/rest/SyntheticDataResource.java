package org.healthplanning.facility.rest;

import org.healthplanning.platform.http.QueryParams;
import org.healthplanning.platform.problem.Problem;
import org.healthplanning.platform.security.Caller;

import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.healthplanning.facility.service.SyntheticDataService;

/** Benchmark data on request only; nothing here runs at start-up. */
@Path("/api/v1/admin/synthetic-data")
@Produces(MediaType.APPLICATION_JSON)
public class SyntheticDataResource {
    @Inject
    SyntheticDataService service;

    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No token, or an invalid, expired or wrongly signed one",
            headers = @Header(name = "WWW-Authenticate", description = "The authentication scheme to use: Bearer", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token is not an admin's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "editor", value = ApiDocs.FORBIDDEN_ADMIN)))
    @POST
    @Operation(hidden = true, operationId = "generateSyntheticData", summary = "Generate SYNTHETIC benchmark data",
            description = "Replaces any earlier synthetic set: N regions under root SYNTH (ten children each), their population and "
                    + "M facilities with resources for Y years from fromYear. Made-up numbers, for load and speed tests only.")
    @APIResponse(responseCode = "200", description = "What was generated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "done", value = """
                    {"synthetic": true, "rootRegion": "SYNTH", "regions": 1001, "facilities": 20000, "years": 5,
                     "fromYear": 2020, "resourceRows": 100000, "millis": 2400}""")))
    @APIResponse(responseCode = "400", description = "Bad size parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Map<String, Object> generate(
            @Parameter(description = "Number of regions N", example = "1000") @QueryParam("regions") String regions,
            @Parameter(description = "Number of facilities M", example = "20000") @QueryParam("facilities") String facilities,
            @Parameter(description = "Number of years Y", example = "5") @QueryParam("years") String years,
            @Parameter(description = "First year", example = "2020") @QueryParam("fromYear") String fromYear) {
        Integer n = QueryParams.integer("regions", regions);
        Integer m = QueryParams.integer("facilities", facilities);
        Integer y = QueryParams.integer("years", years);
        Integer from = QueryParams.year("fromYear", fromYear);
        return service.generate(n == null ? 100 : n, m == null ? 1000 : m, y == null ? 5 : y, from == null ? 2020 : from);
    }

    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No token, or an invalid, expired or wrongly signed one",
            headers = @Header(name = "WWW-Authenticate", description = "The authentication scheme to use: Bearer", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token is not an admin's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "editor", value = ApiDocs.FORBIDDEN_ADMIN)))
    @DELETE
    @Operation(hidden = true, operationId = "deleteSyntheticData", summary = "Remove all SYNTHETIC data")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove() {
        service.removeAll();
        return Response.noContent().build();
    }
}
