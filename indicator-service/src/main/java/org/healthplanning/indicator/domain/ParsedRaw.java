package org.healthplanning.indicator.domain;

import java.math.BigDecimal;

/**
 * A printed cell parsed into a comparator and a number. {@code comparator} is null for an empty
 * cell or a dash, {@code "qualitative"} for words; {@code value} is null unless a number was printed.
 */
public record ParsedRaw(String comparator, BigDecimal value) {
    public static final ParsedRaw NONE = new ParsedRaw(null, null);

    public boolean isQualitative() {
        return RawValues.QUALITATIVE.equals(comparator);
    }

    public boolean isEmpty() {
        return comparator == null;
    }
}
