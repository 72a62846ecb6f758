package org.healthplanning.facility.rest;

import org.healthplanning.platform.audit.AuditEntry;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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
@Tag(name = "Audit entries", description = "The audit trail: every successful write, who made it, when, and the JSON before and after")
public class AuditResource {
    @Inject
    AuditService audit;

    @GET
    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = "bearerJwt")
    @Operation(operationId = "listAuditEntries", summary = "List the audit trail, newest first", description = ApiDocs.AUDIT_DESCRIPTION)
    // the page schema comes from the return type; AuditPageExample adds AUDIT_EXAMPLE to it
    @APIResponse(responseCode = "200", description = "A page of audit rows, newest first")
    @APIResponse(responseCode = "400", description = "A malformed date or paging parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad date", value = """
                            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
                             "detail": "from: 'yesterday' is not an ISO-8601 instant or date", "instance": "/api/v1/audit",
                             "errors": [{"field": "from", "message": "'yesterday' is not an ISO-8601 instant or date"}]}""")))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            headers = @Header(name = "WWW-Authenticate", description = "The authentication scheme to use: Bearer", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no token", value = ApiDocs.AUDIT_UNAUTHORIZED_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "The token is not an admin's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "editor", value = ApiDocs.AUDIT_FORBIDDEN_EXAMPLE)))
    public PageResponse<AuditEntry> list(
            @Parameter(description = "Only rows of this resource type", schema = @Schema(type = SchemaType.STRING, enumeration = {"region",
                    "population", "reported-totals", "published-ratio", "facility", "facility-resources", "standard", "facility-import"}),
                    example = "facility")
            @QueryParam("resourceType") String resourceType,
            @Parameter(description = "Only rows of this key (a code, code/year, or code/year/metric)", schema = @Schema(type = SchemaType.STRING),
                    example = "tl-people-hospital")
            @QueryParam("key") String key,
            @Parameter(description = "From this ISO-8601 instant or date (inclusive, UTC)", schema = @Schema(type = SchemaType.STRING),
                    example = "2026-11-01")
            @QueryParam("from") String from,
            @Parameter(description = "Up to this ISO-8601 instant (inclusive) or to the end of this date (UTC)",
                    schema = @Schema(type = SchemaType.STRING), example = "2026-11-30T23:59:59Z")
            @QueryParam("to") String to,
            @Parameter(description = "Page number, from 0",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0"), example = "0")
            @QueryParam("page") String page,
            @Parameter(description = "Rows per page, 1-500",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500", defaultValue = "50"), example = "50")
            @QueryParam("size") String size) {
        return AuditQuery.page(audit, resourceType, key, from, to, page, size);
    }
}
