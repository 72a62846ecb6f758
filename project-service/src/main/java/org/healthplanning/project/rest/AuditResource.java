package org.healthplanning.project.rest;

import org.healthplanning.platform.audit.AuditEntry;
import org.healthplanning.project.api.AuditEntryPage;
import org.healthplanning.platform.audit.AuditQuery;
import org.healthplanning.platform.audit.AuditService;
import org.healthplanning.http.PageResponse;
import org.healthplanning.http.Problem;
import org.healthplanning.platform.security.Caller;

import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail of this service's writes (admin only). */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiDocs.TAG_AUDIT, description = ApiDocs.TAG_AUDIT_TEXT)
public class AuditResource {
    @Inject
    AuditService audit;

    @GET
    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @Operation(operationId = "listAuditEntries", summary = "List the audit trail of projects and declared totals, newest first",
            description = ApiDocs.AUDIT)
    @APIResponse(responseCode = "200", description = "A page of audit rows, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditEntryPage.class),
                    examples = @ExampleObject(name = "audit", value = ApiDocs.AUDIT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A malformed date or paging parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad date", value = ApiDocs.BAD_AUDIT_EXAMPLE)))
    public PageResponse<AuditEntry> list(
            @Parameter(description = "Only rows of this resource type", example = "project",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"project", "declared-totals", "plan-projects"}))
            @QueryParam("resourceType") String resourceType,
            @Parameter(description = "Only rows of this resource key (a project id, a planCode)", example = "10") @QueryParam("key") String key,
            @Parameter(description = "From this ISO-8601 instant or date (inclusive)", example = "2026-11-01",
                    schema = @Schema(type = SchemaType.STRING)) @QueryParam("from") String from,
            @Parameter(description = "Up to this ISO-8601 instant (inclusive) or to the end of this date", example = "2026-11-30T23:59:59Z",
                    schema = @Schema(type = SchemaType.STRING)) @QueryParam("to") String to,
            @Parameter(description = ApiDocs.PAGE, example = "0",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = ApiDocs.SIZE, example = "50",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500", defaultValue = "50"))
            @QueryParam("size") String size) {
        return AuditQuery.page(audit, resourceType, key, from, to, page, size);
    }
}
