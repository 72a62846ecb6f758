package org.healthplanning.gateway.client.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads the backends' date-time texts, which the gateway passes on as they were written. */
final class Times {
    private Times() {
    }

    /** The text as an instant; null when it is not a date-time. */
    static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }
}
