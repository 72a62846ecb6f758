package org.healthplanning.project.rest;

import org.healthplanning.platform.audit.AuditEntry;
import org.healthplanning.platform.audit.AuditRepository;
import org.healthplanning.platform.audit.AuditService;
import org.healthplanning.platform.http.PageRequest;
import org.healthplanning.platform.http.PageResponse;
import org.healthplanning.platform.http.QueryParams;
import org.healthplanning.platform.problem.DomainException;
import org.healthplanning.platform.problem.Problem;
import org.healthplanning.platform.security.Caller;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
@Tag(name = "Audit", description = "Every successful write of project-service: who, when, and the JSON before and after")
public class AuditResource {
    static final String AUDIT_EXAMPLE = """
            {"items": [{"id": 2, "at": "2026-11-24T01:02:03.456789Z", "subject": "planner-500151", "operation": "UPDATE",
              "resourceType": "project", "key": "10", "regionCode": "500151",
              "before": {"id": 10, "planCode": "tongliang-14th", "regionCode": "500151", "name": "铜梁区人民医院安居分院建设项目",
                         "investment10kCny": 12000, "version": 0},
              "after": {"id": 10, "planCode": "tongliang-14th", "regionCode": "500151", "name": "铜梁区人民医院安居分院建设项目",
                        "investment10kCny": 12500.75, "version": 1}},
             {"id": 1, "at": "2026-11-24T01:00:00.000001Z", "subject": "admin", "operation": "IMPORT",
              "resourceType": "plan-projects", "key": "tongliang-14th", "regionCode": "500151",
              "before": {"planCodes": ["tongliang-14th"], "projects": 0},
              "after": {"planCodes": ["tongliang-14th"], "projects": 31, "mode": "REPLACE", "imported": 31, "ids": [1, 2, 3]}}],
             "page": 0, "size": 50, "total": 2}""";
    static final String UNAUTHORIZED_EXAMPLE = """
            {"type": "/problems/unauthorized", "title": "Unauthorized", "status": 401,
             "detail": "A valid bearer token is required", "instance": "/api/v1/audit"}""";
    static final String FORBIDDEN_EXAMPLE = """
            {"type": "/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "This operation needs the admin role", "instance": "/api/v1/audit"}""";

    @Inject
    AuditService audit;

    @GET
    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = "bearerJwt")
    @Operation(summary = "List the audit trail, newest first",
            description = "One row per successful write, written in the write's transaction. Resource types: project "
                    + "(key = id), declared-totals (key = planCode), plan-projects (an import; key = the import's planCode, "
                    + "before/after = counts of the plan's projects, after also mode, imported and the new ids). "
                    + "Operations: CREATE, UPDATE, DELETE, IMPORT. Admin only.")
    @APIResponse(responseCode = "200", description = "A page of audit rows, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditEntry.class),
                    examples = @ExampleObject(name = "audit", value = AUDIT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A malformed date or paging parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad date", value = """
                            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
                             "detail": "from: 'yesterday' is not an ISO-8601 instant or date", "instance": "/api/v1/audit",
                             "errors": [{"field": "from", "message": "'yesterday' is not an ISO-8601 instant or date"}]}""")))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = UNAUTHORIZED_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "The token is not an admin's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "editor", value = FORBIDDEN_EXAMPLE)))
    public PageResponse<AuditEntry> list(
            @Parameter(description = "project, declared-totals or plan-projects", example = "project") @QueryParam("resourceType") String resourceType,
            @Parameter(description = "The resource's key (project id, planCode)", example = "10") @QueryParam("key") String key,
            @Parameter(description = "From this instant or date (inclusive)", example = "2026-11-01") @QueryParam("from") String from,
            @Parameter(description = "Up to this instant (inclusive) or to the end of this date", example = "2026-11-30T23:59:59Z") @QueryParam("to") String to,
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size 1-500", example = "50") @QueryParam("size") String size) {
        Integer pp = QueryParams.integer("page", page);
        Integer ss = QueryParams.integer("size", size);
        int p = pp == null ? 0 : pp;
        int s = ss == null ? 50 : ss;
        if (p < 0) {
            throw DomainException.invalid("page", "must be 0 or greater");
        }
        if (s < 1 || s > PageRequest.MAX_SIZE) {
            throw DomainException.invalid("size", "must be between 1 and " + PageRequest.MAX_SIZE);
        }
        Instant fromAt = instant("from", from, false);
        Instant before = instant("to", to, true);
        return audit.list(new AuditRepository.Filter(blankToNull(resourceType), blankToNull(key), fromAt, before), p, s);
    }

    /** An ISO-8601 instant, offset date-time or date; as an upper bound, the first instant after it. */
    static Instant instant(String name, String value, boolean upper) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.length() == 10) {
                LocalDate d = LocalDate.parse(v);
                return (upper ? d.plusDays(1) : d).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            Instant at = OffsetDateTime.parse(v).toInstant();
            return upper ? at.plusNanos(1) : at;
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(name, "'" + value + "' is not an ISO-8601 instant or date");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
