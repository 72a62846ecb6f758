package org.healthplanning.project.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The shared demo data (the published facts and their API form), read from the repository's demo-data folder. */
public final class DemoData {
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /** REST Assured reading JSON decimals as BigDecimal, so 13428.33 is compared exactly. */
    public static final RestAssuredConfig EXACT = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private DemoData() {
    }

    public static Path dir() {
        Path p = Path.of("..", "demo-data");
        if (!Files.isDirectory(p)) {
            p = Path.of("demo-data");
        }
        return p;
    }

    public static String text(String relative) {
        try {
            return Files.readString(dir().resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of demo-data/projects.json (the facts) of one plan, in table order. */
    public static List<JsonNode> facts(String planId) {
        try {
            JsonNode root = MAPPER.readTree(text("projects.json"));
            List<JsonNode> out = new ArrayList<>();
            for (JsonNode p : root.get("projects")) {
                if (p.get("planId").asText().equals(planId)) {
                    out.add(p);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 合计 row of a plan from demo-data/projects.json. */
    public static JsonNode declaredTotals(String planId) {
        try {
            for (JsonNode t : MAPPER.readTree(text("projects.json")).get("totals")) {
                if (t.get("planId").asText().equals(planId)) {
                    return t.get("totals");
                }
            }
            throw new IllegalStateException("no totals for " + planId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
