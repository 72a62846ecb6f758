package org.healthplanning.gateway.rest;

/** Numeric query parameters arrive as text so that a bad one is a 400 naming it. */
public final class QueryParams {
    private QueryParams() {
    }

    public static Integer year(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int year = Integer.parseInt(value.trim());
            if (year < 1900 || year > 2200) {
                throw ApiException.badRequest(name, "must be a year between 1900 and 2200");
            }
            return year;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name, "'" + value + "' is not a year");
        }
    }
}
