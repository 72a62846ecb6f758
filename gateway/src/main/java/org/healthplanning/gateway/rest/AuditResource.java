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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthplanning.gateway.api.SuiteAuditPage;
import org.healthplanning.gateway.service.AuditService;
import org.healthplanning.http.Paging;
import org.healthplanning.http.QueryParams;
import org.healthplanning.http.Problem;

/** The audit trails of the three backends, merged newest first (admin only: the audit permission policy in application.properties). */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Every successful write of the suite, from the three backends' audit trails")
public class AuditResource {
    @Inject
    JsonAnswers answers;

    @Inject
    AuditService audit;

    @GET
    @SecurityRequirement(name = "bearerJwt")
    @Operation(operationId = "listAuditEntries", summary = "List the audit trail of the whole suite, newest first",
            description = ApiDocs.AUDIT_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "A page of audit rows, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SuiteAuditPage.class)))
    @APIResponse(responseCode = "400", description = "A malformed date or paging parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad date", value = ApiDocs.AUDIT_BAD_DATE)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no token", value = ApiDocs.AUDIT_UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token is not an admin's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "editor", value = ApiDocs.AUDIT_FORBIDDEN)))
    public Uni<Response> list(
            @Parameter(description = "Resource type, e.g. plan, project, facility, plan-indicators", example = "project")
            @QueryParam("resourceType") String resourceType,
            @Parameter(description = "The resource's key (plan code, project id, facility code ...)", example = "10") @QueryParam("key") String key,
            @Parameter(description = "From this instant or date (inclusive), ISO-8601", example = "2026-11-01",
                    schema = @Schema(type = SchemaType.STRING)) @QueryParam("from") String from,
            @Parameter(description = "Up to this instant (inclusive) or to the end of this date", example = "2026-11-30T23:59:59Z")
            @QueryParam("to") String to,
            @Parameter(description = "Page number from 0", example = "0",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size (rows), 1-500", example = "50",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500", defaultValue = "50"))
            @QueryParam("size") String size,
            @Parameter(hidden = true) @HeaderParam("Authorization") String authorization) {
        Paging paging = Paging.of(page, size);
        QueryParams.instantOrDate("from", from, false);
        QueryParams.instantOrDate("to", to, true);
        return audit.list(new AuditService.Filter(resourceType, key, from, to), paging.page(), paging.size(), authorization)
                .map(answers::ok);
    }
}
