package org.healthplanning.gateway.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Documentation of GET /api/v1/deletions at the gateway: the three backends' deletion feeds merged. */
@Schema(name = "SuiteDeletionPage", description = "A page of the suite's deletions, oldest first, paged by cursor")
public class SuiteDeletionPage {
    @Schema(required = true, type = SchemaType.ARRAY, implementation = SuiteDeletion.class,
            description = "The deletions of this page, oldest first")
    public List<Map<String, Object>> items;
    @Schema(required = true, type = SchemaType.INTEGER, format = "int32", minimum = "0", description = "Always 0: the feed pages by cursor",
            examples = "0")
    public Integer page;
    @Schema(required = true, type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500",
            description = "Page size (rows)", examples = "50")
    public Integer size;
    @Schema(required = true, type = SchemaType.INTEGER, format = "int64", minimum = "0",
            description = "Deletions from this page's start on, summed over the backends", examples = "2")
    public Long total;
    @Schema(required = true, nullable = true, description = "Path and query of the next page; null on the last page",
            examples = "/api/v1/deletions?size=50&after=eyJjdXJzb3JzIjp7fX0")
    public String next;
    @Schema(required = true, description = "Opaque position after this page: pass it as 'after' to go on now or in a later synchronisation",
            examples = "eyJjdXJzb3JzIjp7fX0")
    public String cursor;

    @Schema(name = "SuiteDeletion", description = "A deleted resource, with the service that held it")
    public static class SuiteDeletion {
        @Schema(required = true, description = "The deleted resource's type", examples = "plan")
        public String resourceType;
        @Schema(required = true, description = "The deleted resource's key as the API names it, parts joined by '/'",
                examples = "tongliang-14th")
        public String key;
        @Schema(required = true, nullable = true, description = "Region of the deleted resource (GB/T 2260 code); null when it had none",
                examples = "500151")
        public String regionCode;
        @Schema(required = true, type = SchemaType.STRING, format = "date-time",
                description = "When it was deleted (the deleting transaction's start, UTC)", examples = "2026-03-01T08:00:00.123456Z")
        public String deletedAt;
        @Schema(required = true, description = "Opaque position of this deletion in the merged feed: pass as 'after' to read the deletions after it",
                examples = "eyJjdXJzb3JzIjp7fX0")
        public String cursor;
        @Schema(required = true, description = "The service that held the resource",
                enumeration = {"indicator-service", "project-service", "facility-service"}, examples = "indicator-service")
        public String service;
    }
}
