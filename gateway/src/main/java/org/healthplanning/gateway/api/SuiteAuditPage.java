package org.healthplanning.gateway.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Documentation of GET /api/v1/audit at the gateway: the three audit trails merged. */
@Schema(name = "SuiteAuditPage", description = "A page of the suite's audit trail, newest first")
public class SuiteAuditPage {
    @Schema(required = true, description = "The rows of the page, newest first")
    public List<SuiteAuditEntry> items;
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
    public List<String> notes;

    /** A backend's audit row with the service that wrote it. */
    @Schema(name = "SuiteAuditEntry", description = "One successful write of a backend, with the service that made it",
            allOf = {BackendSchemas.AuditEntry.class, ServiceMember.class})
    public static class SuiteAuditEntry {
    }

    /** The member the gateway adds to each audit row. */
    @Schema(name = "AuditEntryService", description = "The service whose audit trail holds the row")
    public static class ServiceMember {
        @Schema(required = true, description = "indicator-service, project-service or facility-service",
                enumeration = {"indicator-service", "project-service", "facility-service"}, examples = "project-service")
        public String service;
    }
}
