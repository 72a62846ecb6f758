package org.healthplanning.project.rest;

import org.healthplanning.project.config.KnownPlans;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.healthplanning.platform.testing.PostgresResource;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Search text is found as given: {@code %} and {@code _} are characters, not wildcards. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class SearchTextTest {
    static {
        // the plans these tests name, as indicator-service would know them
        KnownPlans.add("search-14th", "500151");
    }

    @Test
    void percentAndUnderscoreMatchThemselves() {
        given().header("Authorization", Tokens.bearer(Tokens.admin())).contentType(ContentType.JSON)
                .body("""
                        {"planCode": "search-14th", "regionCode": "500151", "seq": "1", "name": "传染病区医技楼建设项目",
                         "content": "土建", "floorAreaM2": 1720, "investment10kCny": 3310, "yearsRaw": "2020-2022"}""")
                .when().post("/api/v1/projects").then().statusCode(201);
        given().queryParam("planCode", "search-14th").queryParam("q", "医技楼").when().get("/api/v1/projects")
                .then().statusCode(200).body("total", equalTo(1));
        given().queryParam("planCode", "search-14th").queryParam("q", "%").when().get("/api/v1/projects")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("planCode", "search-14th").queryParam("q", "医技_").when().get("/api/v1/projects")
                .then().statusCode(200).body("total", equalTo(0));
    }
}
