package org.healthplanning.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthplanning.gateway.api.SuiteDeletionPage;
import org.healthplanning.gateway.service.DeletionService;
import org.healthplanning.http.Paging;
import org.healthplanning.http.Problem;

/** The deletions of the whole suite, merged from the three backends' feeds (anonymous, like every read). */
@Path("/api/v1/deletions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Synchronisation", description = "Changes since a point in time: updatedAfter on every list, and the deletions")
public class DeletionResource {
    @Inject
    JsonAnswers answers;

    @Inject
    DeletionService deletions;

    @GET
    @SecurityRequirements
    @Operation(operationId = "listDeletions", summary = "List the suite's deletions since a point in time",
            description = ApiDocs.DELETIONS_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "A page of deletions, oldest first; 'next' continues by cursor",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SuiteDeletionPage.class)))
    @APIResponse(responseCode = "400", description = "A malformed instant, cursor, resource type or size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad since", value = ApiDocs.DELETIONS_BAD_SINCE)))
    @APIResponse(responseCode = "503", description = "A backend did not answer: the feed is never answered with a backend missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "backend down", value = ApiDocs.DELETIONS_UNAVAILABLE)))
    public Uni<Response> list(
            @Parameter(description = "Only deletions after this ISO-8601 instant (UTC or with offset); every kept one without it",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"), example = "2026-03-01T08:00:00Z")
            @QueryParam("since") String since,
            @Parameter(description = "Continue after this cursor (the 'cursor' of an earlier answer or row); wins over 'since'",
                    schema = @Schema(type = SchemaType.STRING), example = "eyJjdXJzb3JzIjp7fX0")
            @QueryParam("after") String after,
            @Parameter(description = "Only deletions of this resource type", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"plan", "plan-indicator", "monitoring-value", "indicator-definition", "project", "declared-totals",
                            "region", "population", "facility", "facility-resources", "reported-totals", "published-ratio", "standard"}),
                    example = "plan") @QueryParam("resourceType") String resourceType,
            @Parameter(description = "Page size (rows), 1-500", example = "50",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500", defaultValue = "50"))
            @QueryParam("size") String size,
            @Parameter(hidden = true) @HeaderParam("Authorization") String authorization) {
        return deletions.list(since, after, resourceType, Paging.size(size), authorization)
                .map(answers::ok);
    }
}
