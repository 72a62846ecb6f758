package org.healthplanning.http;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;

/**
 * Parses query and path parameters so that a malformed one is a 400 naming the parameter and saying
 * what it must be (JAX-RS would answer 404 for a parameter it cannot convert). The OpenAPI document
 * declares each parameter's type and bounds; these methods enforce the same.
 */
public final class QueryParams {
    public static final int MIN_YEAR = 1949;
    public static final int MAX_YEAR = 2100;

    private QueryParams() {
    }

    public static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(name, "'" + value + "' is not a whole number between "
                    + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE);
        }
    }

    public static Integer year(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        long year;
        try {
            year = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(name, "'" + value + "' is not a year: must be a whole number between " + MIN_YEAR + " and " + MAX_YEAR);
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw DomainException.invalid(name, "must be a year between " + MIN_YEAR + " and " + MAX_YEAR);
        }
        return (int) year;
    }

    /** A year that must be present (a path segment). */
    public static int requiredYear(String name, String value) {
        Integer y = year(name, value);
        if (y == null) {
            throw DomainException.invalid(name, "is required");
        }
        return y;
    }

    public static Long whole(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(name, "'" + value + "' is not a whole number between "
                    + Long.MIN_VALUE + " and " + Long.MAX_VALUE);
        }
    }

    /** A positive id given in the path or a query. */
    public static long id(String name, String value) {
        Long id = whole(name, value);
        if (id == null || id < 1) {
            throw DomainException.invalid(name, "must be a whole number of at least 1");
        }
        return id;
    }

    public static BigDecimal decimal(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(name, "'" + value + "' is not a number");
        }
    }

    public static boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw DomainException.invalid(name, "'" + value + "' is not true or false");
        };
    }

    /** An enum query parameter; an unknown value is a 400 naming the parameter and the allowed values. */
    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(name, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** An ISO-8601 instant with offset ("2026-03-01T08:00:00Z", "2026-03-01T16:00:00+08:00"); null when absent. */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeException e) {
            throw DomainException.invalid(name, "'" + value + "' is not an ISO-8601 instant with an offset, e.g. 2026-03-01T08:00:00Z");
        }
    }

    /**
     * An ISO-8601 instant with offset or a date (the day in UTC); as an {@code upper} bound, the first instant
     * after it (the end of the date); null when absent.
     */
    public static Instant instantOrDate(String name, String value, boolean upper) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.length() == 10) {
                LocalDate d = LocalDate.parse(v);
                return (upper ? d.plusDays(1) : d).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            Instant at = OffsetDateTime.parse(v).toInstant();
            return upper ? at.plusNanos(1) : at;
        } catch (DateTimeException e) {
            throw DomainException.invalid(name, "'" + value + "' is not an ISO-8601 instant or date");
        }
    }

    /** Search text for a SQL LIKE pattern: {@code %}, {@code _} and the escape character match themselves (escape '\'). */
    public static String likeContains(String text) {
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped.toLowerCase(Locale.ROOT) + "%";
    }
}
