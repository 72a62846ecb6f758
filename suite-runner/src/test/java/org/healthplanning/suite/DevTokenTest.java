package org.healthplanning.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The development tokens carry what the services check: issuer, the suite's audience, iat and a lifetime within 24 h. */
class DevTokenTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    static JsonNode claims(String token) throws Exception {
        String[] parts = token.split("\\.");
        assertEquals(3, parts.length, token);
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
    }

    @Test
    void adminAndEditorTokensNameTheSuitesAudience() throws Exception {
        JsonNode admin = claims(DevToken.admin(ROOT, DevToken.DEFAULT_ISSUER, Duration.ofHours(12)).orElseThrow());
        JsonNode editor = claims(DevToken.editor(ROOT, DevToken.DEFAULT_ISSUER, Duration.ofHours(1), "500151", "500103").orElseThrow());
        for (JsonNode c : new JsonNode[] {admin, editor}) {
            assertEquals(DevToken.audience(), c.path("aud").asText());
            assertEquals(DevToken.DEFAULT_ISSUER, c.path("iss").asText());
            assertTrue(c.path("iat").isNumber() && c.path("exp").asLong() > c.path("iat").asLong(), c.toString());
        }
        if (System.getenv("HEALTHPLAN_JWT_AUDIENCE") == null) {
            assertEquals("healthplanning-suite", admin.path("aud").asText());
        }
        assertEquals("admin", admin.path("groups").get(0).asText());
        assertEquals("500103", editor.path("regions").get(1).asText());
    }

    @Test
    void aReviewerTokenCarriesTheReviewerGroupAndItsRegions() throws Exception {
        JsonNode reviewer = claims(DevToken.reviewer(ROOT, DevToken.DEFAULT_ISSUER, Duration.ofHours(1), "500151").orElseThrow());
        assertEquals("reviewer", reviewer.path("groups").get(0).asText());
        assertEquals("500151", reviewer.path("regions").get(0).asText());
        assertEquals("reviewer-500151", reviewer.path("sub").asText());
        assertEquals(DevToken.audience(), reviewer.path("aud").asText());
    }
}
