package org.healthplanning.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.healthplanning.platform.testing.PostgresResource;
import org.junit.jupiter.api.BeforeEach;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class PlanIndicatorResourceTest {
    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }


    private static long add(String plan, String json) {
        return given().contentType(ContentType.JSON).body(json).when().post("/api/v1/plans/" + plan + "/indicators")
                .then().log().ifValidationFails().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void rawCellsAreParsedAndKeptByteForByte() {
        Demo.putPlan("tongliang-14th", "parse-14th");
        String[][] cases = {
                // raw, comparator, value
                {"≤10", "<=", "10"}, {"≥93.5", ">=", "93.5"}, {"＜20", "<", "20"}, {"≥75%", ">=", "75"},
                {"1:1.12", "=", "1.12"}, {"79.3", "=", "79.3"}, {"同比例提高", "qualitative", null},
                {"国家下达", "qualitative", null}, {"明显下降", "qualitative", null}, {"全覆盖", "qualitative", null},
                {"—", null, null}, {"-", null, null}, {"", null, null}, {" ≥ 60 ", ">=", "60"}};
        for (String[] c : cases) {
            String body = "{\"name\": \"测试指标\", \"target\": {\"raw\": \"" + c[0] + "\"}}";
            long id = add("parse-14th", body);
            JsonNode row = Demo.tree(given().when().get("/api/v1/plans/parse-14th/indicators/" + id).then().statusCode(200)
                    .extract().asString());
            JsonNode t = row.get("target");
            assertEquals(c[0], t.get("raw").asText(), "raw kept for " + c[0]);
            assertEquals(c[1], t.get("comparator").isNull() ? null : t.get("comparator").asText(), c[0]);
            assertEquals(c[2], t.get("value").isNull() ? null : t.get("value").decimalValue().toPlainString(), c[0]);
            assertEquals(2025, t.get("year").asInt(), "target year defaults to the plan's");
        }
        // a client may send only the number: the raw text is written for it
        long id = add("parse-14th", "{\"name\": \"婴儿死亡率\", \"baseline\": {\"value\": 2.92}, \"target\": {\"comparator\": \"<=\", \"value\": 3.5}}");
        given().when().get("/api/v1/plans/parse-14th/indicators/" + id).then().statusCode(200)
                .body("baseline.raw", equalTo("2.92")).body("baseline.year", equalTo(2020))
                .body("target.raw", equalTo("≤3.5")).body("definitionCode", equalTo("INFANT_MORTALITY"))
                .body("direction", equalTo("DECREASE"));
    }

    @Test
    void createReadReplacePatchDeleteInTableOrder() {
        Demo.putPlan("yuzhong-14th", "crud-ind-14th");
        String p = "/api/v1/plans/crud-ind-14th/indicators";
        given().contentType(ContentType.JSON)
                .body("{\"seq\": \"1\", \"name\": \"人口平均预期寿命\", \"unit\": \"岁\", \"baseline\": {\"raw\": \"80.78\"}, \"target\": {\"raw\": \"81\"}}")
                .when().post(p)
                .then().statusCode(201).header("Location", containsString(p + "/")).header("ETag", "\"0\"")
                .body("position", equalTo(1)).body("definitionCode", equalTo("LIFE_EXPECTANCY"))
                .body("target.effectiveComparator", equalTo(">=")).body("nature", nullValue());
        long second = add("crud-ind-14th", "{\"seq\": \"3\", \"name\": \"婴儿死亡率\", \"target\": {\"raw\": \"≤3\"}}");
        long inserted = add("crud-ind-14th", "{\"position\": 2, \"seq\": \"2\", \"name\": \"孕产妇死亡率\", \"target\": {\"raw\": \"≤10\"}}");
        given().when().get(p).then().statusCode(200).body("items.seq", equalTo(List.of("1", "2", "3")))
                .body("items.position", equalTo(List.of(1, 2, 3)));
        given().when().get(p + "?sort=-seq&size=2").then().statusCode(200).body("items.seq", equalTo(List.of("3", "2")))
                .body("total", equalTo(3));

        String replacement = "{\"seq\": \"3\", \"name\": \"婴儿死亡率\", \"unit\": \"‰\", \"baseline\": {\"raw\": \"1.28\"}, \"target\": {\"raw\": \"≤3\"}, \"nature\": \"约束性\"}";
        given().contentType(ContentType.JSON).header("If-Match", "\"5\"").body(replacement).when().put(p + "/" + second)
                .then().statusCode(412).contentType("application/problem+json");
        given().when().get(p + "/" + second).then().body("baseline.raw", nullValue()).body("version", equalTo(0));
        given().contentType(ContentType.JSON).body(replacement.replace("{", "{\"version\": 4, ")).when().put(p + "/" + second)
                .then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(replacement).when().put(p + "/" + second)
                .then().statusCode(200).header("ETag", "\"1\"").body("nature", equalTo("BINDING")).body("baseline.value", equalTo(1.28f));

        given().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"1\"")
                .body("{\"target\": {\"raw\": \"≤2.5\"}, \"remarks\": \"创新指标\"}")
                .when().patch(p + "/" + second)
                .then().log().ifValidationFails().statusCode(200).body("target.raw", equalTo("≤2.5")).body("target.value", equalTo(2.5f))
                .body("remarks", equalTo("创新指标")).body("nature", equalTo("BINDING")).body("baseline.raw", equalTo("1.28"))
                .body("version", equalTo(2));
        given().contentType("application/merge-patch+json; charset=UTF-8").body("{\"target\": {\"raw\": \"≤2.5\", \"value\": 3}}")
                .when().patch(p + "/" + second).then().statusCode(400).body("errors[0].field", equalTo("target.value"));

        given().header("If-Match", "\"0\"").when().delete(p + "/" + inserted).then().statusCode(204);
        given().when().get(p + "/" + inserted).then().statusCode(404);
        given().when().get(p).then().body("items.seq", equalTo(List.of("1", "3")));
    }

    @Test
    void monitoringValuesUpsertListDeleteAndRoundTrip() {
        Demo.loadPlan("tongliang-14th", "values-14th");
        long le = Demo.id("values-14th", "人均预期寿命");
        long infant = Demo.id("values-14th", "婴儿死亡率");
        String v = "/api/v1/plans/values-14th/indicators/" + le + "/values";
        given().contentType(ContentType.JSON).body("{\"raw\": \"78.90\", \"status\": \"PROVISIONAL\", \"source\": \"快报\"}")
                .when().put(v + "/2022")
                .then().statusCode(201).header("Location", endsWith(v + "/2022")).header("ETag", "\"0\"")
                .body("value", equalTo(78.90f)).body("raw", equalTo("78.90")).body("year", equalTo(2022));
        given().contentType(ContentType.JSON).body("{\"value\": 78.95, \"status\": \"FINAL\", \"source\": \"统计年鉴\"}")
                .when().put(v + "/2022").then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("FINAL"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"value\": 1}")
                .when().put(v + "/2022").then().statusCode(412);
        given().contentType(ContentType.JSON).body("{\"year\": 2021, \"value\": 1}")
                .when().put(v + "/2022").then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().when().get(v + "/2022").then().statusCode(200).body("value", equalTo(78.95f));

        String rows = "[{\"indicatorId\": %d, \"year\": 2021, \"value\": 78.6, \"status\": \"FINAL\", \"source\": \"年鉴\"},".formatted(le)
                + "{\"indicatorId\": %d, \"year\": 2023, \"value\": 79.0},".formatted(le)
                + "{\"indicatorId\": %d, \"year\": 2023, \"raw\": \"3.10\", \"note\": \"含流动人口\"}]".formatted(infant);
        given().contentType(ContentType.JSON).body(rows).when().post("/api/v1/plans/values-14th/values/import?dryRun=true")
                .then().statusCode(200).body("imported", equalTo(3)).body("dryRun", equalTo(true));
        given().when().get(v).then().body("total", equalTo(1));
        given().contentType(ContentType.JSON).body(rows).when().post("/api/v1/plans/values-14th/values/import")
                .then().statusCode(200).body("imported", equalTo(3));
        given().when().get(v).then().statusCode(200).body("total", equalTo(3)).body("items.year", equalTo(List.of(2021, 2022, 2023)));

        String csv = given().when().get("/api/v1/plans/values-14th/values/export").then().statusCode(200).extract().asString();
        List<JsonNode> before = List.of(Demo.tree(given().get(v).asString()).get("items"),
                Demo.tree(given().get("/api/v1/plans/values-14th/indicators/" + infant + "/values").asString()).get("items"));
        given().contentType("text/csv; charset=UTF-8").body(csv).when().post("/api/v1/plans/values-14th/values/import?mode=replace")
                .then().statusCode(200).body("imported", equalTo(4));
        List<JsonNode> after = List.of(Demo.tree(given().get(v).asString()).get("items"),
                Demo.tree(given().get("/api/v1/plans/values-14th/indicators/" + infant + "/values").asString()).get("items"));
        assertEquals(strip(before), strip(after));

        given().when().delete(v + "/2021").then().statusCode(204);
        given().when().get(v + "/2021").then().statusCode(404);
        given().when().delete(v + "/2021").then().statusCode(404);
    }

    @Test
    void aValuesYearLiesBetweenThePlansBaselineAndTargetYear() {
        Demo.loadPlan("tongliang-14th", "years-14th");
        long le = Demo.id("years-14th", "人均预期寿命");
        String v = "/api/v1/plans/years-14th/indicators/" + le + "/values";
        given().contentType(ContentType.JSON).body("{\"value\": 78.5}")
                .when().put(v + "/1990")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("2020"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("2025"));
        given().contentType(ContentType.JSON).body("{\"value\": 79.4}").when().put(v + "/2026").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        given().contentType(ContentType.JSON).body("{\"value\": 78.47}").when().put(v + "/2020").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"value\": 79.3}").when().put(v + "/2025").then().statusCode(201);

        String rows = "[{\"indicatorId\": %d, \"year\": 2022, \"value\": 78.8},".formatted(le)
                + "{\"indicatorId\": %d, \"year\": 1990, \"value\": 70}]".formatted(le);
        given().contentType(ContentType.JSON).body(rows).when().post("/api/v1/plans/years-14th/values/import")
                .then().statusCode(400).body("errors[0].row", equalTo(2)).body("errors[0].field", equalTo("year"));
        given().when().get(v).then().statusCode(200).body("total", equalTo(2)).body("items.year", equalTo(List.of(2020, 2025)));
    }

    private static String strip(List<JsonNode> lists) {
        // a replacing import writes the values anew: their version and times start again
        return lists.toString().replaceAll("\"version\":\\d+", "").replaceAll("\"(createdAt|updatedAt)\":\"[^\"]*\"", "");
    }

    @Test
    void deletingAPlanDeletesItsRowsAndValues() {
        Demo.loadPlan("yuzhong-14th", "gone-14th");
        long le = Demo.id("gone-14th", "人口平均预期寿命");
        given().contentType(ContentType.JSON).body("{\"value\": 80.9}")
                .put("/api/v1/plans/gone-14th/indicators/" + le + "/values/2022").then().statusCode(201);
        given().when().delete("/api/v1/plans/gone-14th").then().statusCode(204);
        given().when().get("/api/v1/plans/gone-14th/indicators").then().statusCode(404);
        given().when().get("/api/v1/plans/gone-14th/indicators/" + le + "/values").then().statusCode(404);
        Demo.putPlan("yuzhong-14th", "gone-14th");
        given().when().get("/api/v1/plans/gone-14th/indicators").then().statusCode(200).body("total", equalTo(0));
        given().when().get("/api/v1/indicator-definitions/LIFE_EXPECTANCY/comparison").then().statusCode(200)
                .body("planCode", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("gone-14th")));
    }
}
