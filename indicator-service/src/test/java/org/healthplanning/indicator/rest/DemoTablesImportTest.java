package org.healthplanning.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.healthplanning.platform.testing.PostgresResource;
import org.junit.jupiter.api.BeforeEach;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Both shared plans' tables import through the API and come back exactly as published. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class DemoTablesImportTest {
    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    private static final Map<String, String> NATURE = Map.of("binding", "BINDING", "expected", "EXPECTED");

    /** The published facts of one plan, in table order. */
    private static List<JsonNode> facts(String planCode) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode r : Demo.tree(Demo.file("indicators.json"))) {
            if (r.get("planId").asText().equals(planCode)) {
                out.add(r);
            }
        }
        return out;
    }

    private static void assertSameNumber(JsonNode expected, JsonNode actual, String what) {
        if (expected == null || expected.isNull()) {
            assertTrue(actual == null || actual.isNull(), what + " should have no value but is " + actual);
        } else {
            assertNotNull(actual, what);
            assertTrue(actual.isNumber(), what + " is not a number: " + actual);
            assertEquals(0, expected.decimalValue().compareTo(actual.decimalValue()), what + ": " + expected + " vs " + actual);
        }
    }

    @Test
    void bothTablesImportAndEveryCellMatchesThePublishedFacts() {
        for (String plan : List.of("tongliang-14th", "yuzhong-14th")) {
            Demo.putPlan(plan, plan);
            int expectedRows = facts(plan).size();
            given().contentType(ContentType.JSON).body(Demo.file("api/indicators-" + plan + ".json"))
                    .when().post("/api/v1/plans/" + plan + "/indicators/import?mode=replace")
                    .then().log().ifValidationFails().statusCode(200).body("imported", equalTo(expectedRows)).body("errors.size()", equalTo(0));

            List<JsonNode> facts = facts(plan);
            List<JsonNode> rows = Demo.rows(plan);
            assertEquals(plan.equals("tongliang-14th") ? 25 : 20, rows.size(), plan + " row count");
            for (int i = 0; i < facts.size(); i++) {
                JsonNode f = facts.get(i);
                JsonNode r = rows.get(i);
                String where = plan + " row " + (i + 1) + " " + f.get("name").asText();
                assertEquals(f.get("name").asText(), r.get("name").asText(), where);
                assertEquals(f.get("seq").asText(), r.get("seq").asText(), where);
                assertEquals(f.get("unit").asText(), r.get("unit").asText(), where);
                assertEquals(f.get("subItem").isNull() ? null : f.get("subItem").asText(),
                        r.get("subItem").isNull() ? null : r.get("subItem").asText(), where);
                assertEquals(f.get("category").isNull() ? null : f.get("category").asText(),
                        r.get("category").isNull() ? null : r.get("category").asText(), where);
                // raw byte for byte
                assertEquals(f.get("baseline").get("raw").asText(), r.get("baseline").get("raw").asText(), where + " baseline.raw");
                assertEquals(f.get("target").get("raw").asText(), r.get("target").get("raw").asText(), where + " target.raw");
                assertEquals(f.get("baseline").get("year").asInt(), r.get("baseline").get("year").asInt(), where);
                assertEquals(f.get("target").get("year").asInt(), r.get("target").get("year").asInt(), where);
                // parsed forms equal the published facts
                assertEquals(f.get("target").get("comparator").asText(), r.get("target").get("comparator").asText(), where + " comparator");
                assertSameNumber(f.get("target").get("value"), r.get("target").get("value"), where + " target.value");
                assertSameNumber(f.get("baseline").get("value"), r.get("baseline").get("value"), where + " baseline.value");
                String nature = f.get("natureCode").isNull() ? null : NATURE.get(f.get("natureCode").asText());
                assertEquals(nature, r.get("nature").isNull() ? null : r.get("nature").asText(), where + " nature");
                assertEquals(i + 1, r.get("position").asInt(), where + " position");
                assertTrue(r.get("definitionCode").isTextual(), where + " is linked to a definition");
            }
        }
        // spot checks of the printed forms the parser must handle
        JsonNode le = Demo.row("yuzhong-14th", "人口平均预期寿命", null);
        assertEquals("LIFE_EXPECTANCY", le.get("definitionCode").asText());
        assertEquals("INCREASE", le.get("direction").asText());
        assertEquals(">=", le.get("target").get("effectiveComparator").asText());
        JsonNode smoking = Demo.row("yuzhong-14th", "15岁以上人群吸烟率", null);
        assertEquals("-", smoking.get("baseline").get("raw").asText());
        assertTrue(smoking.get("baseline").get("value").isNull());
        JsonNode hle = Demo.row("tongliang-14th", "健康预期寿命", null);
        assertEquals("—", hle.get("baseline").get("raw").asText());
        assertEquals("qualitative", hle.get("target").get("comparator").asText());
        assertEquals("5.0", Demo.row("tongliang-14th", "5岁以下儿童死亡率", null).get("target").get("value").asText(),
                "5.0 keeps its digits");
    }

    @Test
    void importingTheSameTableAgainChangesNothing() {
        Demo.loadPlan("tongliang-14th", "again-14th");
        List<JsonNode> before = Demo.rows("again-14th");
        Demo.loadPlan("tongliang-14th", "again-14th");
        assertEquals(before, Demo.rows("again-14th"), "same ids, versions and cells");
    }

    private static List<JsonNode> withoutIdentity(List<JsonNode> rows) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode r : rows) {
            ObjectNode c = r.deepCopy();
            c.remove("id");
            c.remove("version");
            // where the row lives and when it was written are identity too
            c.remove("planCode");
            c.remove("createdAt");
            c.remove("updatedAt");
            out.add(c);
        }
        return out;
    }

    @Test
    void csvExportReimportsToTheSameRows() {
        for (String plan : List.of("tongliang-14th", "yuzhong-14th")) {
            String source = "csv-" + plan;
            Demo.loadPlan(plan, source);
            // an upper-level target too, so that nested list columns travel as well
            long id = Demo.rows(source).get(0).get("id").asLong();
            given().contentType("application/merge-patch+json; charset=UTF-8")
                    .body("{\"upperTargets\": [{\"scope\": \"2025年市级目标\", \"raw\": \"≥80, 力争81\"}, {\"scope\": \"全国\", \"raw\": \"79\"}]}")
                    .when().patch("/api/v1/plans/" + source + "/indicators/" + id).then().log().ifValidationFails().statusCode(200);
            List<JsonNode> before = Demo.rows(source);

            String csv = given().when().get("/api/v1/plans/" + source + "/indicators/export")
                    .then().log().ifValidationFails().statusCode(200).contentType(containsString("text/csv"))
                    .extract().asString();
            assertTrue(csv.startsWith("seq,category,name,subItem,unit,nature,definitionCode,baseline.year,baseline.raw"), csv);

            // back into the same plan, replacing: identical rows, same ids
            given().contentType("text/csv; charset=UTF-8").body(csv)
                    .when().post("/api/v1/plans/" + source + "/indicators/import?mode=replace")
                    .then().log().ifValidationFails().statusCode(200).body("imported", equalTo(before.size()));
            assertEquals(withoutIdentity(before), withoutIdentity(Demo.rows(source)));
            assertEquals(before, Demo.rows(source), "the same rows again change nothing, not even version or updatedAt");

            // into an empty plan: the same rows
            String copy = "csvcopy-" + plan;
            Demo.putPlan(plan, copy);
            given().contentType("text/csv; charset=UTF-8").body(csv)
                    .when().post("/api/v1/plans/" + copy + "/indicators/import")
                    .then().log().ifValidationFails().statusCode(200).body("imported", equalTo(before.size()));
            assertEquals(withoutIdentity(before), withoutIdentity(Demo.rows(copy)));
            assertEquals(csv, given().when().get("/api/v1/plans/" + copy + "/indicators/export").then().extract().asString());
        }
    }

    @Test
    void csvWithoutACharsetIsReadAsUtf8() {
        Demo.putPlan("tongliang-14th", "utf8-14th");
        byte[] csv = "seq,name,target.raw\n1,孕产妇死亡率,≤10\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        given().contentType("text/csv").body(csv).when().post("/api/v1/plans/utf8-14th/indicators/import?mode=replace")
                .then().statusCode(200).body("imported", equalTo(1));
        given().when().get("/api/v1/plans/utf8-14th/indicators").then().statusCode(200)
                .body("items[0].name", equalTo("孕产妇死亡率")).body("items[0].target.raw", equalTo("≤10"))
                .body("items[0].target.comparator", equalTo("<="));
    }

    @Test
    void jsonRowsAsReadImportBackToTheSameRows() {
        Demo.loadPlan("yuzhong-14th", "jsonsrc-14th");
        List<JsonNode> before = Demo.rows("jsonsrc-14th");
        Demo.putPlan("yuzhong-14th", "jsoncopy-14th");
        given().contentType(ContentType.JSON).body(before.toString())
                .when().post("/api/v1/plans/jsoncopy-14th/indicators/import?mode=replace")
                .then().log().ifValidationFails().statusCode(200).body("imported", equalTo(20));
        assertEquals(withoutIdentity(before), withoutIdentity(Demo.rows("jsoncopy-14th")));
    }
}
