package org.healthplanning.facility.rest;

/**
 * Parses numeric query parameters so that a malformed one is a 400 naming the parameter
 * (JAX-RS would answer 404 for a query parameter it cannot convert).
 */
public final class QueryParams {
    private QueryParams() {
    }

    public static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name, "'" + value + "' is not a whole number");
        }
    }

    public static Integer year(String name, String value) {
        Integer year = integer(name, value);
        if (year != null && (year < 1949 || year > 2100)) {
            throw ApiException.badRequest(name, "must be a year between 1949 and 2100");
        }
        return year;
    }

    /** A year that must be present (a path segment). */
    public static int requiredYear(String name, String value) {
        Integer y = year(name, value);
        if (y == null) {
            throw ApiException.badRequest(name, "is required");
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
            throw ApiException.badRequest(name, "'" + value + "' is not a whole number");
        }
    }

    public static java.math.BigDecimal decimal(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new java.math.BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name, "'" + value + "' is not a number");
        }
    }

    public static boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase()) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiException.badRequest(name, "'" + value + "' is not true or false");
        };
    }
}
