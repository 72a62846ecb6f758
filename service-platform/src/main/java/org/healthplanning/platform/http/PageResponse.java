package org.healthplanning.platform.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The paging envelope every collection answers with. {@code next} (and a {@code Link: rel="next"}
 * header) is filled in by {@link ResponseConventions} while there are more rows.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PageResponse<T>(
        @Schema(required = true, description = "The rows of this page") List<T> items,
        @Schema(required = true, description = "This page's number, from 0", minimum = "0", examples = "0") int page,
        @Schema(required = true, description = "Rows per page (1–500)", minimum = "1", maximum = "500", examples = "50") int size,
        @Schema(required = true, description = "Rows in all pages", minimum = "0", examples = "1", format = "int64") long total,
        @Schema(description = "Path and query of the next page; null on the last page", nullable = true,
                examples = "/api/v1/plans?page=1&size=50") String next) {

    public PageResponse(List<T> items, int page, int size, long total) {
        this(items, page, size, total, null);
    }

    public <R> PageResponse<R> map(Function<T, R> f) {
        return new PageResponse<>(items.stream().map(f).toList(), page, size, total, next);
    }

    /** Whether rows follow this page. */
    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public PageResponse<T> withNext(String next) {
        return new PageResponse<>(items, page, size, total, next);
    }
}
