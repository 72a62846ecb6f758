package org.healthplanning.facility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import org.healthplanning.platform.testing.PostgresResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.healthplanning.platform.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class StandardResourceTest {
    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    @Test
    void standardCrudKeepsDecimalsAndVersions() {
        given().contentType(ContentType.JSON).body("""
                {"code": "S1-nurses", "metric": "registeredNursesPer1000", "comparator": ">=", "value": 19.75,
                 "valueRaw": "19.75", "scope": "CITY", "regionCode": "S1-CITY", "year": 2025, "source": "注册护士19.75人以上"}""")
                .when().post("/api/v1/standards")
                .then().statusCode(201).header("Location", endsWith("/api/v1/standards/S1-nurses")).header("ETag", "\"0\"");
        given().config(RatioResourceTest.DECIMALS).when().get("/api/v1/standards/S1-nurses")
                .then().statusCode(200).body("value", equalTo(new BigDecimal("19.75"))).body("scope", equalTo("CITY"));
        given().contentType(ContentType.JSON).body("{\"code\": \"S1-nurses\", \"metric\": \"x\", \"comparator\": \"=\", \"value\": 1, \"scope\": \"NATIONAL\"}")
                .when().post("/api/v1/standards").then().statusCode(409);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("""
                {"metric": "registeredNursesPer1000", "comparator": ">=", "value": 20.1, "scope": "CITY", "regionCode": "S1-CITY", "year": 2025}""")
                .when().put("/api/v1/standards/S1-nurses").then().statusCode(200).header("ETag", "\"1\"");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("""
                {"metric": "registeredNursesPer1000", "comparator": ">=", "value": 1, "scope": "CITY", "regionCode": "S1-CITY"}""")
                .when().put("/api/v1/standards/S1-nurses").then().statusCode(412);
        given().config(RatioResourceTest.DECIMALS).when().get("/api/v1/standards?metric=registeredNursesPer1000&scope=CITY")
                .then().statusCode(200).body("items.code", hasItem("S1-nurses"));
        given().header("If-Match", "\"1\"").when().delete("/api/v1/standards/S1-nurses").then().statusCode(204);
        given().when().get("/api/v1/standards/S1-nurses").then().statusCode(404);
    }

    @Test
    void invalidStandardsAre400NamingTheFieldAndWriteNothing() {
        given().contentType(ContentType.JSON).body("""
                {"metric": "bedsPer1000", "comparator": "~~", "value": 6, "scope": "PLAN", "regionCode": "X"}""")
                .when().put("/api/v1/standards/S2-bad").then().statusCode(400).body("errors.field", hasItem("comparator"));
        given().contentType(ContentType.JSON).body("""
                {"metric": "bedsPer1000", "comparator": ">=", "value": 6, "scope": "GALACTIC"}""")
                .when().put("/api/v1/standards/S2-bad").then().statusCode(400).body("errors.field", hasItem("scope"));
        given().contentType(ContentType.JSON).body("""
                {"metric": "bedsPer1000", "comparator": ">=", "scope": "NATIONAL"}""")
                .when().put("/api/v1/standards/S2-bad").then().statusCode(400).body("errors.field", hasItem("value"));
        given().contentType(ContentType.JSON).body("""
                {"metric": "bedsPer1000", "comparator": "between", "value": 3, "valueMax": 2, "scope": "NATIONAL"}""")
                .when().put("/api/v1/standards/S2-bad").then().statusCode(400).body("errors.field", hasItem("valueMax"));
        given().contentType(ContentType.JSON).body("""
                {"metric": "bedsPer1000", "comparator": ">=", "value": 6, "scope": "PLAN"}""")
                .when().put("/api/v1/standards/S2-bad").then().statusCode(400).body("errors.field", hasItem("regionCode"));
        given().contentType(ContentType.JSON).body("""
                {"metric": "bedsPer1000", "comparator": ">=", "value": "six", "scope": "NATIONAL"}""")
                .when().put("/api/v1/standards/S2-bad").then().statusCode(400).body("errors.field", hasItem("value"));
        given().when().get("/api/v1/standards/S2-bad").then().statusCode(404);
        given().when().get("/api/v1/standards?sort=colour").then().statusCode(400).body("errors.field", hasItem("sort"));
    }

    @Test
    void gapsUseStandardsOfTheRegionAndItsAncestorsForTheTargetYear() {
        Fixtures.region("S3-CITY", "标准市", "CITY", null);
        Fixtures.region("S3-D", "标准区", "DISTRICT", "S3-CITY");
        Fixtures.region("S3-OTHER", "他区", "DISTRICT", "S3-CITY");
        Fixtures.population("S3-D", 2030, 500_000, true);
        Fixtures.facility("S3-H", "S3-D", "GENERAL_HOSPITAL", null);
        Fixtures.resources("S3-H", 2024, "{\"beds\": 2500, \"licensedDoctors\": 1000, \"registeredNurses\": 1000, \"ambulances\": 10}");
        given().contentType(ContentType.JSON).body("""
                {"metric": "bedsPer1000", "comparator": ">=", "value": 6, "scope": "CITY", "regionCode": "S3-CITY", "year": 2030}""")
                .when().put("/api/v1/standards/S3-city-beds").then().statusCode(201);
        given().contentType(ContentType.JSON).body("""
                {"metric": "ambulancesPer30000", "comparator": ">=", "value": 1, "scope": "PLAN", "regionCode": "S3-D"}""")
                .when().put("/api/v1/standards/S3-ambulance").then().statusCode(201);
        given().contentType(ContentType.JSON).body("""
                {"metric": "doctorNurseRatio", "comparator": ">=", "value": 1.25, "scope": "PLAN", "regionCode": "S3-D", "year": 2030}""")
                .when().put("/api/v1/standards/S3-nurse-ratio").then().statusCode(201);
        given().contentType(ContentType.JSON).body("""
                {"metric": "bedsPer1000", "comparator": ">=", "value": 9, "scope": "PLAN", "regionCode": "S3-OTHER", "year": 2030}""")
                .when().put("/api/v1/standards/S3-other-beds").then().statusCode(201);
        given().contentType(ContentType.JSON).body("""
                {"metric": "bedsPer1000", "comparator": ">=", "value": 7, "scope": "CITY", "regionCode": "S3-CITY", "year": 2025}""")
                .when().put("/api/v1/standards/S3-city-beds-2025").then().statusCode(201);

        given().when().get("/api/v1/regions/S3-D/gaps?targetYear=2030")
                .then().statusCode(200)
                .body("standardCode", contains("S3-ambulance", "S3-city-beds", "S3-nurse-ratio"))
                .body("standardCode", not(hasItem("S3-other-beds")))
                // 1 per 30 000 of 500 000 = 16.67 -> 17 ambulances, 10 now
                .body("[0].requiredCount", equalTo(17)).body("[0].gap", equalTo(7)).body("[0].currentYear", equalTo(2024))
                // 6 per 1000 of 500 000 = 3000 beds, 2500 now
                .body("[1].requiredCount", equalTo(3000)).body("[1].gap", equalTo(500)).body("[1].scope", equalTo("CITY"))
                // 1:1.25 of 1000 doctors = 1250 nurses, 1000 now
                .body("[2].requiredCount", equalTo(1250)).body("[2].gap", equalTo(250));
    }
}
