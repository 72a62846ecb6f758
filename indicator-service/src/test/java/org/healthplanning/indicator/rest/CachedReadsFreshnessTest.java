package org.healthplanning.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.healthplanning.platform.testing.PostgresResource;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Evaluations, row pages and definition pages are answered from memory while nothing they depend
 * on changed: every kind of write (value, row, import, definition, and a write by another
 * instance straight to the database) is seen by the very next read, and ETags follow the same
 * state. Each test reads twice so that the answer is cached before the write.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class CachedReadsFreshnessTest {
    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    private static Response get(String plan, String query) {
        return given().when().get("/api/v1/plans/" + plan + "/evaluation" + query)
                .then().log().ifValidationFails().statusCode(200).extract().response();
    }

    /** The row's evaluation for the year, read twice (the second answer comes from the cache). */
    private static JsonNode item(String plan, long id, String query) {
        JsonNode first = Demo.tree(get(plan, query).asString());
        JsonNode second = Demo.tree(get(plan, query).asString());
        assertEquals(first, second, "a repeated evaluation answers the same");
        for (JsonNode i : second.get("indicators")) {
            if (i.get("id").asLong() == id) {
                return i;
            }
        }
        throw new AssertionError("indicator " + id + " not evaluated");
    }

    private static void value(String plan, long id, int year, String value) {
        given().contentType(ContentType.JSON).body("{\"value\": " + value + ", \"status\": \"FINAL\", \"source\": \"统计年鉴\"}")
                .when().put("/api/v1/plans/" + plan + "/indicators/" + id + "/values/" + year)
                .then().log().ifValidationFails().statusCode(anyOf(equalTo(200), equalTo(201)));
    }

    private static void assertNumber(String expected, JsonNode actual) {
        assertTrue(actual != null && actual.isNumber(), "not a number: " + actual);
        assertEquals(0, new BigDecimal(expected).compareTo(actual.decimalValue()), expected + " vs " + actual);
    }

    @Test
    void valuePutDeleteAndImportAreSeenAtOnce() {
        String plan = "fresh-values-14th";
        Demo.loadPlan("tongliang-14th", plan);
        long le = Demo.id(plan, "人均预期寿命");
        assertEquals("NO_DATA", item(plan, le, "?year=2023").get("status").asText());

        value(plan, le, 2023, "78.9");
        JsonNode i = item(plan, le, "?year=2023");
        assertEquals("BEHIND", i.get("status").asText());
        assertNumber("51.81", i.get("progressPercent"));

        value(plan, le, 2023, "79.0");
        i = item(plan, le, "?year=2023");
        assertEquals("ON_TRACK", i.get("status").asText());
        assertEquals("63.86", i.get("progressPercent").decimalValue().toPlainString());

        // the default year follows the latest value
        assertEquals(2023, Demo.tree(get(plan, "").asString()).get("year").asInt());
        given().contentType(ContentType.JSON).body("[{\"indicatorId\": " + le + ", \"year\": 2024, \"value\": 79.3,"
                        + " \"status\": \"FINAL\", \"source\": \"统计年鉴\"}]")
                .when().post("/api/v1/plans/" + plan + "/values/import").then().statusCode(200).body("imported", equalTo(1));
        assertEquals(2024, Demo.tree(get(plan, "").asString()).get("year").asInt());
        assertEquals("ACHIEVED", item(plan, le, "").get("status").asText());

        given().when().delete("/api/v1/plans/" + plan + "/indicators/" + le + "/values/2023").then().statusCode(204);
        i = item(plan, le, "?year=2023&exactYear=true");
        assertEquals("NO_DATA", i.get("status").asText());
        assertTrue(i.get("actual").isNull());
    }

    @Test
    void rowChangesAndImportsAreSeenAtOnce() {
        String plan = "fresh-rows-14th";
        Demo.loadPlan("tongliang-14th", plan);
        long le = Demo.id(plan, "人均预期寿命");
        value(plan, le, 2023, "79.0");
        assertEquals("ON_TRACK", item(plan, le, "?year=2023").get("status").asText());

        // a higher target: 79.0 is now behind the trajectory 78.47 → 80.47 (79.67 in 2023)
        given().contentType("application/merge-patch+json").body("{\"target\": {\"raw\": \"80.47\"}}")
                .when().patch("/api/v1/plans/" + plan + "/indicators/" + le).then().statusCode(200);
        JsonNode i = item(plan, le, "?year=2023");
        assertEquals("BEHIND", i.get("status").asText());
        assertNumber("80.47", i.get("target").get("value"));
        assertNumber("79.67", i.get("expected"));
        assertNumber("26.50", i.get("progressPercent"));

        // the target year moves to 2023: the trajectory ends there
        given().contentType("application/merge-patch+json").body("{\"target\": {\"year\": 2023}}")
                .when().patch("/api/v1/plans/" + plan + "/indicators/" + le).then().statusCode(200);
        i = item(plan, le, "?year=2023");
        assertNumber("80.47", i.get("expected"));
        assertEquals("BEHIND", i.get("status").asText());

        // deleting the row removes it from the evaluation
        int before = Demo.tree(get(plan, "?year=2023").asString()).get("indicators").size();
        given().when().delete("/api/v1/plans/" + plan + "/indicators/" + le).then().statusCode(204);
        JsonNode e = Demo.tree(get(plan, "?year=2023").asString());
        assertEquals(before - 1, e.get("indicators").size());
        for (JsonNode row : e.get("indicators")) {
            assertNotEquals(le, row.get("id").asLong());
        }

        // re-importing the table (replace) brings the published row back, without a value
        given().contentType(ContentType.JSON).body(Demo.file("api/indicators-tongliang-14th.json"))
                .when().post("/api/v1/plans/" + plan + "/indicators/import?mode=replace").then().statusCode(200);
        long again = Demo.id(plan, "人均预期寿命");
        i = item(plan, again, "?year=2023");
        assertEquals("NO_DATA", i.get("status").asText());
        assertNumber("79.3", i.get("target").get("value"));
        assertEquals(before, Demo.tree(get(plan, "?year=2023").asString()).get("indicators").size());
    }

    /** A definition of its own (the shared catalogue stays untouched) and a row of the plan linked to it by name. */
    private static long linkedRow(String plan, String code, String name) {
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"" + code + "\", \"name\": \"" + name + "\", \"unit\": \"%\", \"direction\": \"INCREASE\"}")
                .when().post("/api/v1/indicator-definitions").then().log().ifValidationFails().statusCode(201);
        long id = given().contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"unit\": \"%\", \"baseline\": {\"raw\": \"10\"}, \"target\": {\"raw\": \"20\"}}")
                .when().post("/api/v1/plans/" + plan + "/indicators").then().log().ifValidationFails().statusCode(201)
                .body("definitionCode", equalTo(code)).extract().jsonPath().getLong("id");
        value(plan, id, 2023, "17");
        return id;
    }

    @Test
    void definitionChangeIsSeenAtOnce() {
        String plan = "fresh-definition-14th";
        Demo.loadPlan("tongliang-14th", plan);
        long row = linkedRow(plan, "FRESHNESS_API", "评价缓存测试指标甲");
        JsonNode i = item(plan, row, "?year=2023");
        assertEquals("INCREASE", i.get("direction").asText());
        assertEquals(">=", i.get("target").get("effectiveComparator").asText());
        assertEquals("ON_TRACK", i.get("status").asText());

        ObjectNode changed = Demo.tree(given().when().get("/api/v1/indicator-definitions/FRESHNESS_API")
                .then().statusCode(200).extract().asString()).deepCopy();
        changed.put("direction", "DECREASE");
        given().contentType(ContentType.JSON).body(changed.toString())
                .when().put("/api/v1/indicator-definitions/FRESHNESS_API").then().statusCode(200);
        i = item(plan, row, "?year=2023");
        assertEquals("DECREASE", i.get("direction").asText());
        assertEquals("<=", i.get("target").get("effectiveComparator").asText());

        given().when().delete("/api/v1/indicator-definitions/FRESHNESS_API").then().statusCode(204);
        // unlinked, the direction is inferred from baseline 10 and target 20 again
        i = item(plan, row, "?year=2023");
        assertEquals("INCREASE", i.get("direction").asText());
    }

    /** Another instance of the service writes to the same database: this one's memory never saw it. */
    @Test
    void writeByAnotherInstanceIsSeenAtOnce() throws Exception {
        String plan = "fresh-other-14th";
        Demo.loadPlan("tongliang-14th", plan);
        long le = Demo.id(plan, "人均预期寿命");
        value(plan, le, 2023, "78.9");
        assertEquals("BEHIND", item(plan, le, "?year=2023").get("status").asText());

        sql("update monitoring_value set value = 79.0 where indicator_id = " + le + " and year = 2023");
        JsonNode i = item(plan, le, "?year=2023");
        assertEquals("ON_TRACK", i.get("status").asText());
        assertEquals("63.86", i.get("progressPercent").decimalValue().toPlainString());

        long row = linkedRow(plan, "FRESHNESS_SQL", "评价缓存测试指标乙");
        assertEquals("INCREASE", item(plan, row, "?year=2023").get("direction").asText());
        sql("update indicator_definition set direction = 'DECREASE' where code = 'FRESHNESS_SQL'");
        assertEquals("DECREASE", item(plan, row, "?year=2023").get("direction").asText());
        sql("delete from plan_indicator where id = " + row);
        for (JsonNode r : Demo.tree(get(plan, "?year=2023").asString()).get("indicators")) {
            assertNotEquals(row, r.get("id").asLong());
        }
    }

    private void sql(String statement) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
            assertEquals(1, ps.executeUpdate(), statement);
        }
    }

    private static JsonNode page(String path) {
        JsonNode first = Demo.tree(given().when().get(path).then().statusCode(200).extract().asString());
        JsonNode second = Demo.tree(given().when().get(path).then().statusCode(200).extract().asString());
        assertEquals(first, second, "a repeated read answers the same");
        return second;
    }

    @Test
    void rowAndDefinitionPagesFollowWrites() throws Exception {
        String plan = "fresh-pages-14th";
        Demo.loadPlan("tongliang-14th", plan);
        String rows = "/api/v1/plans/" + plan + "/indicators?size=500";
        JsonNode before = page(rows);
        long le = Demo.id(plan, "人均预期寿命");
        given().contentType("application/merge-patch+json").body("{\"remarks\": \"reviewed 2024\"}")
                .when().patch("/api/v1/plans/" + plan + "/indicators/" + le).then().statusCode(200);
        JsonNode after = page(rows);
        assertEquals(before.get("total"), after.get("total"));
        assertEquals("reviewed 2024", after.get("items").get(0).get("remarks").asText());
        assertEquals(before.get("items").get(0).get("version").asLong() + 1, after.get("items").get(0).get("version").asLong());

        String definitions = "/api/v1/indicator-definitions?size=500&resourceMetric=freshnessRatio";
        assertEquals(0, page(definitions).get("total").asInt());
        long linked = linkedRow(plan, "FRESHNESS_PAGE", "评价缓存测试指标丙");
        JsonNode linkedRow = page(rows).get("items").get(after.get("total").asInt());
        assertEquals(linked, linkedRow.get("id").asLong());
        assertEquals("INCREASE", linkedRow.get("direction").asText());
        ObjectNode d = Demo.tree(given().when().get("/api/v1/indicator-definitions/FRESHNESS_PAGE")
                .then().statusCode(200).extract().asString()).deepCopy();
        d.put("resourceMetric", "freshnessRatio");
        d.put("direction", "DECREASE");
        given().contentType(ContentType.JSON).body(d.toString()).when().put("/api/v1/indicator-definitions/FRESHNESS_PAGE")
                .then().statusCode(200);
        assertEquals("FRESHNESS_PAGE", page(definitions).get("items").get(0).get("code").asText());
        // the rows show the definition's new direction at once
        assertEquals("DECREASE", page(rows).get("items").get(after.get("total").asInt()).get("direction").asText());
        // another instance deletes the row straight in the database
        sql("delete from plan_indicator where id = " + linked);
        assertEquals(after.get("total").asInt(), page(rows).get("total").asInt());
    }

    @Test
    void etagAnswers304UntilAWrite() {
        String plan = "fresh-etag-14th";
        Demo.loadPlan("tongliang-14th", plan);
        long le = Demo.id(plan, "人均预期寿命");
        String etag = get(plan, "?year=2023").getHeader("ETag");
        assertNotNull(etag, "the evaluation has an ETag");
        assertEquals(etag, get(plan, "?year=2023").getHeader("ETag"));

        given().header("If-None-Match", etag).when().get("/api/v1/plans/" + plan + "/evaluation?year=2023")
                .then().statusCode(304).header("ETag", etag);
        value(plan, le, 2023, "79.0");
        Response changed = given().header("If-None-Match", etag).when().get("/api/v1/plans/" + plan + "/evaluation?year=2023")
                .then().statusCode(200).body("summary.ON_TRACK", equalTo(1)).extract().response();
        assertNotEquals(etag, changed.getHeader("ETag"));
        given().header("If-None-Match", changed.getHeader("ETag")).when().get("/api/v1/plans/" + plan + "/evaluation?year=2023")
                .then().statusCode(304);
        // a refused write (stale If-Match) changes nothing, so the tag still matches
        given().contentType(ContentType.JSON).header("If-Match", "\"999\"")
                .body("{\"value\": 70, \"status\": \"FINAL\"}")
                .when().put("/api/v1/plans/" + plan + "/indicators/" + le + "/values/2023").then().statusCode(412);
        given().header("If-None-Match", changed.getHeader("ETag")).when().get("/api/v1/plans/" + plan + "/evaluation?year=2023")
                .then().statusCode(304);
        given().header("If-None-Match", "\"1.2.3\"").when().get("/api/v1/plans/no-such-plan/evaluation").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
