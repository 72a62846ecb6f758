package org.healthplanning.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import org.healthplanning.platform.testing.PostgresResource;
import org.junit.jupiter.api.BeforeEach;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** A large table and six thousand values (every row, baseline to target year) go through the bulk imports and page back completely. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class BulkImportTest {
    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    static final int ROWS = 1000;
    /** The plan's baseline year 2020 to its target year 2025: values lie within the plan's years. */
    static final int YEARS = 6;

    @Test
    void thousandRowsAndSixThousandValues() {
        String plan = "bulk-14th";
        Demo.putPlan("tongliang-14th", plan);
        ArrayNode rows = Demo.JSON.createArrayNode();
        for (int i = 1; i <= ROWS; i++) {
            ObjectNode r = rows.addObject().put("seq", Integer.toString(i)).put("name", "批量指标" + i).put("unit", "%")
                    .put("nature", i % 3 == 0 ? "BINDING" : "EXPECTED");
            r.putObject("baseline").put("raw", "50");
            r.putObject("target").put("raw", "≥60");
        }
        long t0 = System.nanoTime();
        given().contentType(ContentType.JSON).body(rows.toString()).when().post("/api/v1/plans/" + plan + "/indicators/import?mode=replace")
                .then().statusCode(200).body("imported", equalTo(ROWS));
        System.out.printf("indicator rows: %d imported at %.0f rows/s%n", ROWS, ROWS / ((System.nanoTime() - t0) / 1e9));

        List<Long> ids = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonNode body = Demo.tree(given().when().get("/api/v1/plans/" + plan + "/indicators?size=500&page=" + page)
                    .then().statusCode(200).body("total", equalTo(ROWS)).extract().asString());
            body.get("items").forEach(r -> ids.add(r.get("id").asLong()));
        }
        assertEquals(ROWS, ids.size());
        assertEquals(ROWS, ids.stream().distinct().count());

        // row i gets 50 + (year − 2020) × 2: from 2025 on it is at or above 60 (achieved)
        ArrayNode values = Demo.JSON.createArrayNode();
        for (long id : ids) {
            for (int year = 2020; year < 2020 + YEARS; year++) {
                values.addObject().put("indicatorId", id).put("year", year).put("value", 50 + (year - 2020) * 2)
                        .put("status", "FINAL").put("source", "SYNTHETIC");
            }
        }
        t0 = System.nanoTime();
        given().contentType(ContentType.JSON).body(values.toString()).when().post("/api/v1/plans/" + plan + "/values/import")
                .then().statusCode(200).body("imported", equalTo(ROWS * YEARS));
        System.out.printf("monitoring values: %d imported at %.0f rows/s%n", ROWS * YEARS, ROWS * YEARS / ((System.nanoTime() - t0) / 1e9));
        t0 = System.nanoTime();
        given().contentType(ContentType.JSON).body(values.toString()).when().post("/api/v1/plans/" + plan + "/values/import")
                .then().statusCode(200).body("imported", equalTo(ROWS * YEARS));
        System.out.printf("monitoring values again (all replaced in place): %.0f rows/s%n", ROWS * YEARS / ((System.nanoTime() - t0) / 1e9));

        given().when().get("/api/v1/plans/" + plan + "/indicators/" + ids.get(ROWS - 1) + "/values").then().statusCode(200)
                .body("total", equalTo(YEARS)).body("items[5].year", equalTo(2025)).body("items[5].value", equalTo(60));
        // 2025: every row reaches 60; 2023: 56 against a trajectory of 56 → on track
        given().when().get("/api/v1/plans/" + plan + "/evaluation?year=2025").then().statusCode(200)
                .body("summary.ACHIEVED", equalTo(ROWS));
        given().when().get("/api/v1/plans/" + plan + "/evaluation?year=2023").then().statusCode(200)
                .body("summary.ON_TRACK", equalTo(ROWS)).body("bindingBehind.size()", equalTo(0));
    }
}
