package org.healthplanning.project.rest;

import org.healthplanning.project.config.KnownPlans;
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

/** Text and numbers that PostgreSQL cannot store, or that no plan has, are a 400 naming the field; nothing is written. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class HostileInputTest {
    static {
        // the plans these tests name, as indicator-service would know them
        KnownPlans.add("hostile-14th", "500151");
    }

    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    @Test
    void nulSurrogatesAndOutOfRangeNumbersInBodies() {
        given().contentType(ContentType.JSON).body(ProjectResourceTest.project("hostile-14th", "").replace("安居分院", "安居\\u0000分院"))
                .when().post("/api/v1/projects")
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name")).body("errors[0].message", containsString("NUL"));
        given().contentType(ContentType.JSON).body(ProjectResourceTest.project("hostile-14th", "").replace("新建业务用房", "\\udc00"))
                .when().post("/api/v1/projects")
                .then().statusCode(400).body("errors[0].field", equalTo("content")).body("errors[0].message", containsString("surrogate"));
        given().contentType(ContentType.JSON).body(ProjectResourceTest.project("hostile-14th", "").replace("16000", "1e400"))
                .when().post("/api/v1/projects")
                .then().statusCode(400).body("errors[0].field", equalTo("floorAreaM2")).body("errors[0].message", containsString("out of range"));
        given().contentType(ContentType.JSON).body(ProjectResourceTest.project("hostile-14th", "").replace("12000", "1234567890123456"))
                .when().post("/api/v1/projects")
                .then().statusCode(400).body("errors[0].field", equalTo("investment10kCny"));
        given().contentType(ContentType.JSON).body("[" + ProjectResourceTest.project("hostile-14th", "").replace("初步选址", "初步\\u0000选址") + "]")
                .when().post("/api/v1/projects/import?planCode=hostile-14th")
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("statusRaw")));
        ProjectResourceTest.assertNothingIn("hostile-14th");

        int id = ProjectResourceTest.create(ProjectResourceTest.project("hostile-14th", ""));
        given().contentType("application/merge-patch+json").body("{\"newLandMu\": 0.00000000001}")
                .when().patch("/api/v1/projects/" + id)
                .then().log().ifValidationFails().statusCode(400).body("errors[0].field", equalTo("newLandMu"));
        given().when().get("/api/v1/projects/" + id).then().statusCode(200).body("newLandMu", equalTo(25)).body("version", equalTo(0));
    }

    @Test
    void nulInPathsAndQueries() {
        given().urlEncodingEnabled(false).when().get("/api/v1/plans/a%00b/project-summary")
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("path"));
        given().urlEncodingEnabled(false).when().get("/api/v1/projects?planCode=%00")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("planCode"));
    }
}
