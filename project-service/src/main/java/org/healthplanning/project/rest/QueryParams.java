package org.healthplanning.project.rest;

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

    /** An enum query parameter; an unknown value is a 400 naming the parameter and the allowed values. */
    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(name, "'" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A plan code given in the path: anything that could never be a plan code is a 400, not an empty answer. */
    public static String planCode(String value) {
        if (value == null || !value.matches(org.healthplanning.project.domain.Project.CODE_PATTERN)) {
            throw ApiException.badRequest("planCode", "must be 1-64 letters, digits, '.', '_' or '-'");
        }
        return value;
    }
}
