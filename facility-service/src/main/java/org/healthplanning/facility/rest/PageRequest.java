package org.healthplanning.facility.rest;

import io.quarkus.panache.common.Sort;
import java.util.Map;

/**
 * Validated paging and sorting parameters. {@code sortable} maps API field names to entity
 * properties; an unknown field, a page below 0 or a size outside 1..500 is a 400 naming it.
 */
public record PageRequest(int page, int size, Sort sort) {
    public static final int MAX_SIZE = 500;

    public static PageRequest of(String page, String size, String sort, Map<String, String> sortable, String defaultSort) {
        Integer pp = QueryParams.integer("page", page);
        Integer ss = QueryParams.integer("size", size);
        int p = pp == null ? 0 : pp;
        int s = ss == null ? 50 : ss;
        if (p < 0) {
            throw ApiException.badRequest("page", "must be 0 or greater");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ApiException.badRequest("size", "must be between 1 and " + MAX_SIZE);
        }
        String spec = sort == null || sort.isBlank() ? defaultSort : sort.trim();
        boolean descending = spec.startsWith("-");
        String field = descending ? spec.substring(1) : spec;
        String property = sortable.get(field);
        if (property == null) {
            throw ApiException.badRequest("sort", "cannot sort by '" + field + "'; one of " + sortable.keySet());
        }
        Sort order = descending ? Sort.descending(property) : Sort.ascending(property);
        String tieBreak = sortable.get(defaultSort.startsWith("-") ? defaultSort.substring(1) : defaultSort);
        if (!property.equals(tieBreak)) {
            order = order.and(tieBreak);
        }
        return new PageRequest(p, s, order);
    }
}
