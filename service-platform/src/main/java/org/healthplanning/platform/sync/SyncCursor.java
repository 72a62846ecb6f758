package org.healthplanning.platform.sync;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.healthplanning.http.DomainException;

/**
 * A position in a change feed: after the row changed at {@code at} with key {@code key}. Rows are
 * ordered by change time, then key; a null key means "after everything changed at {@code at}".
 * Sent to clients as an opaque token ({@code after=}); its content is not part of the contract.
 */
public record SyncCursor(Instant at, String key) {
    private static final String VERSION = "c1";

    /** The position after every row changed at or before {@code at}. */
    public static SyncCursor afterTime(Instant at) {
        return new SyncCursor(at, null);
    }

    public String encode() {
        long micros = at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
        String text = VERSION + ":" + micros + ":" + (key == null ? "" : key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a token names; a token this suite did not issue is a 400 naming {@code parameter}. */
    public static SyncCursor decode(String parameter, String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8);
            String[] parts = text.split(":", 3);
            if (parts.length != 3 || !parts[0].equals(VERSION)) {
                throw new IllegalArgumentException("unknown token");
            }
            long micros = Long.parseLong(parts[1]);
            Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
            return new SyncCursor(at, parts[2].isEmpty() ? null : parts[2]);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw DomainException.invalid(parameter, "'" + token + "' is not a cursor this service issued;"
                    + " use the 'cursor' or 'next' of an earlier answer");
        }
    }
}
