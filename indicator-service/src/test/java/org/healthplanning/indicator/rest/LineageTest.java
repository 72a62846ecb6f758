package org.healthplanning.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
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
import org.healthplanning.platform.testing.PostgresResource;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Plan generations: a 十五五 plan naming its 十四五 predecessor, its 2025 baselines checked against the
 * predecessor's 2025 values and targets, and one indicator across both plans.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class LineageTest {
    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    private static String successor(String code, String region, int start, int end, String predecessor) {
        ObjectNode plan = (ObjectNode) Demo.tree(Demo.plan("tongliang-14th", code));
        plan.put("regionCode", region).put("title", "重庆市铜梁区卫生健康发展“十五五”规划").put("periodStart", start).put("periodEnd", end)
                .putNull("baselineYear").putNull("targetYear").remove("version");
        if (predecessor == null) {
            plan.putNull("predecessorCode");
        } else {
            plan.put("predecessorCode", predecessor);
        }
        return plan.toString();
    }

    private static void value(String plan, long id, int year, String value) {
        given().contentType(ContentType.JSON).body("{\"value\": " + value + ", \"status\": \"FINAL\", \"source\": \"统计年鉴\"}")
                .when().put("/api/v1/plans/" + plan + "/indicators/" + id + "/values/" + year)
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
    }

    @Test
    void aSuccessorsBaselinesAreCheckedAgainstItsPredecessorAndTheSeriesSpansBoth() {
        Demo.loadPlan("tongliang-14th", "lin-14th");
        given().contentType(ContentType.JSON).body(successor("lin-15th", "500151", 2026, 2030, "lin-14th"))
                .when().put("/api/v1/plans/lin-15th").then().statusCode(201).body("predecessorCode", equalTo("lin-14th"))
                .body("baselineYear", equalTo(2025));
        String row = """
                {"category": "健康水平", "seq": "%s", "name": "%s", "unit": "%s", "subItem": null,
                 "baseline": {"year": 2025, "raw": "%s", "value": %s},
                 "target": {"year": 2030, "raw": "%s", "comparator": "=", "value": %s},
                 "upperTargets": [], "nature": "EXPECTED", "remarks": null}""";
        given().contentType(ContentType.JSON).body("[" + String.join(",",
                        row.formatted("1", "人均预期寿命", "岁", "79.5", "79.5", "80", "80"),
                        row.formatted("2", "每千人口执业（助理）医师数", "人", "3.6", "3.6", "4", "4"),
                        row.formatted("3", "每千人口注册护士数", "人", "4.2", "4.2", "4.8", "4.8")) + "]")
                .when().post("/api/v1/plans/lin-15th/indicators/import?mode=replace").then().statusCode(200);
        long lifeExpectancy14 = Demo.id("lin-14th", "人均预期寿命");
        value("lin-14th", lifeExpectancy14, 2024, "79.2");
        value("lin-14th", lifeExpectancy14, 2025, "79.4");

        JsonNode checks = Demo.tree(given().when().get("/api/v1/plans/lin-15th/checks").then().statusCode(200).extract().asString());
        List<JsonNode> lineage = new ArrayList<>();
        checks.forEach(c -> {
            if (c.get("code").asText().equals("BASELINE_DIFFERS_FROM_PREDECESSOR")) {
                lineage.add(c);
            }
        });
        List<String> flagged = lineage.stream().map(c -> c.get("name").asText()).toList();
        // 79.5 against the 79.4 reported for 2025; 3.6 doctors agree with the 十四五 target 3.6 (no 2025 value);
        // nurses: the 十四五 table has no such row to disagree with
        assertEquals(List.of("人均预期寿命"), flagged, checks.toString());
        assertTrue(lineage.get(0).get("message").asText().contains("79.4"), lineage.get(0).toString());
        assertTrue(lineage.get(0).get("message").asText().contains("lin-14th"), lineage.get(0).toString());

        // the doctors' 2025 value reported, different from the successor's baseline: now flagged
        value("lin-14th", Demo.id("lin-14th", "每千人口执业（助理）医师数"), 2025, "3.55");
        checks = Demo.tree(given().when().get("/api/v1/plans/lin-15th/checks").then().statusCode(200).extract().asString());
        long doctorsFlags = 0;
        for (JsonNode c : checks) {
            if (c.get("code").asText().equals("BASELINE_DIFFERS_FROM_PREDECESSOR") && c.get("name").asText().startsWith("每千人口执业")) {
                doctorsFlags++;
                assertTrue(c.get("message").asText().contains("3.55"), c.toString());
            }
        }
        assertEquals(1, doctorsFlags, checks.toString());

        JsonNode series = Demo.tree(given().when().get("/api/v1/regions/500151/indicators/LIFE_EXPECTANCY/series")
                .then().statusCode(200).body("definitionCode", equalTo("LIFE_EXPECTANCY")).body("direction", equalTo("INCREASE"))
                .extract().asString());
        JsonNode p14 = null;
        JsonNode p15 = null;
        int i14 = -1;
        int i15 = -1;
        for (int i = 0; i < series.get("plans").size(); i++) {
            JsonNode p = series.get("plans").get(i);
            if (p.get("planCode").asText().equals("lin-14th")) {
                p14 = p;
                i14 = i;
            } else if (p.get("planCode").asText().equals("lin-15th")) {
                p15 = p;
                i15 = i;
            }
        }
        assertNotNull(p14, series.toString());
        assertNotNull(p15, series.toString());
        assertTrue(i14 < i15, "oldest first");
        assertEquals("lin-14th", p15.get("predecessorCode").asText());
        JsonNode r14 = p14.get("rows").get(0);
        assertEquals(0, r14.get("baseline").get("value").decimalValue().compareTo(new java.math.BigDecimal("78.47")));
        assertEquals(0, r14.get("target").get("value").decimalValue().compareTo(new java.math.BigDecimal("79.3")));
        assertEquals(2, r14.get("values").size());
        assertEquals(2025, r14.get("values").get(1).get("year").asInt());
        assertEquals(0, r14.get("values").get(1).get("value").decimalValue().compareTo(new java.math.BigDecimal("79.4")));
        assertEquals(2025, p15.get("rows").get(0).get("baseline").get("year").asInt());
        assertEquals(0, p15.get("rows").get(0).get("baseline").get("value").decimalValue().compareTo(new java.math.BigDecimal("79.5")));
    }

    @Test
    void aPredecessorMustBeAnEarlierPlanOfTheSameRegion() {
        Demo.loadPlan("tongliang-14th", "lin2-14th");
        Demo.loadPlan("yuzhong-14th", "lin2-yz-14th");
        for (String[] bad : new String[][] {
                {"lin2-15th", "500151", "2026", "2030", "no-such-plan"},
                {"lin2-15th", "500151", "2026", "2030", "lin2-15th"},
                {"lin2-15th", "500151", "2026", "2030", "lin2-yz-14th"},
                {"lin2-15th", "500151", "2025", "2030", "lin2-14th"}}) {
            given().contentType(ContentType.JSON).body(successor(bad[0], bad[1], Integer.parseInt(bad[2]), Integer.parseInt(bad[3]), bad[4]))
                    .when().put("/api/v1/plans/" + bad[0]).then().statusCode(422).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("predecessorCode"));
        }
        given().when().get("/api/v1/plans/lin2-15th").then().statusCode(404);
        given().contentType(ContentType.JSON).body(successor("lin2-15th", "500151", 2026, 2030, "lin2-14th"))
                .when().put("/api/v1/plans/lin2-15th").then().statusCode(201);
        // deleting the predecessor unlinks its successor
        given().when().delete("/api/v1/plans/lin2-14th").then().statusCode(204);
        given().when().get("/api/v1/plans/lin2-15th").then().statusCode(200).body("predecessorCode", nullValue());
    }

    @Test
    void theSeriesNamesItsBadInput() {
        given().when().get("/api/v1/regions/5001!51/indicators/LIFE_EXPECTANCY/series").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("code"));
        given().when().get("/api/v1/regions/500151/indicators/NO_SUCH_DEFINITION/series").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/regions/500199/indicators/LIFE_EXPECTANCY/series").then().statusCode(200)
                .body("plans.size()", equalTo(0));
    }
}
