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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthplanning.gateway.config.Json;
import org.healthplanning.gateway.service.AuditService;

/** The audit trails of the three backends, merged newest first (admin only; checked by {@link AccessGuard}). */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Every successful write of the suite, from the three backends' audit trails")
public class AuditResource {
    static final int MAX_SIZE = 500;
    static final String AUDIT_EXAMPLE = """
            {"items": [{"id": 2, "at": "2026-11-24T01:02:03.456789Z", "subject": "planner-500151", "operation": "UPDATE",
              "resourceType": "project", "key": "10", "regionCode": "500151",
              "before": {"id": 10, "planCode": "tongliang-14th", "investment10kCny": 12000, "version": 0},
              "after": {"id": 10, "planCode": "tongliang-14th", "investment10kCny": 12500.75, "version": 1},
              "service": "project-service"},
             {"id": 7, "at": "2026-11-24T01:00:00.000001Z", "subject": "admin", "operation": "CREATE",
              "resourceType": "plan", "key": "tongliang-14th", "regionCode": "500151", "before": null,
              "after": {"code": "tongliang-14th", "regionCode": "500151", "periodStart": 2021, "periodEnd": 2025, "version": 0},
              "service": "indicator-service"}],
             "page": 0, "size": 50, "total": 2, "degraded": []}""";
    static final String DEGRADED_EXAMPLE = """
            {"items": [], "page": 0, "size": 50, "total": 0, "degraded": ["facility-service"],
             "notes": ["facility-service is not reachable (ConnectException)"]}""";

    @Inject
    AuditService audit;

    @GET
    @SecurityRequirement(name = "bearerJwt")
    @Operation(summary = "List the audit trail of the whole suite, newest first",
            description = "Asks indicator-service, project-service and facility-service for their `/api/v1/audit` with the same "
                    + "filter, forwarding the caller's Authorization header, and merges the rows by `at`, newest first; "
                    + "each row carries `service`. `total` is the sum of the backends' totals. A backend that is down, too slow "
                    + "or answers 5xx is listed in `degraded` (the answer stays 200). Admin only.")
    @APIResponse(responseCode = "200", description = "A page of audit rows, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                    @ExampleObject(name = "audit", value = AUDIT_EXAMPLE),
                    @ExampleObject(name = "facility-service down", value = DEGRADED_EXAMPLE)}))
    @APIResponse(responseCode = "400", description = "A malformed date or paging parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad date", value = """
                            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
                             "detail": "from: 'yesterday' is not an ISO-8601 instant or date", "instance": "/api/v1/audit",
                             "errors": [{"field": "from", "message": "'yesterday' is not an ISO-8601 instant or date"}]}""")))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no token", value = """
                            {"type": "/problems/unauthorized", "title": "Unauthorized", "status": 401,
                             "detail": "A valid bearer token is required", "instance": "/api/v1/audit"}""")))
    @APIResponse(responseCode = "403", description = "The token is not an admin's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "editor", value = """
                            {"type": "/problems/forbidden", "title": "Forbidden", "status": 403,
                             "detail": "This operation needs the admin role", "instance": "/api/v1/audit"}""")))
    public Uni<Response> list(
            @Parameter(description = "Resource type, e.g. plan, project, facility, plan-indicators", example = "project")
            @QueryParam("resourceType") String resourceType,
            @Parameter(description = "The resource's key (plan code, project id, facility code ...)", example = "10") @QueryParam("key") String key,
            @Parameter(description = "From this instant or date (inclusive)", example = "2026-11-01") @QueryParam("from") String from,
            @Parameter(description = "Up to this instant (inclusive) or to the end of this date", example = "2026-11-30T23:59:59Z")
            @QueryParam("to") String to,
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size 1-500", example = "50") @QueryParam("size") String size,
            @Parameter(hidden = true) @HeaderParam("Authorization") String authorization) {
        int p = integer("page", page, 0);
        int s = integer("size", size, 50);
        if (p < 0) {
            throw ApiException.badRequest("page", "must be 0 or greater");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ApiException.badRequest("size", "must be between 1 and " + MAX_SIZE);
        }
        checkInstant("from", from);
        checkInstant("to", to);
        return audit.list(new AuditService.Filter(resourceType, key, from, to), p, s, authorization)
                .map(body -> Response.ok(Json.write(body), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build());
    }

    private static int integer(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name, "'" + value + "' is not an integer");
        }
    }

    private static void checkInstant(String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String v = value.trim();
        try {
            if (v.length() == 10) {
                LocalDate.parse(v);
            } else {
                OffsetDateTime.parse(v);
            }
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name, "'" + value + "' is not an ISO-8601 instant or date");
        }
    }
}
