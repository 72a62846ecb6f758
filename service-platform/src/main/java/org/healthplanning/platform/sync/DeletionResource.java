package org.healthplanning.platform.sync;

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
import org.healthplanning.http.PageResponse;
import org.healthplanning.http.Problem;

/** The deletion feed every backend serves: what a client that synchronises by {@code updatedAfter} must delete. */
@Path("/api/v1/deletions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Synchronisation", description = "Changes since a point in time: updatedAfter on every list, and the deletions")
public class DeletionResource {
    static final String BAD_SINCE = """
            {"type":"/problems/validation","title":"Invalid request","status":400,
             "detail":"since: 'yesterday' is not an ISO-8601 instant with an offset, e.g. 2026-03-01T08:00:00Z",
             "errors":[{"field":"since","message":"'yesterday' is not an ISO-8601 instant with an offset, e.g. 2026-03-01T08:00:00Z"}]}""";

    @Inject
    DeletionFeed feed;

    @GET
    @Operation(operationId = "listDeletions", summary = "List deletions since a point in time",
            description = "Resources deleted after 'since' (or after the cursor 'after'), oldest first, cascaded deletions"
                    + " included (deleting a plan lists its indicator rows and values too). Kept for 90 days by default"
                    + " (healthplan.deletions.retention): a client away longer reads everything again.")
    @APIResponse(responseCode = "200", description = "A page of deletions, oldest first; 'next' continues by cursor")
    @APIResponse(responseCode = "400", description = "A malformed instant, cursor, type or size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad since", value = BAD_SINCE)))
    public PageResponse<DeletionView> list(
            @Parameter(description = "Only deletions after this ISO-8601 instant (UTC or with offset); all kept ones without it",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"), example = "2026-03-01T08:00:00Z")
            @QueryParam("since") String since,
            @Parameter(description = "Continue after this cursor (a 'cursor' of an earlier answer); wins over 'since'",
                    schema = @Schema(type = SchemaType.STRING), example = "YzE6MTc2NDY0MDAwMDAwMDAwMDo0Mg")
            @QueryParam("after") String after,
            @Parameter(description = "Only deletions of this resource type (see docs/API.md, Synchronisation)", example = "plan")
            @QueryParam("resourceType") String resourceType,
            @Parameter(description = "Rows per page, 1-500 (a count of rows)",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500", defaultValue = "50"),
                    example = "50") @QueryParam("size") String size) {
        return feed.list(since, after, resourceType, size);
    }
}
