package org.healthplanning.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.healthplanning.platform.testing.PostgresResource;
import org.junit.jupiter.api.BeforeEach;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class IndicatorDefinitionResourceTest {
    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    static final String BASE = "/api/v1/indicator-definitions";

    @Test
    void theCatalogueShipsTheNationalIndicators() {
        given().when().get(BASE + "?size=1").then().statusCode(200).body("total", greaterThanOrEqualTo(40));
        given().when().get(BASE + "/LIFE_EXPECTANCY").then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("name", equalTo("人均预期寿命"))
                .body("nameEn", equalTo("Life expectancy"))
                .body("unit", equalTo("岁"))
                .body("direction", equalTo("INCREASE"))
                .body("aliases", hasItems("人口平均预期寿命", "人均期望寿命"));
        given().when().get(BASE + "/INFANT_MORTALITY").then().statusCode(200).body("direction", equalTo("DECREASE"));
        given().when().get(BASE + "/LICENSED_DOCTORS_PER_1000").then().statusCode(200)
                .body("resourceMetric", equalTo("licensedDoctorsPer1000"));
        for (String metric : new String[] {"bedsPer1000", "registeredNursesPer1000", "gpsPer10000", "doctorNurseRatio", "childcareSlotsPer1000"}) {
            given().when().get(BASE + "?resourceMetric=" + metric).then().statusCode(200).body("total", equalTo(1));
        }
        given().when().get(BASE + "?q=期望寿命").then().statusCode(200).body("items.code", hasItem("LIFE_EXPECTANCY"));
        given().when().get(BASE + "?direction=DECREASE&size=500").then().statusCode(200)
                .body("items.code", hasItems("MATERNAL_MORTALITY", "SMOKING_RATE", "OUT_OF_POCKET_SHARE"));
        given().when().get(BASE + "?direction=SIDEWAYS").then().statusCode(400).body("errors[0].field", equalTo("direction"));
    }

    @Test
    void everyOperationIsInTheOpenApiDocument() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/indicator-definitions/{code}/comparison"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/plans/{planCode}/indicators/{id}/values/{year}"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/plans/{planCode}/indicators/import"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/plans/{planCode}/values/import"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/plans/{planCode}/evaluation"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/plans/{planCode}/checks"))
                .body("paths.'/api/v1/plans/{planCode}/indicators/{id}'.patch.summary", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void createReadUpdateDeleteWithConflictsAndPreconditions() {
        String body = """
                {"code": "TEST_SLEEP_HOURS", "name": "成人日均睡眠时长", "nameEn": "Adult sleep per day", "unit": "小时",
                 "direction": "INCREASE", "aliases": ["成年人平均睡眠时间"]}""";
        given().contentType(ContentType.JSON).body(body).when().post(BASE)
                .then().statusCode(201).header("Location", endsWith(BASE + "/TEST_SLEEP_HOURS")).header("ETag", "\"0\"")
                .body("aliases[0]", equalTo("成年人平均睡眠时间")).body("resourceMetric", nullValue());
        given().contentType(ContentType.JSON).body(body).when().post(BASE).then().statusCode(409);
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"TEST_OTHER\", \"name\": \"其他\", \"direction\": \"NEUTRAL\", \"aliases\": [\"人均期望寿命\"]}")
                .when().post(BASE).then().statusCode(409).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(body.replace("INCREASE", "UPWARD")).when().put(BASE + "/TEST_SLEEP_HOURS")
                .then().statusCode(400).body("errors[0].field", equalTo("direction"));
        given().contentType(ContentType.JSON).body(body.replace("\"name\": \"成人日均睡眠时长\",", "")).when().post(BASE)
                .then().statusCode(400).body("errors.field", hasItem("name"));
        given().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(body.replace("小时", "h"))
                .when().put(BASE + "/TEST_SLEEP_HOURS").then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body.replace("小时", "h"))
                .when().put(BASE + "/TEST_SLEEP_HOURS").then().statusCode(200).header("ETag", "\"1\"").body("unit", equalTo("h"));
        given().when().get(BASE + "/TEST_SLEEP_HOURS").then().statusCode(200).body("unit", equalTo("h")).body("version", equalTo(1));
        given().header("If-Match", "\"0\"").when().delete(BASE + "/TEST_SLEEP_HOURS").then().statusCode(412);
        given().when().delete(BASE + "/TEST_SLEEP_HOURS").then().statusCode(204);
        given().when().get(BASE + "/TEST_SLEEP_HOURS").then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(body).when().put(BASE + "/TEST_SLEEP_HOURS").then().statusCode(201);
    }

    @Test
    void rowsAreLinkedByNameOrAliasAlsoWhenTheDefinitionComesLater() {
        Demo.putPlan("yuzhong-14th", "link-14th");
        given().contentType(ContentType.JSON)
                .body("[{\"name\": \"人均期望寿命\", \"target\": {\"raw\": \"81\"}}, {\"name\": \"口腔健康知晓率\", \"target\": {\"raw\": \"≥70%\"}}]")
                .when().post("/api/v1/plans/link-14th/indicators/import?mode=replace")
                .then().statusCode(200).body("warnings[0]", org.hamcrest.Matchers.containsString("口腔健康知晓率"));
        given().when().get("/api/v1/plans/link-14th/indicators").then().statusCode(200)
                .body("items[0].definitionCode", equalTo("LIFE_EXPECTANCY"))
                .body("items[1].definitionCode", nullValue())
                .body("items[1].direction", equalTo("INCREASE"))
                .body("items[1].target.value", equalTo(70));
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"TEST_ORAL_HEALTH_AWARENESS\", \"name\": \"居民口腔健康知识知晓率\", \"unit\": \"%\", \"direction\": \"INCREASE\", \"aliases\": [\"口腔健康知晓率\"]}")
                .when().post(BASE).then().statusCode(201);
        given().when().get("/api/v1/plans/link-14th/indicators").then().statusCode(200)
                .body("items[1].definitionCode", equalTo("TEST_ORAL_HEALTH_AWARENESS"));
        given().when().get("/api/v1/plans/link-14th/indicators?definitionCode=LIFE_EXPECTANCY").then().statusCode(200)
                .body("total", equalTo(1));
        // deleting the definition keeps the row, unlinked; its direction is then inferred from ≥70%
        given().when().delete(BASE + "/TEST_ORAL_HEALTH_AWARENESS").then().statusCode(204);
        given().when().get("/api/v1/plans/link-14th/indicators").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[1].definitionCode", nullValue())
                .body("items[1].direction", equalTo("INCREASE"))
                .body("items[1].target.raw", equalTo("≥70%"));
    }
}
