package org.healthplanning.facility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.healthplanning.platform.testing.PostgresResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.healthplanning.platform.testing.Tokens;

/** The synthetic benchmark generator, and the recursive aggregation on a tree of a thousand regions. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class SyntheticDataTest {
    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    @Test
    void generatedTreeAggregatesToTheSumOfItsBranchesAndCanBeRemoved() {
        int regions = 1000;
        int facilities = 20000;
        JsonPath made = given().when()
                .post("/api/v1/admin/synthetic-data?regions=" + regions + "&facilities=" + facilities + "&years=5&fromYear=2020")
                .then().statusCode(200)
                .body("synthetic", equalTo(true)).body("regions", equalTo(regions + 1)).body("resourceRows", equalTo(facilities * 5))
                .extract().jsonPath();
        System.out.println("synthetic data: " + made.prettify());

        long started = System.nanoTime();
        JsonPath root = given().when().get("/api/v1/regions/SYNTH/ratios?year=2022").then().statusCode(200)
                .body("facilityCount", equalTo(facilities)).body("basis", equalTo("FACILITIES"))
                .extract().jsonPath();
        long rootMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        given().when().get("/api/v1/regions/SYNTH/ratios?from=2020&to=2024").then().statusCode(200);
        long seriesMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        given().when().get("/api/v1/regions/SYNTH/ratios?year=2023").then().statusCode(200).body("facilityCount", equalTo(facilities));
        long againMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("ratios over %d regions / %d facilities: one year %d ms (first call), %d ms (again), five-year series %d ms%n",
                regions, facilities, rootMillis, againMillis, seriesMillis);

        long beds = 0;
        long doctors = 0;
        int counted = 0;
        for (int i = 1; i <= 10; i++) {
            JsonPath branch = given().when().get("/api/v1/regions/SYNTH-" + i + "/ratios?year=2022").then().statusCode(200).extract().jsonPath();
            beds += branch.getLong("counts.beds");
            doctors += branch.getLong("counts.licensedDoctors");
            counted += branch.getInt("facilityCount");
        }
        assertEquals(facilities, counted);
        assertEquals(root.getLong("counts.beds"), beds);
        assertEquals(root.getLong("counts.licensedDoctors"), doctors);

        given().when().get("/api/v1/regions?parentCode=SYNTH&size=500").then().statusCode(200).body("total", equalTo(10));
        given().when().get("/api/v1/regions/SYNTH-500").then().statusCode(200).body("name", org.hamcrest.Matchers.containsString("synthetic"));
        given().when().post("/api/v1/admin/synthetic-data?regions=0").then().statusCode(400).body("errors.field", hasItem("regions"));
        given().when().post("/api/v1/admin/synthetic-data?years=x").then().statusCode(400).body("errors.field", hasItem("years"));

        given().when().delete("/api/v1/admin/synthetic-data").then().statusCode(204);
        given().when().get("/api/v1/regions/SYNTH").then().statusCode(404);
        given().when().get("/api/v1/facilities/SYNTH-F1").then().statusCode(404);
    }
}
