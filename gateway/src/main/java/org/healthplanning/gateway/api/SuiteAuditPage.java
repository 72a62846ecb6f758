package org.healthplanning.gateway.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Documentation of GET /api/v1/audit at the gateway: the three audit trails merged. */
@Schema(name = "SuiteAuditPage", description = "A page of the suite's audit trail, newest first")
public class SuiteAuditPage {
    @Schema(required = true, type = SchemaType.ARRAY, implementation = SuiteAuditEntry.class,
            description = "The rows of the page, newest first: each backend's row as it wrote it, with its service")
    public List<Map<String, Object>> items;
    @Schema(required = true, type = SchemaType.INTEGER, format = "int32", minimum = "0", description = "Page number from 0",
            examples = "0")
    public Integer page;
    @Schema(required = true, type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500",
            description = "Page size (rows)", examples = "50")
    public Integer size;
    @Schema(required = true, type = SchemaType.INTEGER, format = "int64", minimum = "0",
            description = "Rows matching the filter, summed over the backends that answered", examples = "2")
    public Long total;
    @Schema(required = true, description = "The backends whose trail is missing (down, too slow or 5xx)", examples = "[]")
    public List<String> degraded;
    @Schema(description = "Why each degraded backend is missing; absent when none is")
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public List<String> notes;

    /**
     * A backend's audit row with the service that wrote it: the members of a backend's AuditEntry plus
     * {@code service}, listed flat (validators that read additionalProperties per allOf part refuse the
     * composed form).
     */
    @Schema(name = "SuiteAuditEntry", description = "One successful write of a backend, with the service that made it")
    public static class SuiteAuditEntry {
        @Schema(required = true, type = SchemaType.INTEGER, format = "int64", description = "Row id within its service, increasing",
                examples = "2")
        public Long id;
        @Schema(required = true, type = SchemaType.STRING, format = "date-time", description = "When the write committed (UTC, ISO-8601)",
                examples = "2026-11-24T01:02:03.456789Z")
        public String at;
        @Schema(required = true, description = "The token's subject", examples = "planner-500151")
        public String subject;
        @Schema(required = true, description = "What was done", enumeration = {"CREATE", "UPDATE", "DELETE", "IMPORT"}, examples = "UPDATE")
        public String operation;
        @Schema(required = true, description = "The kind of resource", examples = "monitoring-value")
        public String resourceType;
        @Schema(required = true, description = "The resource's key", examples = "tongliang-14th/12/2023")
        public String key;
        @Schema(description = "The region the resource belongs to", nullable = true, examples = "500151")
        public String regionCode;
        @Schema(description = "The resource as the API showed it before the write (null on create)", type = SchemaType.OBJECT,
                implementation = Object.class, additionalProperties = Schema.True.class, nullable = true)
        public Object before;
        @Schema(description = "The resource as the API shows it after the write (null on delete)", type = SchemaType.OBJECT,
                implementation = Object.class, additionalProperties = Schema.True.class, nullable = true)
        public Object after;
        @Schema(required = true, description = "The service whose audit trail holds the row",
                enumeration = {"indicator-service", "project-service", "facility-service"}, examples = "project-service")
        public String service;
    }
}
