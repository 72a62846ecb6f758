package org.healthplanning.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What a verified token's claims must look like before its groups and regions are believed. */
class StrictTokenClaimsTest {
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final long T = NOW.getEpochSecond();

    private static String problem(String json) {
        StrictTokenClaims rules = new StrictTokenClaims();
        rules.maxLifetime = Duration.ofHours(24);
        rules.clockSkew = Duration.ofSeconds(60);
        JsonObject claims = Json.createReader(new StringReader(json)).readObject();
        return rules.problem(claims, NOW);
    }

    @Test
    void aWellFormedTokenPasses() {
        assertNull(problem("{\"iat\": %d, \"exp\": %d, \"groups\": [\"editor\"], \"regions\": [\"500151\", \"500103\"]}"
                .formatted(T - 10, T + 3600)));
    }

    @Test
    void groupsOrRegionsAsOneStringAreRefused() {
        assertEquals("claim 'groups' must be an array of strings",
                problem("{\"iat\": %d, \"exp\": %d, \"groups\": \"admin\"}".formatted(T, T + 60)));
        assertEquals("claim 'regions' must be an array of strings",
                problem("{\"iat\": %d, \"exp\": %d, \"groups\": [\"editor\"], \"regions\": \"971501,971502\"}".formatted(T, T + 60)));
        assertEquals("claim 'regions' must be an array of strings",
                problem("{\"iat\": %d, \"exp\": %d, \"regions\": [971501]}".formatted(T, T + 60)));
    }

    @Test
    void anIssueTimeInTheFutureBeyondTheSkewIsRefused() {
        assertNull(problem("{\"iat\": %d, \"exp\": %d}".formatted(T + 30, T + 3600)));
        assertEquals("was issued in the future (iat 2026-12-01T12:05:00Z)",
                problem("{\"iat\": %d, \"exp\": %d}".formatted(T + 300, T + 3600)));
        assertEquals("has no numeric 'iat' claim", problem("{\"exp\": %d}".formatted(T + 3600)));
    }

    @Test
    void aTokenLivingLongerThanADayIsRefused() {
        assertNull(problem("{\"iat\": %d, \"exp\": %d}".formatted(T, T + 24 * 3600)));
        assertEquals("lives longer than 24 hours (iat 2026-12-01T12:00:00Z, exp 2036-11-28T12:00:00Z)",
                problem("{\"iat\": %d, \"exp\": %d}".formatted(T, T + 3650L * 24 * 3600)));
    }
}
