package org.healthplanning.facility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.healthplanning.platform.testing.PostgresResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.healthplanning.platform.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class FacilityResourceTest {
    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    @Test
    void facilityCrudWithVersionsAndResources() {
        Fixtures.region("F1-D", "机构区", "DISTRICT", null);
        given().contentType(ContentType.JSON).body("""
                {"code": "F1-H", "name": "示例人民医院", "regionCode": "F1-D", "type": "GENERAL_HOSPITAL",
                 "grade": "三级甲等", "ownership": "PUBLIC", "openedYear": 1950}""")
                .when().post("/api/v1/facilities")
                .then().statusCode(201).header("Location", endsWith("/api/v1/facilities/F1-H")).header("ETag", "\"0\"")
                .body("grade", equalTo("三级甲等")).body("openedYear", equalTo(1950));
        given().contentType(ContentType.JSON).body("""
                {"code": "F1-H", "name": "重复", "regionCode": "F1-D", "type": "GENERAL_HOSPITAL"}""")
                .when().post("/api/v1/facilities").then().statusCode(409).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("""
                {"name": "示例人民医院", "regionCode": "F1-D", "type": "GENERAL_HOSPITAL", "closedYear": 2030}""")
                .when().put("/api/v1/facilities/F1-H")
                .then().statusCode(200).header("ETag", "\"1\"").body("closedYear", equalTo(2030));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("""
                {"name": "过期", "regionCode": "F1-D", "type": "GENERAL_HOSPITAL"}""")
                .when().put("/api/v1/facilities/F1-H").then().statusCode(412);

        given().contentType(ContentType.JSON).body("{\"beds\": 1200, \"licensedDoctors\": 420, \"registeredNurses\": 560}")
                .when().put("/api/v1/facilities/F1-H/resources/2020")
                .then().statusCode(201).header("ETag", "\"0\"").body("year", equalTo(2020)).body("beds", equalTo(1200));
        given().contentType(ContentType.JSON).body("{\"beds\": 1250}")
                .when().put("/api/v1/facilities/F1-H/resources/2020")
                .then().statusCode(200).body("beds", equalTo(1250)).body("version", equalTo(1));
        given().when().get("/api/v1/facilities/F1-H/resources")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].beds", equalTo(1250));
        given().header("If-Match", "\"0\"").when().delete("/api/v1/facilities/F1-H/resources/2020").then().statusCode(412);
        given().header("If-Match", "\"1\"").when().delete("/api/v1/facilities/F1-H/resources/2020").then().statusCode(204);
        given().when().delete("/api/v1/facilities/F1-H/resources/2020").then().statusCode(404);

        given().header("If-Match", "\"1\"").when().delete("/api/v1/facilities/F1-H").then().statusCode(204);
        given().when().get("/api/v1/facilities/F1-H").then().statusCode(404).body("detail", containsString("F1-H"));
    }

    @Test
    void aFacilityInAnUnknownRegionIsA400NamingRegionCodeAndNothingIsWritten() {
        given().contentType(ContentType.JSON).body("""
                {"code": "F2-X", "name": "无处医院", "regionCode": "NOPE-F2", "type": "GENERAL_HOSPITAL"}""")
                .when().post("/api/v1/facilities")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("regionCode")).body("detail", containsString("NOPE-F2"));
        given().contentType(ContentType.JSON).body("""
                {"name": "无处医院", "regionCode": "NOPE-F2", "type": "GENERAL_HOSPITAL"}""")
                .when().put("/api/v1/facilities/F2-X")
                .then().statusCode(400).body("errors.field", hasItem("regionCode"));
        given().when().get("/api/v1/facilities/F2-X").then().statusCode(404);
    }

    @Test
    void negativeCountsWrongTypesAndBadEnumsAre400AndChangeNothing() {
        Fixtures.region("F3-D", "校验区", "DISTRICT", null);
        Fixtures.facility("F3-H", "F3-D", "GENERAL_HOSPITAL", null);
        Fixtures.resources("F3-H", 2020, "{\"beds\": 300, \"licensedDoctors\": 90}");
        given().contentType(ContentType.JSON).body("{\"beds\": -1, \"licensedDoctors\": 90}")
                .when().put("/api/v1/facilities/F3-H/resources/2020")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("beds"));
        given().contentType(ContentType.JSON).body("{\"beds\": \"lots\"}")
                .when().put("/api/v1/facilities/F3-H/resources/2020")
                .then().statusCode(400).body("errors.field", hasItem("beds"));
        given().contentType(ContentType.JSON).body("{\"year\": 2019, \"beds\": 1}")
                .when().put("/api/v1/facilities/F3-H/resources/2020")
                .then().statusCode(400).body("errors.field", hasItem("year"));
        given().when().get("/api/v1/facilities/F3-H/resources")
                .then().statusCode(200).body("year", contains(2020)).body("[0].beds", equalTo(300));

        given().contentType(ContentType.JSON).body("""
                {"name": "x", "regionCode": "F3-D", "type": "SPA"}""")
                .when().put("/api/v1/facilities/F3-H").then().statusCode(400).body("errors.field", hasItem("type"));
        given().contentType(ContentType.JSON).body("""
                {"name": "x", "regionCode": "F3-D", "type": "CLINIC", "openedYear": 2020, "closedYear": 2010}""")
                .when().put("/api/v1/facilities/F3-H").then().statusCode(400).body("errors.field", hasItem("closedYear"));
        given().contentType(ContentType.JSON).body("{\"beds\": -4}")
                .when().put("/api/v1/regions/F3-D/resources/2020")
                .then().statusCode(400).body("errors.field", hasItem("beds"));
        given().when().get("/api/v1/regions/F3-D/resources").then().statusCode(200).body("$", hasSize(0));
        given().when().get("/api/v1/facilities/F3-H").then().statusCode(200).body("type", equalTo("GENERAL_HOSPITAL"));
    }

    @Test
    void listFiltersByRegionSubtreeAndType() {
        Fixtures.region("F4-D", "列表区", "DISTRICT", null);
        Fixtures.region("F4-T", "列表镇", "TOWN", "F4-D");
        Fixtures.region("F4-O", "别区", "DISTRICT", null);
        Fixtures.facility("F4-A", "F4-D", "GENERAL_HOSPITAL", null);
        Fixtures.facility("F4-B", "F4-T", "TOWNSHIP_HEALTH_CENTER", null);
        Fixtures.facility("F4-C", "F4-O", "GENERAL_HOSPITAL", null);
        given().when().get("/api/v1/facilities?regionCode=F4-D&sort=-code")
                .then().statusCode(200).body("total", equalTo(2)).body("items.code", contains("F4-B", "F4-A"));
        given().when().get("/api/v1/facilities?regionCode=F4-D&type=GENERAL_HOSPITAL")
                .then().statusCode(200).body("total", equalTo(1)).body("items.code", contains("F4-A"));
        given().when().get("/api/v1/facilities?regionCode=F4-D&size=1&page=1&sort=code")
                .then().statusCode(200).body("total", equalTo(2)).body("items.code", contains("F4-B"));
        given().when().get("/api/v1/facilities?type=HUT").then().statusCode(400).body("errors.field", hasItem("type"));
        given().when().get("/api/v1/facilities?sort=beds").then().statusCode(400).body("errors.field", hasItem("sort"));
        given().when().get("/api/v1/facilities?regionCode=NOPE-F4").then().statusCode(404);
    }
}
