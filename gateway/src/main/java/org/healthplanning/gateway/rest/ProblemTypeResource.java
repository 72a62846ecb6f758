package org.healthplanning.gateway.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.quarkus.qute.Template;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthplanning.http.DomainException;
import org.healthplanning.http.Problem;
import org.healthplanning.gateway.api.ProblemType;
import org.healthplanning.gateway.service.ProblemTypes;

/** The page each problem type URI ({@code /problems/...}) resolves to: HTML for people (templates/problemType.html), JSON for programs. */
@Path("/problems")
public class ProblemTypeResource {
    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    @Inject
    Template problemType;

    @GET
    @Path("/{type}")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    @Tag(name = "Problem types", description = "What each `type` of a Problem means and what to do about it")
    @SecurityRequirements
    @Operation(operationId = "getProblemType", summary = "Get a problem type's description", description = ApiDocs.PROBLEM_TYPE_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The problem type",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProblemType.class),
                            examples = @ExampleObject(name = "not-found", value = ApiDocs.PROBLEM_TYPE_EXAMPLE)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING,
                            description = "A small self-contained HTML page"))})
    @APIResponse(responseCode = "404", description = "The suite uses no such problem type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = ApiDocs.PROBLEM_TYPE_NOT_FOUND)))
    public Response get(@Parameter(description = "The problem type's name, the last segment of its URI (e.g. not-found, "
                                + "validation, http-415)", example = "not-found",
                                schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9-]{1,64}$"))
                        @PathParam("type") String type,
                        @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        ProblemType found = ProblemTypes.find(type)
                .orElseThrow(() -> DomainException.notFound("Problem type", type));
        if (prefersHtml(headers)) {
            return Response.ok(problemType.data("t", found).render(), HTML).build();
        }
        return Response.ok(found, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    /** HTML unless the caller asks for JSON (and prefers it to HTML). */
    static boolean prefersHtml(jakarta.ws.rs.core.HttpHeaders headers) {
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if (m.isCompatible(MediaType.TEXT_HTML_TYPE) && !m.isWildcardType()) {
                return true;
            }
            if (m.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !m.isWildcardType()) {
                return false;
            }
        }
        return true;
    }
}
