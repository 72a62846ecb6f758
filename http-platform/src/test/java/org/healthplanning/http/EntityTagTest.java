package org.healthplanning.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.EntityTag;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EntityTagTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSameBodyHasTheSameTagAndAnyChangeAnother() {
        String body = "{\"planCode\":\"tongliang-14th\",\"value\":2.85}";
        String tag = ResponseConventions.digest(utf8(body));
        assertTrue(tag.matches("[0-9a-f]{24}"), tag);
        assertEquals(tag, ResponseConventions.digest(utf8(body)));
        assertNotEquals(tag, ResponseConventions.digest(utf8(body.replace("2.85", "2.86"))));
        assertNotEquals(tag, ResponseConventions.digest(utf8(body + " ")));
        assertNotEquals(ResponseConventions.digest(new byte[0]), ResponseConventions.digest(new byte[1]));
    }

    @Test
    void ifNoneMatchNamesTheTagStrongOrWeakOrInAList() {
        EntityTag tag = new EntityTag(ResponseConventions.digest(utf8("[]")));
        assertTrue(ResponseConventions.matches("\"" + tag.getValue() + "\"", tag));
        assertTrue(ResponseConventions.matches("W/\"" + tag.getValue() + "\"", tag));
        assertTrue(ResponseConventions.matches("\"other\", \"" + tag.getValue() + "\"", tag));
        assertTrue(ResponseConventions.matches("*", tag));
        assertEquals(false, ResponseConventions.matches("\"other\"", tag));
        assertEquals(false, ResponseConventions.matches(null, tag));
    }
}
