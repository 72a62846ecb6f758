package org.healthplanning.platform.http;

import io.quarkus.panache.common.Sort;
import java.util.Map;
import java.util.TreeSet;
import org.healthplanning.http.DomainException;
import org.healthplanning.http.Paging;

/**
 * Validated paging and sorting parameters. {@code sortable} maps API field names to entity
 * properties; an unknown field, a page below 0, a page beyond the last addressable row or a size
 * outside 1..500 is a 400 naming it.
 */
public record PageRequest(int page, int size, Sort sort) {

    /** The page, sorted by {@code sort} or else by {@code defaultSort} ("field" or "-field"), that field breaking ties. */
    public static PageRequest of(String page, String size, String sort, Map<String, String> sortable, String defaultSort) {
        PageRequest plain = of(page, size);
        String defaultField = defaultSort.startsWith("-") ? defaultSort.substring(1) : defaultSort;
        String tieBreak = sortable.get(defaultField);
        String spec = sort == null || sort.isBlank() ? defaultSort : sort.trim();
        return new PageRequest(plain.page, plain.size, order(spec, sortable, tieBreak));
    }

    /** The page, sorted by {@code sort} or else by {@code defaultOrder}; {@code id} always breaks ties. */
    public static PageRequest of(String page, String size, String sort, Map<String, String> sortable, Sort defaultOrder) {
        PageRequest plain = of(page, size);
        if (sort == null || sort.isBlank()) {
            return new PageRequest(plain.page, plain.size, defaultOrder.and("id"));
        }
        return new PageRequest(plain.page, plain.size, order(sort.trim(), sortable, "id"));
    }

    /** Paging without an order of its own (http-platform's {@link Paging}). */
    public static PageRequest of(String page, String size) {
        Paging paging = Paging.of(page, size);
        return new PageRequest(paging.page(), paging.size(), null);
    }

    private static Sort order(String spec, Map<String, String> sortable, String tieBreak) {
        boolean descending = spec.startsWith("-");
        String field = descending ? spec.substring(1) : spec;
        String property = sortable.get(field);
        if (property == null) {
            throw DomainException.invalid("sort", "cannot sort by '" + field + "'; one of " + new TreeSet<>(sortable.keySet()));
        }
        Sort order = descending ? Sort.descending(property) : Sort.ascending(property);
        if (tieBreak != null && !property.equals(tieBreak)) {
            order = order.and(tieBreak);
        }
        return order;
    }

    /** The offset of the page's first row. */
    public long offset() {
        return (long) page * size;
    }
}
