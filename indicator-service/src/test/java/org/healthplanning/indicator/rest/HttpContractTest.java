package org.healthplanning.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.healthplanning.platform.testing.PostgresResource;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP conventions the service-platform gives every service, seen from a client: conditional
 * reads, next links, what a generated client sends as Accept, and refusals that say what to send.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class HttpContractTest {
    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    private static void plan(String code) {
        plan(code, "500199");
    }

    private static void plan(String code, String region) {
        given().contentType(ContentType.JSON).body(PlanResourceTest.plan(code, region))
                .when().put("/api/v1/plans/" + code)
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
    }

    @Test
    void aResourceReadAgainWithItsEtagIsNotModified() {
        plan("etag-14th");
        String etag = given().when().get("/api/v1/plans/etag-14th").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/plans/etag-14th")
                .then().statusCode(304).body(emptyOrNullString());
        given().header("If-None-Match", "\"999\"").when().get("/api/v1/plans/etag-14th")
                .then().statusCode(200).body("code", equalTo("etag-14th"));
    }

    @Test
    void everyPageHasAnEtagAndANextLinkWhileRowsFollow() {
        plan("page-a-14th", "500198");
        plan("page-b-14th", "500198");
        var first = given().queryParam("regionCode", "500198").queryParam("size", 1).when().get("/api/v1/plans")
                .then().statusCode(200).body("items", hasSize(1)).body("total", equalTo(2))
                .body("next", equalTo("/api/v1/plans?regionCode=500198&size=1&page=1"))
                .header("Link", "</api/v1/plans?regionCode=500198&size=1&page=1>; rel=\"next\"")
                .header("ETag", not(emptyOrNullString()))
                .extract();
        given().header("If-None-Match", first.header("ETag")).queryParam("regionCode", "500198").queryParam("size", 1)
                .when().get("/api/v1/plans").then().statusCode(304);
        given().queryParam("regionCode", "500198").queryParam("size", 1).queryParam("page", 1).when().get("/api/v1/plans")
                .then().statusCode(200).body("items", hasSize(1)).body("next", nullValue());
    }

    @Test
    void aClientAcceptingOnlyProblemDocumentsIsServedJson() {
        given().contentType(ContentType.JSON).accept("application/problem+json").body(PlanResourceTest.plan("accept-14th", "500199"))
                .when().post("/api/v1/plans")
                .then().statusCode(201).contentType(ContentType.JSON).body("code", equalTo("accept-14th"));
        given().accept("application/problem+json").when().get("/api/v1/plans/nope-14th")
                .then().statusCode(404).contentType("application/problem+json");
        given().accept("text/html").when().get("/api/v1/plans/accept-14th")
                .then().statusCode(406).contentType("application/problem+json")
                .body("detail", containsString("application/json"));
    }

    @Test
    void aBodyWithoutContentTypeIsToldWhatToSend() {
        given().body(PlanResourceTest.plan("no-type-14th", "500199")).contentType("application/x-www-form-urlencoded")
                .when().post("/api/v1/plans")
                .then().statusCode(415).contentType("application/problem+json")
                .body("detail", containsString("send application/json"));
    }

    @Test
    void pagesBeyondTheLastAddressableRowAndYearsOutOfRangeAreRefusedNamingTheParameter() {
        given().queryParam("page", 4294968).queryParam("size", 500).when().get("/api/v1/plans")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("page"));
        given().queryParam("page", 2147483647).when().get("/api/v1/plans")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().queryParam("year", "99999999999").when().get("/api/v1/plans")
                .then().statusCode(400).body("errors[0].field", equalTo("year"))
                .body("errors[0].message", containsString("between 1949 and 2100"));
    }

    @Test
    void aBodyWithSeveralBadFieldsNamesEachOfThem() {
        given().contentType(ContentType.JSON).body("""
                        {"code": "two-bad-14th", "regionCode": "500199", "regionName": "示例区", "title": "示例规划",
                         "periodStart": "soon", "periodEnd": "later", "baselineYear": {"year": 2020}, "targetYear": 2025}""")
                .when().post("/api/v1/plans")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("periodStart", "periodEnd", "baselineYear"))
                .body("detail", containsString("periodStart: 'soon' is not a valid number"));
        given().when().get("/api/v1/plans/two-bad-14th").then().statusCode(404);
    }
}
