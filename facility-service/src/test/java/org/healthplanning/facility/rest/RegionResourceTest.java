package org.healthplanning.facility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.healthplanning.platform.testing.PostgresResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.healthplanning.platform.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class RegionResourceTest {
    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    @Test
    void createReadUpdateDeleteWithVersions() {
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"R1-CITY\", \"name\": \"测试市\", \"level\": \"CITY\"}")
                .when().post("/api/v1/regions")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/regions/R1-CITY"))
                .header("ETag", "\"0\"")
                .body("code", equalTo("R1-CITY")).body("level", equalTo("CITY"))
                .body("parentCode", nullValue()).body("version", equalTo(0));
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"R1-CITY\", \"name\": \"重复\", \"level\": \"CITY\"}")
                .when().post("/api/v1/regions")
                .then().statusCode(409).contentType("application/problem+json");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\": \"测试市（改）\", \"level\": \"CITY\"}")
                .when().put("/api/v1/regions/R1-CITY")
                .then().statusCode(200).header("ETag", "\"1\"").body("name", equalTo("测试市（改）"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\": \"过期\", \"level\": \"CITY\"}")
                .when().put("/api/v1/regions/R1-CITY")
                .then().statusCode(412).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"name\": \"过期\", \"level\": \"CITY\", \"version\": 0}")
                .when().put("/api/v1/regions/R1-CITY")
                .then().statusCode(412);
        given().when().get("/api/v1/regions/R1-CITY").then().statusCode(200)
                .header("ETag", "\"1\"").body("name", equalTo("测试市（改）"));

        given().header("If-Match", "\"0\"").when().delete("/api/v1/regions/R1-CITY").then().statusCode(412);
        given().header("If-Match", "\"1\"").when().delete("/api/v1/regions/R1-CITY").then().statusCode(204);
        given().when().get("/api/v1/regions/R1-CITY").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("R1-CITY"));
    }

    @Test
    void putIsAnIdempotentUpsert() {
        given().contentType(ContentType.JSON).body("{\"name\": \"幂等区\", \"level\": \"DISTRICT\"}")
                .when().put("/api/v1/regions/R2-UP")
                .then().statusCode(201).header("Location", endsWith("/api/v1/regions/R2-UP")).body("version", equalTo(0));
        given().contentType(ContentType.JSON).body("{\"name\": \"幂等区\", \"level\": \"DISTRICT\"}")
                .when().put("/api/v1/regions/R2-UP")
                .then().statusCode(200).body("name", equalTo("幂等区"));
        given().contentType(ContentType.JSON).body("{\"code\": \"OTHER\", \"name\": \"x\", \"level\": \"DISTRICT\"}")
                .when().put("/api/v1/regions/R2-UP")
                .then().statusCode(400).body("errors.field", hasItem("code"));
    }

    @Test
    void aRegionCannotBecomeItsOwnAncestorAndNothingChanges() {
        Fixtures.region("R3-P", "省", "PROVINCE", null);
        Fixtures.region("R3-C", "市", "CITY", "R3-P");
        Fixtures.region("R3-D", "区", "DISTRICT", "R3-C");
        Fixtures.region("R3-T", "镇", "TOWN", "R3-D");

        given().contentType(ContentType.JSON).body("{\"name\": \"省\", \"level\": \"PROVINCE\", \"parentCode\": \"R3-T\"}")
                .when().put("/api/v1/regions/R3-P")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("parentCode")).body("detail", containsString("own ancestor"));
        given().contentType(ContentType.JSON).body("{\"name\": \"市\", \"level\": \"CITY\", \"parentCode\": \"R3-C\"}")
                .when().put("/api/v1/regions/R3-C")
                .then().statusCode(400).body("errors.field", hasItem("parentCode"));
        given().when().get("/api/v1/regions/R3-P").then().statusCode(200)
                .body("parentCode", nullValue()).body("version", equalTo(0));
        given().when().get("/api/v1/regions/R3-C").then().statusCode(200).body("parentCode", equalTo("R3-P"));

        // moving a subtree elsewhere is fine
        Fixtures.region("R3-P2", "另一省", "PROVINCE", null);
        given().contentType(ContentType.JSON).body("{\"name\": \"市\", \"level\": \"CITY\", \"parentCode\": \"R3-P2\"}")
                .when().put("/api/v1/regions/R3-C")
                .then().statusCode(200).body("parentCode", equalTo("R3-P2"));
    }

    @Test
    void unknownParentBadLevelAndMalformedJsonAre400AndWriteNothing() {
        given().contentType(ContentType.JSON).body("{\"name\": \"孤儿\", \"level\": \"TOWN\", \"parentCode\": \"NOPE-999\"}")
                .when().put("/api/v1/regions/R4-ORPHAN")
                .then().statusCode(400).body("errors.field", hasItem("parentCode")).body("detail", containsString("NOPE-999"));
        given().contentType(ContentType.JSON).body("{\"name\": \"错级\", \"level\": \"VILLAGE\"}")
                .when().put("/api/v1/regions/R4-ORPHAN")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("level"));
        given().contentType(ContentType.JSON).body("{\"name\": ")
                .when().put("/api/v1/regions/R4-ORPHAN")
                .then().statusCode(400).body("errors.field", hasItem("body"));
        given().contentType(ContentType.JSON).body("{\"level\": \"TOWN\"}")
                .when().put("/api/v1/regions/R4-ORPHAN")
                .then().statusCode(400).body("errors.field", hasItem("name"));
        given().when().get("/api/v1/regions/R4-ORPHAN").then().statusCode(404);
    }

    @Test
    void deleteIsRefusedWhileChildrenOrFacilitiesExist() {
        Fixtures.region("R5-D", "区", "DISTRICT", null);
        Fixtures.region("R5-T", "镇", "TOWN", "R5-D");
        given().when().delete("/api/v1/regions/R5-D").then().statusCode(409).contentType("application/problem+json");
        Fixtures.facility("R5-F", "R5-T", "TOWNSHIP_HEALTH_CENTER", null);
        given().when().delete("/api/v1/regions/R5-T").then().statusCode(409);
        given().when().get("/api/v1/regions/R5-T").then().statusCode(200);
        given().when().delete("/api/v1/facilities/R5-F").then().statusCode(204);
        given().when().delete("/api/v1/regions/R5-T").then().statusCode(204);
        given().when().delete("/api/v1/regions/R5-D").then().statusCode(204);
    }

    @Test
    void listFiltersPagesAndSorts() {
        Fixtures.region("R6-P", "省", "PROVINCE", null);
        Fixtures.region("R6-A", "甲区", "DISTRICT", "R6-P");
        Fixtures.region("R6-B", "乙区", "DISTRICT", "R6-P");
        Fixtures.region("R6-C", "丙市", "CITY", "R6-P");
        given().when().get("/api/v1/regions?parentCode=R6-P&size=2&sort=-code")
                .then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(2))
                .body("items.code", contains("R6-C", "R6-B"));
        given().when().get("/api/v1/regions?parentCode=R6-P&page=1&size=2&sort=-code")
                .then().statusCode(200).body("items.code", contains("R6-A"));
        given().when().get("/api/v1/regions?parentCode=R6-P&level=DISTRICT&sort=code")
                .then().statusCode(200).body("items.code", contains("R6-A", "R6-B"));
        given().when().get("/api/v1/regions?level=HAMLET").then().statusCode(400).body("errors.field", hasItem("level"));
        given().when().get("/api/v1/regions?sort=population").then().statusCode(400).body("errors.field", hasItem("sort"));
        given().when().get("/api/v1/regions?size=0").then().statusCode(400).body("errors.field", hasItem("size"));
        given().when().get("/api/v1/regions?page=x").then().statusCode(400).body("errors.field", hasItem("page"));
    }

    @Test
    void populationByYearWithValidation() {
        Fixtures.region("R7-D", "人口区", "DISTRICT", null);
        given().contentType(ContentType.JSON)
                .body("{\"residents\": 685000, \"childrenUnder3\": 15000, \"source\": \"统计公报\"}")
                .when().put("/api/v1/regions/R7-D/population/2020")
                .then().statusCode(201).header("ETag", "\"0\"")
                .body("year", equalTo(2020)).body("residents", equalTo(685000)).body("projected", equalTo(false));
        given().contentType(ContentType.JSON).body("{\"residents\": 700000, \"projected\": true}")
                .when().put("/api/v1/regions/R7-D/population/2025")
                .then().statusCode(201).body("projected", equalTo(true));
        given().contentType(ContentType.JSON).body("{\"residents\": -5}")
                .when().put("/api/v1/regions/R7-D/population/2021")
                .then().statusCode(400).body("errors.field", hasItem("residents"));
        given().contentType(ContentType.JSON).body("{\"residents\": \"many\"}")
                .when().put("/api/v1/regions/R7-D/population/2021")
                .then().statusCode(400).body("errors.field", hasItem("residents"));
        given().contentType(ContentType.JSON).body("{\"residents\": 1}")
                .when().put("/api/v1/regions/R7-D/population/20x1")
                .then().statusCode(400).body("errors.field", hasItem("year"));
        given().contentType(ContentType.JSON).body("{\"residents\": 1}")
                .when().put("/api/v1/regions/NOPE-7/population/2020")
                .then().statusCode(404);
        given().when().get("/api/v1/regions/R7-D/population")
                .then().statusCode(200).body("$", hasSize(2)).body("year", contains(2020, 2025))
                .body("residents", contains(685000, 700000));
        given().header("If-Match", "\"0\"").when().delete("/api/v1/regions/R7-D/population/2025").then().statusCode(204);
        given().when().get("/api/v1/regions/R7-D/population").then().statusCode(200).body("year", contains(2020));
    }
}
