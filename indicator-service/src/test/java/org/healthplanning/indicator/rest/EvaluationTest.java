package org.healthplanning.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import org.healthplanning.platform.testing.PostgresResource;
import org.junit.jupiter.api.BeforeEach;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The worked evaluation of DOMAIN.md §1 on the Tongliang table. Expected numbers are worked out
 * by hand from the published baseline and target: 人均预期寿命 78.47 (2020) → 79.3 (2025), so the
 * 2023 trajectory is 78.47 + 0.83 × 3/5 = 78.968, and 79.0 is (79.0 − 78.47) / 0.83 = 63.855…% → 63.86.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class EvaluationTest {
    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }


    private static void value(String plan, long id, int year, String value) {
        given().contentType(ContentType.JSON).body("{\"value\": " + value + ", \"status\": \"FINAL\", \"source\": \"统计年鉴\"}")
                .when().put("/api/v1/plans/" + plan + "/indicators/" + id + "/values/" + year)
                .then().log().ifValidationFails().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
    }

    private static JsonNode evaluation(String plan, String query) {
        return Demo.tree(given().when().get("/api/v1/plans/" + plan + "/evaluation" + query)
                .then().log().ifValidationFails().statusCode(200).extract().asString());
    }

    private static JsonNode item(JsonNode evaluation, long id) {
        for (JsonNode i : evaluation.get("indicators")) {
            if (i.get("id").asLong() == id) {
                return i;
            }
        }
        throw new AssertionError("indicator " + id + " not evaluated");
    }

    private static void assertNumber(String expected, JsonNode actual) {
        assertTrue(actual != null && actual.isNumber(), "not a number: " + actual);
        assertEquals(0, new BigDecimal(expected).compareTo(actual.decimalValue()), expected + " vs " + actual);
    }

    @Test
    void lifeExpectancyBehindOnTrackAchieved() {
        String plan = "eval-le-14th";
        Demo.loadPlan("tongliang-14th", plan);
        long le = Demo.id(plan, "人均预期寿命");

        value(plan, le, 2023, "78.9");
        JsonNode i = item(evaluation(plan, "?year=2023"), le);
        assertEquals("BEHIND", i.get("status").asText());
        assertNumber("78.968", i.get("expected"));
        assertEquals("78.9680", i.get("expected").decimalValue().toPlainString(), "expected has 4 decimals");
        assertNumber("51.81", i.get("progressPercent"));
        assertEquals(2023, i.get("actual").get("year").asInt());
        assertNumber("78.9", i.get("actual").get("value"));
        assertEquals("INCREASE", i.get("direction").asText());
        assertEquals("LIFE_EXPECTANCY", i.get("definitionCode").asText());
        assertTrue(i.get("resourceMetric").isNull(), "life expectancy is no resource ratio");
        JsonNode doctors = item(evaluation(plan, "?year=2023"), Demo.id(plan, "每千人口执业（助理）医师数"));
        assertEquals("LICENSED_DOCTORS_PER_1000", doctors.get("definitionCode").asText());
        assertEquals("licensedDoctorsPer1000", doctors.get("resourceMetric").asText(), "the definition's ratio, for the overview's consistency");

        value(plan, le, 2023, "79.0");
        i = item(evaluation(plan, "?year=2023"), le);
        assertEquals("ON_TRACK", i.get("status").asText());
        assertEquals("63.86", i.get("progressPercent").decimalValue().toPlainString());
        assertNumber("78.968", i.get("expected"));

        value(plan, le, 2023, "79.3");
        i = item(evaluation(plan, "?year=2023"), le);
        assertEquals("ACHIEVED", i.get("status").asText());
        assertNumber("100", i.get("progressPercent"));
    }

    @Test
    void otherStatusesSummaryAndBindingAlerts() {
        String plan = "eval-all-14th";
        Demo.loadPlan("tongliang-14th", plan);
        long le = Demo.id(plan, "人均预期寿命");
        long infant = Demo.id(plan, "婴儿死亡率");
        long hle = Demo.id(plan, "健康预期寿命");
        long maternal = Demo.id(plan, "孕产妇死亡率");
        long doctors = Demo.id(plan, "每千人口执业（助理）医师数");
        long energy = Demo.id(plan, "万元收入能耗支出");

        value(plan, le, 2023, "79.0");          // ON_TRACK
        value(plan, infant, 2023, "3.1");       // ≤3.5 → ACHIEVED
        value(plan, hle, 2023, "70.2");         // target 同比例提高 → NOT_EVALUABLE even with a value
        value(plan, doctors, 2023, "2.9");      // binding, 2.85 → 3.6: trajectory 3.30 → BEHIND
        value(plan, energy, 2022, "94.5");      // bare 95 on a downward indicator means ≤95 → ACHIEVED, carried to 2023

        JsonNode e = evaluation(plan, "?year=2023");
        assertEquals(plan, e.get("planCode").asText());
        assertEquals(2023, e.get("year").asInt());
        assertEquals("ACHIEVED", item(e, infant).get("status").asText());
        assertEquals("NOT_EVALUABLE", item(e, hle).get("status").asText());
        assertEquals("NO_DATA", item(e, maternal).get("status").asText());
        assertTrue(item(e, maternal).get("actual").isNull());
        JsonNode d = item(e, doctors);
        assertEquals("BEHIND", d.get("status").asText());
        assertEquals("BINDING", d.get("nature").asText());
        assertNumber("3.3", d.get("expected"));
        JsonNode en = item(e, energy);
        assertEquals("ACHIEVED", en.get("status").asText());
        assertEquals(2022, en.get("actual").get("year").asInt());
        assertEquals("<=", en.get("target").get("effectiveComparator").asText());

        assertEquals(1, e.get("bindingBehind").size());
        assertEquals(doctors, e.get("bindingBehind").get(0).asLong());
        // 25 rows: LE on track; infant and energy achieved; doctors behind;
        // 健康预期寿命 (同比例提高) and 地表水 (国家下达) not evaluable; the other 19 have no value
        JsonNode s = e.get("summary");
        assertEquals(2, s.get("ACHIEVED").asInt());
        assertEquals(1, s.get("ON_TRACK").asInt());
        assertEquals(1, s.get("BEHIND").asInt());
        assertEquals(2, s.get("NOT_EVALUABLE").asInt());
        assertEquals(19, s.get("NO_DATA").asInt());

        // without ?year the latest year with any value is used
        given().when().get("/api/v1/plans/" + plan + "/evaluation").then().statusCode(200)
                .body("year", equalTo(2023)).body("bindingBehind", contains((int) doctors));
        // only values of exactly the year: the 2022 energy value no longer counts
        assertEquals("NO_DATA", item(evaluation(plan, "?year=2023&exactYear=true"), energy).get("status").asText());
        // before any value: everything without a value is NO_DATA, and nothing is an alert
        given().when().get("/api/v1/plans/" + plan + "/evaluation?year=2021").then().statusCode(200)
                .body("summary.NO_DATA", equalTo(23)).body("bindingBehind.size()", equalTo(0));

        // the doctors catch up: no longer an alert
        value(plan, doctors, 2023, "3.4");
        given().when().get("/api/v1/plans/" + plan + "/evaluation?year=2023").then().statusCode(200)
                .body("bindingBehind", not(hasItem((int) doctors))).body("summary.ON_TRACK", equalTo(2));
    }

    @Test
    void missingBaselineWhereATrajectoryIsNeededIsNotEvaluable() {
        String plan = "eval-nb-14th";
        Demo.loadPlan("tongliang-14th", plan);
        long smoking = Demo.id(plan, "15岁以上人群吸烟率"); // baseline —, target ≤22
        value(plan, smoking, 2023, "23");
        JsonNode i = item(evaluation(plan, "?year=2023"), smoking);
        assertEquals("NOT_EVALUABLE", i.get("status").asText());
        assertEquals("NO_BASELINE", i.get("notEvaluableReason").asText());
        assertTrue(i.get("progressPercent").isNull());
        value(plan, smoking, 2023, "21.5");
        assertEquals("ACHIEVED", item(evaluation(plan, "?year=2023"), smoking).get("status").asText());
    }

    /**
     * Rows as other plans print them, none linked to the catalogue: a bare number with no baseline is
     * judged by the direction its name tells, or by equality where nothing tells it.
     */
    @Test
    void rowsWithoutBaselineOrDefinitionAreJudgedWhereTheirDirectionIsKnown() {
        String plan = "eval-edge-14th";
        Demo.putPlan("tongliang-14th", plan);
        String row = """
                {"category": "医疗服务", "seq": "%s", "name": "%s", "unit": "%s", "subItem": null,
                 "baseline": {"year": 2020, "raw": "—", "value": null},
                 "target": {"year": 2025, "raw": "%s", "comparator": "%s", "value": %s},
                 "upperTargets": [], "nature": "EXPECTED", "remarks": null}""";
        given().contentType(ContentType.JSON).body("[" + String.join(",",
                        row.formatted("1", "二级医院平均住院日", "天", "7.8", "=", "7.8"),
                        row.formatted("2", "设置感染性疾病科的二级以上综合医院比例", "%", "100%", "=", "100"),
                        row.formatted("3", "三级医院平均住院日", "天", "≤8", "<=", "8"),
                        row.formatted("4", "区级医院门诊预约时段精确度", "%", "65", "=", "65"),
                        row.formatted("5", "孕产妇死亡率", "/10万", "≤10", "<=", "10").replace(
                                "\"raw\": \"—\", \"value\": null", "\"raw\": \"8\", \"value\": 8")) + "]")
                .when().post("/api/v1/plans/" + plan + "/indicators/import?mode=replace").then().statusCode(200);
        long stay = Demo.id(plan, "二级医院平均住院日");
        long infectious = Demo.id(plan, "设置感染性疾病科的二级以上综合医院比例");
        long tertiaryStay = Demo.id(plan, "三级医院平均住院日");
        long primaryShare = Demo.id(plan, "区级医院门诊预约时段精确度");
        long maternal = Demo.id(plan, "孕产妇死亡率");
        value(plan, stay, 2023, "7.8");
        value(plan, infectious, 2023, "100");
        value(plan, tertiaryStay, 2023, "8.6");
        value(plan, primaryShare, 2023, "60");
        value(plan, maternal, 2023, "9.5");
        JsonNode e = evaluation(plan, "?year=2023");

        JsonNode i = item(e, stay);
        assertEquals("ACHIEVED", i.get("status").asText(), "7.8 天 reported as 7.8");
        assertEquals("DECREASE", i.get("direction").asText());
        assertTrue(java.util.Set.of("NAME_RULE", "CATALOGUE").contains(i.get("directionSource").asText()), "住院日 falls");
        assertTrue(i.get("notEvaluableReason").isNull());

        i = item(e, infectious);
        assertEquals("ACHIEVED", i.get("status").asText(), "100 % reported as 100, no baseline, no direction");

        i = item(e, tertiaryStay);
        assertEquals("NOT_EVALUABLE", i.get("status").asText(), "decreasing, no baseline, above its target in 2023");
        assertEquals("NO_BASELINE", i.get("notEvaluableReason").asText());
        assertEquals("COMPARATOR", i.get("directionSource").asText());
        assertEquals("BEHIND", item(evaluation(plan, "?year=2025"), tertiaryStay).get("status").asText(),
                "in the target year a target not met is behind, trajectory or not");

        i = item(e, primaryShare);
        assertEquals("NOT_EVALUABLE", i.get("status").asText(), "60 against 65, and nothing tells which way is better");
        assertEquals("DIRECTION_UNKNOWN", i.get("notEvaluableReason").asText());
        assertEquals("UNKNOWN", i.get("directionSource").asText());

        i = item(e, maternal);
        assertEquals("ACHIEVED", i.get("status").asText(), "9.5 still meets ≤ 10");
        assertTrue(i.get("worseThanBaseline").asBoolean(), "but it rose from 8");
        assertTrue(i.get("progressPercent").isNull(), "no progress toward a target the baseline already met");
        assertEquals("CATALOGUE", i.get("directionSource").asText());
        assertEquals(3, e.get("summary").get("ACHIEVED").asInt());
        assertEquals(2, e.get("summary").get("NOT_EVALUABLE").asInt());
    }

    @Test
    void badYearsAre400AndUnknownPlan404() {
        Demo.loadPlan("yuzhong-14th", "eval-bad-14th");
        given().when().get("/api/v1/plans/eval-bad-14th/evaluation?year=1800").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("year"));
        given().when().get("/api/v1/plans/eval-bad-14th/evaluation?year=soon").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        given().when().get("/api/v1/plans/nope-14th/evaluation").then().statusCode(404);
        given().when().get("/api/v1/plans/eval-bad-14th/evaluation").then().statusCode(200)
                .body("year", nullValue()).body("summary.NO_DATA", equalTo(20));
    }
}
