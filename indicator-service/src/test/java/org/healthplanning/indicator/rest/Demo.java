package org.healthplanning.indicator.rest;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The shared demo data (../demo-data) and small REST helpers the tests share. */
final class Demo {
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true))
            .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    static final Path DIR = Path.of("..", "demo-data");

    private Demo() {
    }

    static String file(String name) {
        try {
            return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo plan in API form, optionally under another code. */
    static String plan(String demoCode, String code) {
        for (JsonNode p : tree(file("api/plans.json"))) {
            if (p.get("code").asText().equals(demoCode)) {
                ObjectNode copy = p.deepCopy();
                copy.put("code", code);
                return copy.toString();
            }
        }
        throw new IllegalArgumentException(demoCode);
    }

    static void putPlan(String demoCode, String code) {
        given().contentType(ContentType.JSON).body(plan(demoCode, code))
                .when().put("/api/v1/plans/" + code)
                .then().log().ifValidationFails().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
    }

    /** Creates (or refreshes) a plan with the demo plan's data and its table, imported with mode=replace. */
    static void loadPlan(String demoCode, String code) {
        putPlan(demoCode, code);
        given().contentType(ContentType.JSON).body(file("api/indicators-" + demoCode + ".json"))
                .when().post("/api/v1/plans/" + code + "/indicators/import?mode=replace")
                .then().log().ifValidationFails().statusCode(200);
    }

    static void loadDemoPlans() {
        loadPlan("tongliang-14th", "tongliang-14th");
        loadPlan("yuzhong-14th", "yuzhong-14th");
    }

    /** All rows of a plan, in table order, as JSON trees with exact decimals. */
    static List<JsonNode> rows(String planCode) {
        String body = given().when().get("/api/v1/plans/" + planCode + "/indicators?size=500")
                .then().log().ifValidationFails().statusCode(200).extract().asString();
        List<JsonNode> out = new ArrayList<>();
        tree(body).get("items").forEach(out::add);
        return out;
    }

    static JsonNode row(String planCode, String name, String subItem) {
        return rows(planCode).stream()
                .filter(r -> r.get("name").asText().equals(name))
                .filter(r -> subItem == null ? r.get("subItem").isNull() : subItem.equals(r.get("subItem").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + name + " in " + planCode));
    }

    static long id(String planCode, String name) {
        return row(planCode, name, null).get("id").asLong();
    }
}
