package org.healthplanning.facility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.healthplanning.platform.testing.PostgresResource;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Text PostgreSQL cannot store and fractions for counts are a 400 naming the field; nothing is written. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class HostileInputTest {
    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    @Test
    void nulSurrogatesAndFractionsInBodies() {
        Fixtures.region("HI-D", "敌意输入区", "DISTRICT", null);
        given().contentType(ContentType.JSON).body("{\"name\": \"敌意\\u0000区\", \"level\": \"DISTRICT\"}")
                .when().put("/api/v1/regions/HI-D")
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name")).body("errors[0].message", containsString("NUL"));
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"HI-H\", \"name\": \"\\ud83c医院\", \"regionCode\": \"HI-D\", \"type\": \"GENERAL_HOSPITAL\"}")
                .when().post("/api/v1/facilities")
                .then().statusCode(400).body("errors[0].field", equalTo("name")).body("errors[0].message", containsString("surrogate"));
        given().contentType(ContentType.JSON)
                .body("[{\"code\": \"HI-H\", \"name\": \"医院\", \"regionCode\": \"HI-D\", \"type\": \"GENERAL_HOSPITAL\", \"source\": \"a\\u0000\"}]")
                .when().post("/api/v1/facilities/import")
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json");
        given().when().get("/api/v1/facilities/HI-H").then().statusCode(404);

        Fixtures.facility("HI-H", "HI-D", "GENERAL_HOSPITAL", null);
        Fixtures.resources("HI-H", 2023, "{\"beds\": 100}");
        given().contentType(ContentType.JSON).body("{\"beds\": 100.5}")
                .when().put("/api/v1/facilities/HI-H/resources/2023")
                .then().log().ifValidationFails().statusCode(400).body("errors.field", hasItem("beds"));
        given().contentType(ContentType.JSON).body("{\"residents\": 1e400}")
                .when().put("/api/v1/regions/HI-D/population/2023")
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get("/api/v1/facilities/HI-H/resources").then().statusCode(200).body("[0].beds", equalTo(100));
        given().when().get("/api/v1/regions/HI-D").then().statusCode(200).body("name", equalTo("敌意输入区"));
    }

    @Test
    void nulInPathsAndQueries() {
        given().urlEncodingEnabled(false).when().get("/api/v1/regions/%00/ratios")
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("path"));
        given().urlEncodingEnabled(false).when().get("/api/v1/facilities?regionCode=x%00")
                .then().statusCode(400).body("errors[0].field", equalTo("regionCode"));
    }
}
