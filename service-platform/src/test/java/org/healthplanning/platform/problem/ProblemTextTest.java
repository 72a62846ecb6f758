package org.healthplanning.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.healthplanning.http.Problem;
import org.junit.jupiter.api.Test;

/** What the JSON reader says about bad input reaches a client without Java class, method or setting names. */
class ProblemTextTest {
    record Plan(String code, Integer periodStart, List<Integer> years) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The same reader with small limits, so that long texts and numbers fail without building megabytes. */
    private static final ObjectMapper SMALL_LIMITS = new ObjectMapper(JsonFactory.builder().streamReadConstraints(
            StreamReadConstraints.builder().maxStringLength(100).maxNumberLength(20).maxNestingDepth(50).build()).build());

    static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    static void assertPlain(String text) {
        for (String internal : List.of("`", "()", "java.", "StreamReadConstraints", "StreamReadFeature", "Source:", "org.",
                "com.fasterxml", "reference chain", "ProblemTextTest", "$Plan")) {
            assertFalse(text.contains(internal), () -> "'" + internal + "' in: " + text);
        }
    }

    @Test
    void tooDeepNestingNamesTheLimitNotTheSetting() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> MAPPER.readTree(nested(2000)));
        assertTrue(e.getOriginalMessage().contains("StreamReadConstraints.getMaxNestingDepth()"), e.getOriginalMessage());
        Problem.FieldError error = ProblemMappers.describe(e);
        assertEquals("body", error.field());
        assertPlain(error.message());
        assertTrue(error.message().contains("nesting depth"), error.message());
        assertTrue(error.message().contains("1000"), error.message());
    }

    @Test
    void tooLongNumbersAndTextsNameTheLimit() {
        JsonProcessingException number = assertThrows(JsonProcessingException.class,
                () -> SMALL_LIMITS.readTree("{\"value\": " + "9".repeat(30) + "}"));
        JsonProcessingException text = assertThrows(JsonProcessingException.class,
                () -> SMALL_LIMITS.readTree("{\"name\": \"" + "x".repeat(200) + "\"}"));
        for (JsonProcessingException e : List.of(number, text)) {
            assertTrue(e.getOriginalMessage().contains("StreamReadConstraints"), e.getOriginalMessage());
            String message = ProblemMappers.describe(e).message();
            assertPlain(message);
            assertTrue(message.contains("exceeds the maximum allowed"), message);
        }
    }

    @Test
    void bindingMessagesSayWhatKindOfValueIsExpected() {
        JsonProcessingException wrongType = assertThrows(JsonProcessingException.class,
                () -> MAPPER.readValue("{\"code\": \"a\", \"periodStart\": \"soon\"}", Plan.class));
        assertTrue(wrongType.getMessage().contains("java.lang.Integer"), wrongType.getMessage());
        String cleaned = ProblemText.clean(wrongType.getMessage());
        assertPlain(cleaned);
        assertTrue(cleaned.contains("whole number"), cleaned);
        assertTrue(cleaned.contains("\"soon\""), cleaned);

        JsonProcessingException unclosed = assertThrows(JsonProcessingException.class, () -> MAPPER.readTree("{\"years\": [1, 2"));
        String message = ProblemMappers.describe(unclosed).message();
        assertPlain(message);
        assertTrue(message.startsWith("malformed JSON: "), message);

        JsonProcessingException shape = assertThrows(JsonProcessingException.class,
                () -> MAPPER.readValue("{\"years\": {\"a\": 1}}", Plan.class));
        assertPlain(ProblemText.clean(shape.getMessage()));
        assertPlain(ProblemText.clean(shape.getOriginalMessage()));
    }

    @Test
    void everyProblemAnsweredIsCleanedButKeepsWhatItSaysAboutTheInput() {
        Problem p = new Problem("/problems/validation", "Invalid request", 400,
                "body: Cannot deserialize value of type `java.lang.Integer` from String \"x\"",
                "/api/v1/plans", List.of(new Problem.FieldError(3, "year", "Numeric value (1e400) out of range of `int`")),
                Map.of("imported", 0));
        Problem clean = (Problem) ProblemMappers.problem(p).getEntity();
        assertPlain(clean.detail());
        assertEquals("body: Cannot deserialize value of type whole number from String \"x\"", clean.detail());
        assertEquals("Numeric value (1e400) out of range of whole number", clean.errors().get(0).message());
        assertEquals(3, clean.errors().get(0).row());
        assertEquals(Map.of("imported", 0), clean.extensions());
        Problem ordinary = new Problem("/problems/validation", "Invalid request", 400, "regionCode: must not be blank",
                "/api/v1/plans", List.of(new Problem.FieldError("regionCode", "must not be blank")));
        assertTrue(ordinary == ProblemMappers.problem(ordinary).getEntity(), "a plain problem is answered as it is");
    }
}
