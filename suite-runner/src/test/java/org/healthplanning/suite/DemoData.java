package org.healthplanning.suite;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The demo files in demo-data/api, read as the loader reads them. */
final class DemoData {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper EXACT = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private DemoData() {
    }

    static Path file(String name) {
        return RunningSuite.ROOT.resolve("demo-data").resolve("api").resolve(name);
    }

    static JsonNode read(String name) throws IOException {
        return JSON.readTree(Files.readString(file(name), StandardCharsets.UTF_8));
    }

    /** An answer's JSON with its decimals exact. */
    static JsonNode tree(String json) throws IOException {
        return EXACT.readTree(json);
    }

    static JsonNode plan(String code) throws IOException {
        for (JsonNode p : read("plans.json")) {
            if (code.equals(p.path("code").asText())) {
                return p;
            }
        }
        throw new AssertionError("demo-data/api/plans.json has no plan " + code);
    }
}
