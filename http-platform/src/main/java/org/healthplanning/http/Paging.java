package org.healthplanning.http;

/**
 * The {@code page} and {@code size} query parameters, checked the same way by every service and the
 * gateway: a page below 0, a page beyond the last addressable row or a size outside 1..500 is a 400
 * naming it.
 */
public record Paging(int page, int size) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
    /** The last page whose first row can be addressed: page × size stays within a 32-bit offset. */
    public static final int MAX_OFFSET = Integer.MAX_VALUE;

    public static Paging of(String page, String size) {
        Integer pp = QueryParams.integer("page", page);
        int p = pp == null ? 0 : pp;
        int s = size(size);
        if (p < 0) {
            throw DomainException.invalid("page", "must be 0 or greater");
        }
        if ((long) p * s > MAX_OFFSET) {
            throw DomainException.invalid("page", "must be at most " + (MAX_OFFSET / s) + " with size " + s);
        }
        return new Paging(p, s);
    }

    /** The page size alone, for a read that pages by cursor. */
    public static int size(String size) {
        Integer ss = QueryParams.integer("size", size);
        int s = ss == null ? DEFAULT_SIZE : ss;
        if (s < 1 || s > MAX_SIZE) {
            throw DomainException.invalid("size", "must be between 1 and " + MAX_SIZE);
        }
        return s;
    }
}
