package org.healthplanning.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audit row as the API shows it: who wrote what, when, and the resource's JSON before and after. */
@Schema(name = "AuditEntry", description = "One successful write")
public record AuditEntry(
        @Schema(required = true, description = "Row id, increasing", format = "int64", examples = "2") long id,
        @Schema(required = true, description = "When the write committed (UTC, ISO-8601)", implementation = String.class, format = "date-time",
                examples = "2026-11-24T01:02:03.456789Z") Instant at,
        @Schema(required = true, description = "The token's subject", examples = "planner-500151") String subject,
        @Schema(required = true, description = "What was done", enumeration = {"CREATE", "UPDATE", "DELETE", "IMPORT"},
                examples = "UPDATE") String operation,
        @Schema(required = true, description = "The kind of resource (each service lists its own)", examples = "monitoring-value") String resourceType,
        @Schema(required = true, description = "The resource's key", examples = "tongliang-14th/12/2023") String key,
        @Schema(description = "The region the resource belongs to", nullable = true, examples = "500151") String regionCode,
        @Schema(description = "The resource as the API showed it before the write (null on create)",
                type = SchemaType.OBJECT, implementation = Object.class, additionalProperties = Schema.True.class,
                nullable = true) JsonNode before,
        @Schema(description = "The resource as the API shows it after the write (null on delete)",
                type = SchemaType.OBJECT, implementation = Object.class, additionalProperties = Schema.True.class,
                nullable = true) JsonNode after) {

}
