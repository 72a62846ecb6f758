package org.healthplanning.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import org.healthplanning.platform.testing.PostgresResource;
import org.junit.jupiter.api.BeforeEach;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class ChecksTest {
    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }


    private static List<JsonNode> checks(String plan) {
        List<JsonNode> out = new ArrayList<>();
        Demo.tree(given().when().get("/api/v1/plans/" + plan + "/checks").then().log().ifValidationFails().statusCode(200)
                .extract().asString()).forEach(out::add);
        return out;
    }

    private static List<JsonNode> of(List<JsonNode> checks, String code, long indicatorId) {
        return checks.stream().filter(c -> c.get("code").asText().equals(code) && c.get("indicatorId").asLong() == indicatorId).toList();
    }

    @Test
    void tongliangMaternalMortalityTargetIsMetAtBaseline() {
        Demo.loadDemoPlans();
        List<JsonNode> checks = checks("tongliang-14th");
        long maternal = Demo.id("tongliang-14th", "孕产妇死亡率");
        List<JsonNode> met = of(checks, "TARGET_MET_AT_BASELINE", maternal);
        assertEquals(1, met.size(), checks.toString());
        JsonNode c = met.get(0);
        assertEquals("3", c.get("seq").asText());
        assertEquals("孕产妇死亡率", c.get("name").asText());
        assertTrue(c.get("message").asText().contains("孕产妇死亡率") && c.get("message").asText().contains("≤10"), c.toString());
        // the other looser-than-actual target the data notes: 老年医学科 66.67 → ≥60
        assertEquals(1, of(checks, "TARGET_MET_AT_BASELINE", Demo.id("tongliang-14th", "二级以上综合性医院设置老年医学科的比例")).size());
        // life expectancy 78.47 → 79.3 is a real target
        assertTrue(of(checks, "TARGET_MET_AT_BASELINE", Demo.id("tongliang-14th", "人均预期寿命")).isEmpty());
        // 健康预期寿命 and 15岁以上人群吸烟率 print — as baseline
        assertEquals(1, of(checks, "MISSING_BASELINE", Demo.id("tongliang-14th", "健康预期寿命")).size());
        assertEquals(1, of(checks, "MISSING_BASELINE", Demo.id("tongliang-14th", "15岁以上人群吸烟率")).size());
        // every demo row is linked, so every direction is known
        assertTrue(checks.stream().noneMatch(x -> x.get("code").asText().equals("DIRECTION_UNKNOWN")), checks.toString());
    }

    @Test
    void upperTargetsUnitsAndUnknownDirections() {
        Demo.putPlan("tongliang-14th", "checks-14th");
        String rows = """
                [{"seq": "1", "name": "人均预期寿命", "unit": "岁", "baseline": {"raw": "78.47"}, "target": {"raw": "79.3"},
                  "upperTargets": [{"scope": "2025年市级目标", "raw": "≥79.5"}]},
                 {"seq": "2", "name": "婴儿死亡率", "unit": "‰", "baseline": {"raw": "2.92"}, "target": {"raw": "≤3.5"},
                  "upperTargets": [{"scope": "2025年市级目标", "raw": "≤4"}]},
                 {"seq": "3", "name": "孕产妇死亡率", "unit": "/10万", "baseline": {"raw": "8"}, "target": {"raw": "≤10"},
                  "upperTargets": [{"scope": "2025年市级目标", "raw": "≤9"}]},
                 {"seq": "4", "name": "每千人口执业（助理）医师数", "unit": "名", "baseline": {"raw": "2.85"}, "target": {"raw": "3.6"}},
                 {"seq": "5", "name": "社区文明指数", "unit": "分", "baseline": {"raw": "—"}, "target": {"raw": "明显提高"}}]""";
        given().contentType(ContentType.JSON).body(rows)
                .when().post("/api/v1/plans/checks-14th/indicators/import?mode=replace").then().statusCode(200);
        List<JsonNode> checks = checks("checks-14th");
        long le = Demo.id("checks-14th", "人均预期寿命");
        long infant = Demo.id("checks-14th", "婴儿死亡率");
        long maternal = Demo.id("checks-14th", "孕产妇死亡率");
        long doctors = Demo.id("checks-14th", "每千人口执业（助理）医师数");
        long custom = Demo.id("checks-14th", "社区文明指数");

        // 79.3 against a city target of ≥79.5: weaker; ≤3.5 against ≤4: stricter, fine; ≤10 against ≤9: weaker
        List<JsonNode> weakLe = of(checks, "WEAKER_THAN_UPPER_TARGET", le);
        assertEquals(1, weakLe.size(), checks.toString());
        assertTrue(weakLe.get(0).get("message").asText().contains("2025年市级目标"));
        assertTrue(of(checks, "WEAKER_THAN_UPPER_TARGET", infant).isEmpty());
        assertEquals(1, of(checks, "WEAKER_THAN_UPPER_TARGET", maternal).size());
        // the definition counts doctors in 人
        List<JsonNode> unit = of(checks, "UNIT_DIFFERS_FROM_DEFINITION", doctors);
        assertEquals(1, unit.size());
        assertTrue(unit.get(0).get("message").asText().contains("名"));
        assertTrue(of(checks, "UNIT_DIFFERS_FROM_DEFINITION", le).isEmpty());
        // no definition and nothing to infer from
        assertEquals(1, of(checks, "DIRECTION_UNKNOWN", custom).size());
        assertFalse(of(checks, "DIRECTION_UNKNOWN", le).size() > 0);
        assertEquals(1, of(checks, "MISSING_BASELINE", custom).size());
        checks.forEach(c -> assertTrue(c.get("severity").isTextual() && c.get("message").asText().startsWith("Row "), c.toString()));

        given().when().get("/api/v1/plans/nope-14th/checks").then().statusCode(404);
    }
}
