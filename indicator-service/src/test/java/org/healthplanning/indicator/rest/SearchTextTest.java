package org.healthplanning.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.healthplanning.platform.testing.PostgresResource;
import org.junit.jupiter.api.Test;

/** Search text is found as given: {@code %} and {@code _} are characters, not wildcards. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class SearchTextTest {
    @Test
    void percentAndUnderscoreMatchThemselves() {
        given().queryParam("q", "人均预期寿命").when().get("/api/v1/indicator-definitions")
                .then().statusCode(200).body("total", greaterThan(0));
        given().queryParam("q", "%").when().get("/api/v1/indicator-definitions")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("q", "人均预期寿_").when().get("/api/v1/indicator-definitions")
                .then().statusCode(200).body("total", equalTo(0));
    }
}
