package org.healthplanning.indicator.rest;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import static org.healthplanning.indicator.rest.ApiDocs.*;

/** The audit trail of this service's writes (admin only). */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit entries", description = "The audit trail: every successful write of indicator-service, who, when, and the JSON before and after")
public class AuditResource {
    @Inject
    AuditService audit;

    @GET
    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = "bearerJwt")
    @Operation(operationId = "listAuditEntries", summary = "List the audit trail, newest first", description = AUDIT_TEXT)
    @APIResponse(responseCode = "200", description = "A page of audit rows, newest first")
    @APIResponse(responseCode = "400", description = "A malformed date or paging parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad date", value = AUDIT_BAD_DATE)))
    public PageResponse<AuditEntry> list(
            @Parameter(description = "Only rows of this resource type",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"plan", "indicator-definition", "plan-indicator",
                            "monitoring-value", "plan-indicators", "plan-values"}), example = "plan")
            @QueryParam("resourceType") String resourceType,
            @Parameter(description = "Only rows of this resource key (see the resource types)", example = "tongliang-14th") @QueryParam("key") String key,
            @Parameter(description = "From this ISO-8601 instant or date (inclusive)", schema = @Schema(type = SchemaType.STRING),
                    example = "2026-11-01") @QueryParam("from") String from,
            @Parameter(description = "Up to this ISO-8601 instant (inclusive) or to the end of this date", schema = @Schema(type = SchemaType.STRING),
                    example = "2026-11-30T23:59:59Z") @QueryParam("to") String to,
            @Parameter(description = PAGE_TEXT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0"),
                    example = "0") @QueryParam("page") String page,
            @Parameter(description = SIZE_TEXT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500",
                    defaultValue = "50"), example = "50") @QueryParam("size") String size) {
        return AuditQuery.page(audit, resourceType, key, from, to, page, size);
    }
}
