package org.healthplanning.http;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The paging envelope every collection answers with. {@code next} (and a {@code Link: rel="next"}
 * header) is filled in by {@link ResponseConventions} while there are more rows. An incremental read
 * ({@code updatedAfter} or {@code after}) pages by cursor: {@code page} is 0, {@code total} counts the
 * rows from the cursor on, and {@code cursor} says where this page ends.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PageResponse<T>(
        @Schema(required = true, description = "The rows of this page") List<T> items,
        @Schema(required = true, description = "This page's number, from 0 (always 0 in an incremental read, which pages by cursor)",
                minimum = "0", examples = "0") int page,
        @Schema(required = true, description = "Rows per page (1–500)", minimum = "1", maximum = "500", examples = "50") int size,
        @Schema(required = true, description = "Rows in all pages; in an incremental read, the changed rows from this page's start on",
                minimum = "0", examples = "1", format = "int64") long total,
        @Schema(description = "Path and query of the next page; null on the last page", nullable = true,
                examples = "/api/v1/plans?page=1&size=50") String next,
        @Schema(description = "Incremental reads only (updatedAfter or after): an opaque token for where this page ends."
                + " Pass it as 'after' to go on now or in a later synchronisation; null in a plain paged list.",
                nullable = true, examples = "YzE6MTc2NDY0MDAwMDAwMDAwMDo0Mg") String cursor) {

    public PageResponse(List<T> items, int page, int size, long total) {
        this(items, page, size, total, null, null);
    }

    public PageResponse(List<T> items, int page, int size, long total, String next) {
        this(items, page, size, total, next, null);
    }

    /** A page of an incremental read. */
    public static <T> PageResponse<T> ofCursor(List<T> items, int size, long total, String cursor) {
        return new PageResponse<>(items, 0, size, total, null, cursor);
    }

    public <R> PageResponse<R> map(Function<T, R> f) {
        return new PageResponse<>(items.stream().map(f).toList(), page, size, total, next, cursor);
    }

    /** Whether rows follow this page. */
    @JsonIgnore
    public boolean hasNext() {
        return cursor != null ? items.size() < total : (long) (page + 1) * size < total;
    }

    public PageResponse<T> withNext(String next) {
        return new PageResponse<>(items, page, size, total, next, cursor);
    }
}
