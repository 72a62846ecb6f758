package org.healthplanning.project.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * For the OpenAPI document only: a page of declared totals, the schema smallrye derives from
 * {@code PageResponse<DeclaredTotalsDto>} (same name, same members), declared as a class so that an answer can
 * show it together with an example. Keep it in step with {@code org.healthplanning.http.PageResponse}.
 */
@Schema(name = "PageResponseDeclaredTotals")
public record DeclaredTotalsPage(
        @Schema(required = true, description = "The rows of this page") List<DeclaredTotalsDto> items,
        @Schema(required = true, description = "This page's number, from 0", minimum = "0", examples = "0") int page,
        @Schema(required = true, description = "Rows per page (1–500)", minimum = "1", maximum = "500", examples = "50") int size,
        @Schema(required = true, description = "Rows in all pages", minimum = "0", examples = "1", format = "int64") long total,
        @Schema(description = "Path and query of the next page; null on the last page", nullable = true,
                examples = "/api/v1/plans?page=1&size=50") String next,
        @Schema(description = "Incremental reads only (updatedAfter or after): an opaque token for where this page ends."
                + " Pass it as 'after' to go on now or in a later synchronisation; null in a plain paged list.",
                nullable = true, examples = "YzE6MTc2NDY0MDAwMDAwMDAwMDo0Mg") String cursor) {
}
