package org.healthplanning.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.healthplanning.gateway.config.WireMockBackends;
import org.healthplanning.gateway.service.ProblemTypes;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(WireMockBackends.class)
class ProblemTypeResourceTest {

    @Test
    void everyProblemTypeOfTheSuiteResolvesToAPage() {
        for (String name : ProblemTypes.names()) {
            given().accept("text/html").when().get("/problems/" + name).then().statusCode(200)
                    .contentType(startsWith("text/html"))
                    .body(containsString("<title>"))
                    .body(containsString("/problems/" + name));
            given().accept("application/json").when().get("/problems/" + name).then().statusCode(200)
                    .contentType(startsWith("application/json"))
                    .body("type", equalTo("/problems/" + name))
                    .body("title", org.hamcrest.Matchers.notNullValue())
                    .body("description", org.hamcrest.Matchers.notNullValue());
        }
        for (String name : new String[] {"validation", "not-found", "conflict", "precondition-failed", "forbidden", "unauthorized",
                "import", "database-unavailable", "internal", "unprocessable", "backend-unavailable", "backend-timeout",
                "transaction-timeout"}) {
            given().accept("application/json").when().get("/problems/" + name).then().statusCode(200);
        }
    }

    @Test
    void jsonTellsTypeTitleStatusAndDescription() {
        given().accept("application/json").when().get("/problems/precondition-failed").then().statusCode(200)
                .body("type", equalTo("/problems/precondition-failed"))
                .body("title", equalTo("Precondition failed"))
                .body("status", equalTo(412))
                .body("description", containsString("If-Match"));
    }

    @Test
    void aBrowserGetsHtmlInEnglishAndChinese() {
        given().header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .when().get("/problems/not-found").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("Not found"))
                .body(containsString("资源不存在"));
        // no Accept at all: the page
        given().when().get("/problems/not-found").then().statusCode(200).contentType(startsWith("text/html"));
    }

    @Test
    void theHttpFamilyIsDescribed() {
        given().accept("application/json").when().get("/problems/http-415").then().statusCode(200)
                .body("status", equalTo(415))
                .body("title", equalTo("Unsupported Media Type"));
        given().accept("application/json").when().get("/problems/http-499").then().statusCode(404);
    }

    @Test
    void anUnknownTypeIsANotFoundProblem() {
        given().accept("application/json").when().get("/problems/no-such-type").then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/not-found"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/problems/no-such-type"));
        given().accept("text/html").when().get("/problems/no-such-type").then().statusCode(404)
                .body(containsString("/problems/not-found"));
    }
}
