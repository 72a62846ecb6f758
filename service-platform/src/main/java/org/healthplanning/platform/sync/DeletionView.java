package org.healthplanning.platform.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One deleted resource, as the deletion feed answers it. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Deletion", description = "A resource that was deleted: apply it to a copy kept by updatedAfter")
public record DeletionView(
        @Schema(required = true, description = "The deleted resource's type (see docs/API.md, Synchronisation)", examples = "plan")
        String resourceType,
        @Schema(required = true, description = "The deleted resource's key as the API names it, parts joined by '/'"
                + " (e.g. planCode/indicatorId/year for a monitoring value)", examples = "tongliang-14th")
        String key,
        @Schema(description = "Region of the deleted resource (GB/T 2260 code); null when it had none", nullable = true,
                examples = "500151") String regionCode,
        @Schema(required = true, description = "When it was deleted (the deleting transaction's start, UTC)",
                examples = "2026-03-01T08:00:00.123456Z") Instant deletedAt,
        @Schema(required = true, description = "Opaque position of this deletion: pass as 'after' to read the deletions after it",
                examples = "YzE6MTc2NDY0MDAwMDAwMDAwMDo0Mg") String cursor) {
}
