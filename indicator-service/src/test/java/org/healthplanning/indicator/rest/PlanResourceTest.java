package org.healthplanning.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.healthplanning.platform.testing.PostgresResource;
import org.junit.jupiter.api.BeforeEach;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.Test;
import jakarta.inject.Inject;
import org.healthplanning.indicator.config.KnownRegions;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class PlanResourceTest {
    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }


    static String plan(String code, String region) {
        return """
                {"code": "%s", "regionCode": "%s", "regionName": "重庆市铜梁区",
                 "title": "重庆市铜梁区卫生健康发展“十四五”规划", "periodStart": 2021, "periodEnd": 2025,
                 "baselineYear": 2020, "targetYear": 2025, "issuer": "重庆市铜梁区卫生健康委员会"}""".formatted(code, region);
    }

    @Test
    void createReadUpdateDelete() {
        given().contentType(ContentType.JSON).body(plan("crud-14th", "500151"))
                .when().post("/api/v1/plans")
                .then().log().ifValidationFails().statusCode(201)
                .header("Location", endsWith("/api/v1/plans/crud-14th"))
                .header("ETag", "\"0\"")
                .body("code", equalTo("crud-14th"))
                .body("regionName", equalTo("重庆市铜梁区"))
                .body("version", equalTo(0));

        given().when().get("/api/v1/plans/crud-14th")
                .then().log().ifValidationFails().statusCode(200).header("ETag", "\"0\"").body("title", containsString("十四五"));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(plan("crud-14th", "500151").replace("2025,", "2026,"))
                .when().put("/api/v1/plans/crud-14th")
                .then().log().ifValidationFails().statusCode(200).header("ETag", "\"1\"").body("periodEnd", equalTo(2026)).body("version", equalTo(1));

        given().header("If-Match", "\"0\"").when().delete("/api/v1/plans/crud-14th")
                .then().log().ifValidationFails().statusCode(412).contentType("application/problem+json");
        given().header("If-Match", "\"1\"").when().delete("/api/v1/plans/crud-14th").then().log().ifValidationFails().statusCode(204);
        given().when().get("/api/v1/plans/crud-14th")
                .then().log().ifValidationFails().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("detail", containsString("crud-14th"));
    }

    @Test
    void putUpsertsByCode() {
        given().contentType(ContentType.JSON).body(plan("upsert-14th", "500103"))
                .when().put("/api/v1/plans/upsert-14th")
                .then().log().ifValidationFails().statusCode(201).header("Location", endsWith("/api/v1/plans/upsert-14th")).body("version", equalTo(0));
        given().contentType(ContentType.JSON).body(plan("upsert-14th", "500103"))
                .when().put("/api/v1/plans/upsert-14th")
                .then().log().ifValidationFails().statusCode(200);
        given().contentType(ContentType.JSON).body(plan("other", "500103"))
                .when().put("/api/v1/plans/upsert-14th")
                .then().log().ifValidationFails().statusCode(400).body("errors.field", hasItem("code"));
    }

    @Inject
    KnownRegions regions;

    @Test
    void aPlanForAnUnknownRegionIs422NamingRegionCodeAndWritesNothing() {
        given().contentType(ContentType.JSON).body(plan("nowhere-14th", "999999"))
                .when().post("/api/v1/plans")
                .then().log().ifValidationFails().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("regionCode"))
                .body("detail", containsString("999999"));
        given().contentType(ContentType.JSON).body(plan("nowhere-14th", "999999"))
                .when().put("/api/v1/plans/nowhere-14th")
                .then().log().ifValidationFails().statusCode(422).body("errors.field", hasItem("regionCode"));
        given().when().get("/api/v1/plans/nowhere-14th").then().log().ifValidationFails().statusCode(404);

        given().contentType(ContentType.JSON).body(plan("moving-14th", "500151")).when().post("/api/v1/plans").then().statusCode(201);
        given().contentType(ContentType.JSON).body(plan("moving-14th", "999999"))
                .when().put("/api/v1/plans/moving-14th")
                .then().log().ifValidationFails().statusCode(422).body("errors.field", hasItem("regionCode"));
        given().when().get("/api/v1/plans/moving-14th").then().statusCode(200).body("regionCode", equalTo("500151")).body("version", equalTo(0));
    }

    @Test
    void theRegionNameIsTheRegionsNotTheTextSent() {
        given().contentType(ContentType.JSON).body(plan("named-14th", "500103"))
                .when().post("/api/v1/plans")
                .then().log().ifValidationFails().statusCode(201)
                .body("regionCode", equalTo("500103"))
                .body("regionName", equalTo("重庆市渝中区"));
        given().when().get("/api/v1/plans/named-14th").then().statusCode(200).body("regionName", equalTo("重庆市渝中区"));
    }

    @Test
    void whileTheOwnerOfRegionsIsUnreachableAWriteIs503WithRetryAfterAndChangesNothing() {
        regions.reachable(false);
        try {
            given().contentType(ContentType.JSON).body(plan("unreachable-14th", "500151"))
                    .when().post("/api/v1/plans")
                    .then().log().ifValidationFails().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("type", equalTo("/problems/dependency-unavailable"));
        } finally {
            regions.reachable(true);
        }
        given().when().get("/api/v1/plans/unreachable-14th").then().statusCode(404);
    }

    @Test
    void missingRegionCodeIsA400NamingTheFieldAndWritesNothing() {
        given().contentType(ContentType.JSON).body(plan("noregion-14th", "500151").replace("\"regionCode\": \"500151\",", ""))
                .when().post("/api/v1/plans")
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("regionCode"))
                .body("detail", containsString("regionCode"));
        given().when().get("/api/v1/plans/noregion-14th").then().log().ifValidationFails().statusCode(404);
    }

    @Test
    void malformedJsonWrongTypesAndBadParametersAre400() {
        given().contentType(ContentType.JSON).body("{\"code\": \"bad\", ")
                .when().post("/api/v1/plans")
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("body"));
        given().contentType(ContentType.JSON).body(plan("badtype-14th", "500151").replace("2021", "\"twenty\""))
                .when().post("/api/v1/plans")
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("periodStart"));
        given().contentType(ContentType.JSON).body(plan("badperiod-14th", "500151").replace("\"periodEnd\": 2025", "\"periodEnd\": 2019"))
                .when().post("/api/v1/plans")
                .then().log().ifValidationFails().statusCode(400).body("errors.field", hasItem("periodEnd"));
        given().when().get("/api/v1/plans?sort=nonsense").then().log().ifValidationFails().statusCode(400).body("errors.field", hasItem("sort"));
        given().when().get("/api/v1/plans?size=501").then().log().ifValidationFails().statusCode(400).body("errors.field", hasItem("size"));
        given().when().get("/api/v1/plans?page=x").then().log().ifValidationFails().statusCode(400).contentType("application/problem+json");
        given().when().get("/api/v1/plans").then().log().ifValidationFails().statusCode(200)
                .body("items.code", not(hasItems("badtype-14th", "badperiod-14th")));
    }

    @Test
    void duplicateCodeIs409AndStaleIfMatchIs412WithoutChanges() {
        given().contentType(ContentType.JSON).body(plan("dup-14th", "500151")).when().post("/api/v1/plans").then().log().ifValidationFails().statusCode(201);
        given().contentType(ContentType.JSON).body(plan("dup-14th", "500103"))
                .when().post("/api/v1/plans")
                .then().log().ifValidationFails().statusCode(409).contentType("application/problem+json").body("status", equalTo(409));
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(plan("dup-14th", "500103"))
                .when().put("/api/v1/plans/dup-14th")
                .then().log().ifValidationFails().statusCode(412).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(plan("dup-14th", "500103").replace("{", "{\"version\": 5,"))
                .when().put("/api/v1/plans/dup-14th")
                .then().log().ifValidationFails().statusCode(412);
        given().when().get("/api/v1/plans/dup-14th").then().log().ifValidationFails().statusCode(200)
                .body("regionCode", equalTo("500151")).body("version", equalTo(0));
    }

    @Test
    void listPagesFiltersAndSorts() {
        for (String code : new String[] {"list-a", "list-b", "list-c"}) {
            given().contentType(ContentType.JSON).body(plan(code, "990001")).when().post("/api/v1/plans").then().log().ifValidationFails().statusCode(201);
        }
        given().when().get("/api/v1/plans?regionCode=990001&size=2&sort=-code")
                .then().log().ifValidationFails().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(2))
                .body("items.code", equalTo(java.util.List.of("list-c", "list-b")));
        given().when().get("/api/v1/plans?regionCode=990001&size=2&page=1&sort=-code")
                .then().log().ifValidationFails().statusCode(200).body("items.code", equalTo(java.util.List.of("list-a")));
        given().when().get("/api/v1/plans?regionCode=990001&year=2030").then().log().ifValidationFails().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void healthAndOpenApiAreServed() {
        given().when().get("/q/health/ready").then().log().ifValidationFails().statusCode(200).body("status", equalTo("UP"));
        given().accept("application/json").when().get("/q/openapi")
                .then().log().ifValidationFails().statusCode(200).body("paths", org.hamcrest.Matchers.hasKey("/api/v1/plans/{planCode}"));
    }
}
