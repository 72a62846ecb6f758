package org.healthplanning.gateway.rest;

import org.healthplanning.gateway.api.ApiException;

/** Numeric query parameters arrive as text so that a bad one is a 400 naming it. */
public final class QueryParams {
    /** The range of calendar years the suite accepts (as the backends do). */
    public static final int MIN_YEAR = 1949;
    public static final int MAX_YEAR = 2100;

    private QueryParams() {
    }

    public static Integer year(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int year = Integer.parseInt(value.trim());
            if (year < MIN_YEAR || year > MAX_YEAR) {
                throw ApiException.badRequest(name, "must be a year between " + MIN_YEAR + " and " + MAX_YEAR);
            }
            return year;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name, "'" + value + "' is not a year");
        }
    }

    /** true/false (also 1/0, yes/no); absent is false; anything else is a 400 naming the parameter. */
    public static boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiException.badRequest(name, "'" + value + "' is not true or false");
        };
    }
}
