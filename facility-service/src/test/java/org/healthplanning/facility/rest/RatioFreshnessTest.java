package org.healthplanning.facility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import org.healthplanning.platform.testing.PostgresResource;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Ratios and gaps are cached by data revision: every kind of write must be seen by the very next GET,
 * also a write made by another instance on the same database.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class RatioFreshnessTest {
    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    private static void expectBeds(String region, int facilities, Integer beds, String bedsPer1000) {
        var response = given().config(RatioResourceTest.DECIMALS).when().get("/api/v1/regions/" + region + "/ratios?year=2020")
                .then().statusCode(200).body("facilityCount", equalTo(facilities));
        if (beds == null) {
            response.body("basis", nullValue()).body("counts", nullValue());
        } else {
            response.body("counts.beds", equalTo(beds))
                    .body("ratios.bedsPer1000", bedsPer1000 == null ? nullValue() : equalTo(new BigDecimal(bedsPer1000)));
        }
    }

    @Test
    void everyWriteThatChangesRatiosIsSeenByTheNextGet() {
        Fixtures.region("W1-D", "缓存区", "DISTRICT", null);
        Fixtures.region("W1-E", "邻区", "DISTRICT", null);
        Fixtures.region("W1-T1", "一镇", "TOWN", "W1-D");
        Fixtures.region("W1-V1", "一镇某村", "OTHER", "W1-T1");
        Fixtures.region("W1-T2", "二镇", "TOWN", "W1-D");
        Fixtures.population("W1-D", 2020, 100_000, false);
        Fixtures.facility("W1-F1", "W1-V1", "VILLAGE_CLINIC", null);
        Fixtures.resources("W1-F1", 2020, "{\"beds\": 100}");
        expectBeds("W1-D", 1, 100, "1.00");
        expectBeds("W1-D", 1, 100, "1.00");

        // yearly resources of a facility
        Fixtures.resources("W1-F1", 2020, "{\"beds\": 200}");
        expectBeds("W1-D", 1, 200, "2.00");
        // population
        Fixtures.population("W1-D", 2020, 200_000, false);
        expectBeds("W1-D", 1, 200, "1.00");
        // an import adds a facility in the other town; a dry run changes nothing
        given().contentType(ContentType.JSON).body("""
                [{"code": "W1-F2", "name": "二镇卫生院", "regionCode": "W1-T2", "type": "TOWNSHIP_HEALTH_CENTER",
                  "resources": [{"year": 2020, "beds": 50}]}]""")
                .when().post("/api/v1/facilities/import").then().statusCode(200);
        expectBeds("W1-D", 2, 250, "1.25");
        given().contentType(ContentType.JSON).body("""
                [{"code": "W1-F3", "name": "试算", "regionCode": "W1-T2", "type": "CLINIC", "resources": [{"year": 2020, "beds": 1000}]}]""")
                .when().post("/api/v1/facilities/import?dryRun=true").then().statusCode(200);
        expectBeds("W1-D", 2, 250, "1.25");
        // a facility closed before the year no longer counts
        Fixtures.facility("W1-F2", "W1-T2", "TOWNSHIP_HEALTH_CENTER", 2019);
        expectBeds("W1-D", 1, 200, "1.00");
        // moving a town (with its village) to another district moves its facilities' counts
        Fixtures.region("W1-T1", "一镇", "TOWN", "W1-E");
        expectBeds("W1-D", 0, null, null);
        expectBeds("W1-E", 1, 200, null);
        Fixtures.region("W1-T1", "一镇", "TOWN", "W1-D");
        expectBeds("W1-D", 1, 200, "1.00");
        expectBeds("W1-E", 0, null, null);
        // reported totals count once no facility reports
        given().when().delete("/api/v1/facilities/W1-F1").then().statusCode(204);
        expectBeds("W1-D", 0, null, null);
        given().contentType(ContentType.JSON).body("{\"beds\": 900}").when().put("/api/v1/regions/W1-D/resources/2020")
                .then().statusCode(201);
        given().when().get("/api/v1/regions/W1-D/ratios?year=2020").then().statusCode(200)
                .body("basis", equalTo("REPORTED")).body("counts.beds", equalTo(900));
    }

    @Test
    void gapsFollowStandardsResourcesAndPopulationAtOnce() {
        Fixtures.region("W2-D", "缺口区", "DISTRICT", null);
        Fixtures.population("W2-D", 2020, 200_000, false);
        Fixtures.facility("W2-F", "W2-D", "GENERAL_HOSPITAL", null);
        Fixtures.resources("W2-F", 2020, "{\"beds\": 1000}");
        given().contentType(ContentType.JSON).body("""
                {"metric": "bedsPer1000", "comparator": ">=", "value": 6, "scope": "PLAN", "regionCode": "W2-D", "year": 2020}""")
                .when().put("/api/v1/standards/W2-beds").then().statusCode(201);
        // 6 per 1000 of 200 000 = 1 200 beds, 1 000 there
        given().when().get("/api/v1/regions/W2-D/gaps?targetYear=2020").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].requiredCount", equalTo(1200)).body("[0].gap", equalTo(200));
        Fixtures.resources("W2-F", 2020, "{\"beds\": 1150}");
        given().when().get("/api/v1/regions/W2-D/gaps?targetYear=2020").then().statusCode(200)
                .body("[0].currentCount", equalTo(1150)).body("[0].gap", equalTo(50));
        Fixtures.population("W2-D", 2020, 250_000, false);
        given().when().get("/api/v1/regions/W2-D/gaps?targetYear=2020").then().statusCode(200)
                .body("[0].requiredCount", equalTo(1500)).body("[0].gap", equalTo(350));
        given().when().get("/api/v1/regions/W2-D/ratios?year=2020").then().statusCode(200)
                .body("counts.beds", equalTo(1150)).body("population", equalTo(250000));
        given().contentType(ContentType.JSON).body("""
                {"metric": "bedsPer1000", "comparator": ">=", "value": 7, "scope": "PLAN", "regionCode": "W2-D", "year": 2020}""")
                .when().put("/api/v1/standards/W2-beds").then().statusCode(200);
        given().when().get("/api/v1/regions/W2-D/gaps?targetYear=2020").then().statusCode(200)
                .body("[0].requiredCount", equalTo(1750)).body("[0].gap", equalTo(600));
        given().when().delete("/api/v1/standards/W2-beds").then().statusCode(204);
        given().when().get("/api/v1/regions/W2-D/gaps?targetYear=2020").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void aWriteByAnotherInstanceIsSeenThroughTheRevisionAndNoCacheRecomputes() throws Exception {
        Fixtures.region("W3-D", "多实例区", "DISTRICT", null);
        Fixtures.population("W3-D", 2020, 100_000, false);
        Fixtures.facility("W3-F", "W3-D", "GENERAL_HOSPITAL", null);
        Fixtures.resources("W3-F", 2020, "{\"beds\": 300}");
        expectBeds("W3-D", 1, 300, "3.00");

        // another instance writes through its own service: data and revision in one transaction
        sql("update facility_resource set beds = 400 where facility_id = (select id from facility where code = 'W3-F')",
                "update data_revision set revision = revision + 1");
        expectBeds("W3-D", 1, 400, "4.00");

        // a change that bypasses the services (no revision) stays unseen by cached reads until asked for no-cache
        sql("update facility_resource set beds = 500 where facility_id = (select id from facility where code = 'W3-F')");
        expectBeds("W3-D", 1, 400, "4.00");
        given().header("Cache-Control", "no-cache").when().get("/api/v1/regions/W3-D/ratios?year=2020")
                .then().statusCode(200).body("counts.beds", equalTo(500));
        // the fresh answer replaced the cached one
        expectBeds("W3-D", 1, 500, "5.00");
        given().header("Cache-Control", "no-cache").when().get("/api/v1/regions/NOPE-W3/ratios?year=2020")
                .then().statusCode(404);
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String statement : statements) {
                    s.executeUpdate(statement);
                }
            }
            c.commit();
        }
    }
}
