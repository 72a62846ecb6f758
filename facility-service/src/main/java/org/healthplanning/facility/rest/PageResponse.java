package org.healthplanning.facility.rest;

import java.util.List;
import java.util.function.Function;

/** The paging envelope every collection answers with. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {
    public <R> PageResponse<R> map(Function<T, R> f) {
        return new PageResponse<>(items.stream().map(f).toList(), page, size, total);
    }
}
