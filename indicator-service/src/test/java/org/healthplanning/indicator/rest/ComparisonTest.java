package org.healthplanning.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.healthplanning.platform.testing.PostgresResource;
import org.junit.jupiter.api.BeforeEach;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class ComparisonTest {
    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }


    private static Map<String, JsonNode> byPlan(JsonNode rows) {
        Map<String, JsonNode> m = new HashMap<>();
        rows.forEach(r -> m.put(r.get("planCode").asText(), r));
        return m;
    }

    private static JsonNode comparison(String code, String query) {
        return Demo.tree(given().when().get("/api/v1/indicator-definitions/" + code + "/comparison" + query)
                .then().log().ifValidationFails().statusCode(200).extract().asString());
    }

    /** Ranks run 1, 2, … down the list (ties share one) and the ranked figures run best first. */
    private static void assertRanked(JsonNode rows, boolean higherIsBetter) {
        int previousRank = 0;
        java.math.BigDecimal previous = null;
        for (JsonNode r : rows) {
            if (r.get("rank").isNull()) {
                continue;
            }
            int rank = r.get("rank").asInt();
            java.math.BigDecimal v = r.get("rankValue").decimalValue();
            assertTrue(rank >= previousRank, rows.toString());
            if (previous != null) {
                int c = v.compareTo(previous);
                assertTrue(higherIsBetter ? c <= 0 : c >= 0, rows.toString());
                assertEquals(c == 0, rank == previousRank, rows.toString());
            }
            previousRank = rank;
            previous = v;
        }
    }

    @Test
    void lifeExpectancyComparesBothDemoPlansRanked() {
        Demo.loadDemoPlans();
        JsonNode rows = comparison("LIFE_EXPECTANCY", "?year=2020");
        Map<String, JsonNode> m = byPlan(rows);
        JsonNode tongliang = m.get("tongliang-14th");
        JsonNode yuzhong = m.get("yuzhong-14th");
        assertEquals("500151", tongliang.get("regionCode").asText());
        assertEquals("500103", yuzhong.get("regionCode").asText());
        assertEquals("人均预期寿命", tongliang.get("name").asText());
        assertEquals("人口平均预期寿命", yuzhong.get("name").asText(), "linked through its alias");
        assertEquals("80.78", yuzhong.get("baseline").get("raw").asText());
        assertEquals("baseline", yuzhong.get("rankedBy").asText());
        // 80.78 years beats 78.47 years
        assertTrue(yuzhong.get("rank").asInt() < tongliang.get("rank").asInt(), rows.toString());
        assertRanked(rows, true);
    }

    @Test
    void downwardIndicatorsRankLowestFirstAndActualValuesCount() {
        Demo.loadDemoPlans();
        // infant mortality: 渝中 1.28‰ is better than 铜梁 2.92‰
        JsonNode rows = comparison("INFANT_MORTALITY", "?year=2020");
        Map<String, JsonNode> m = byPlan(rows);
        assertTrue(m.get("yuzhong-14th").get("rank").asInt() < m.get("tongliang-14th").get("rank").asInt(), rows.toString());
        assertRanked(rows, false);

        // two plans of their own with monitoring values: the actual value for the year is ranked
        Demo.loadPlan("tongliang-14th", "cmp-a-14th");
        Demo.loadPlan("tongliang-14th", "cmp-b-14th");
        given().contentType(ContentType.JSON).body("{\"value\": 2.5}")
                .put("/api/v1/plans/cmp-a-14th/indicators/" + Demo.id("cmp-a-14th", "婴儿死亡率") + "/values/2024").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"value\": 1.1}")
                .put("/api/v1/plans/cmp-b-14th/indicators/" + Demo.id("cmp-b-14th", "婴儿死亡率") + "/values/2024").then().statusCode(201);
        rows = comparison("INFANT_MORTALITY", "?year=2024");
        m = byPlan(rows);
        assertEquals("actual", m.get("cmp-b-14th").get("rankedBy").asText());
        assertEquals("ACHIEVED", m.get("cmp-b-14th").get("status").asText());
        assertEquals(1, m.get("cmp-b-14th").get("rank").asInt(), "1.1‰ is the lowest of all");
        assertTrue(m.get("cmp-a-14th").get("rank").asInt() > m.get("yuzhong-14th").get("rank").asInt(), "2.5 > 1.28");
        assertRanked(rows, false);

        given().when().get("/api/v1/indicator-definitions/NOPE/comparison").then().statusCode(404);
        given().when().get("/api/v1/indicator-definitions/LIFE_EXPECTANCY/comparison?year=3000").then().statusCode(400);
    }
}
