package org.healthplanning.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.healthplanning.platform.testing.PostgresResource;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class AuditResourceTest {

    @BeforeEach
    void noDefaultToken() {
        Tokens.anonymousByDefault();
    }

    static String admin() {
        return Tokens.bearer(Tokens.admin());
    }

    @Test
    void onlyAnAdminReadsTheAuditTrail() {
        given().when().get("/api/v1/audit").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
        given().header("Authorization", Tokens.bearer(Tokens.badSignature())).when().get("/api/v1/audit").then().statusCode(401);
        given().header("Authorization", Tokens.bearer(Tokens.expired())).when().get("/api/v1/audit").then().statusCode(401);
        given().header("Authorization", Tokens.bearer(Tokens.editor("editor-tongliang", "500151")))
                .when().get("/api/v1/audit").then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403)).body("detail", equalTo("This operation needs the admin role"));
        given().header("Authorization", admin()).when().get("/api/v1/audit")
                .then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(50));
    }

    @Test
    void aValuesHistoryIsFilteredByTypeAndKeyNewestFirst() {
        Instant start = Instant.now();
        String editor = Tokens.bearer(Tokens.editor("editor-tongliang", "500151"));
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body("{\"code\": \"audit-14th\", \"regionCode\": \"500151\", \"title\": \"审计规划\", \"periodStart\": 2021, \"periodEnd\": 2025}")
                .when().post("/api/v1/plans").then().statusCode(201);
        long row = given().header("Authorization", editor).contentType(ContentType.JSON)
                .body("{\"name\": \"人口平均预期寿命\", \"target\": {\"raw\": \"≥81\"}}")
                .when().post("/api/v1/plans/audit-14th/indicators").then().statusCode(201).extract().jsonPath().getLong("id");
        String path = "/api/v1/plans/audit-14th/indicators/" + row + "/values/2023";
        given().header("Authorization", editor).contentType(ContentType.JSON).body("{\"value\": 78.2}")
                .when().put(path).then().statusCode(201);
        given().header("Authorization", editor).contentType(ContentType.JSON).body("{\"value\": 78.47}")
                .when().put(path).then().statusCode(200);
        given().header("Authorization", admin()).when().delete(path).then().statusCode(204);

        String key = "audit-14th/" + row + "/2023";
        JsonPath page = given().header("Authorization", admin())
                .when().get("/api/v1/audit?resourceType=monitoring-value&key=" + key).then().statusCode(200).extract().jsonPath();
        assertEquals(3, page.getInt("total"));
        assertEquals(List.of("DELETE", "UPDATE", "CREATE"), page.getList("items.operation"));
        assertEquals(List.of(Tokens.ADMIN_SUBJECT, "editor-tongliang", "editor-tongliang"), page.getList("items.subject"));
        List<Integer> ids = page.getList("items.id");
        assertTrue(ids.get(0) > ids.get(1) && ids.get(1) > ids.get(2), "newest first: " + ids);
        assertEquals("78.2", page.getString("items[1].before.value"));
        assertEquals("78.47", page.getString("items[1].after.value"));
        assertEquals("78.47", page.getString("items[0].before.value"));
        assertNull(page.get("items[0].after"));
        assertNull(page.get("items[2].before"));
        assertEquals("500151", page.getString("items[2].regionCode"));
        Instant newest = Instant.parse(page.getString("items[0].at"));
        assertTrue(!newest.isBefore(start.minusSeconds(5)), "at is the time of the write: " + newest);

        given().header("Authorization", admin()).when().get("/api/v1/audit?resourceType=plan&key=audit-14th")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].operation", equalTo("CREATE"));
        given().header("Authorization", admin()).when().get("/api/v1/audit?key=" + key + "&size=1&page=1")
                .then().statusCode(200).body("items[0].operation", equalTo("UPDATE")).body("total", equalTo(3));
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        given().header("Authorization", admin()).when().get("/api/v1/audit?key=" + key + "&from=" + tomorrow)
                .then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", admin()).when().get("/api/v1/audit?key=" + key + "&to=" + start.minusSeconds(60))
                .then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", admin())
                .when().get("/api/v1/audit?key=" + key + "&from=" + LocalDate.now(ZoneOffset.UTC) + "&to=" + tomorrow)
                .then().statusCode(200).body("total", equalTo(3));
    }

    @Test
    void badFiltersAreRejectedNamingTheParameter() {
        given().header("Authorization", admin()).when().get("/api/v1/audit?from=yesterday")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("from"));
        given().header("Authorization", admin()).when().get("/api/v1/audit?to=2026-13-01")
                .then().statusCode(400).body("errors.field", hasItem("to"));
        given().header("Authorization", admin()).when().get("/api/v1/audit?size=0")
                .then().statusCode(400).body("errors.field", hasItem("size"));
        given().header("Authorization", admin()).when().get("/api/v1/audit?page=x")
                .then().statusCode(400).body("errors.field", hasItem("page"));
    }

    @Test
    void theOpenApiDocumentDeclaresTheBearerSchemeAndTheAuditOperation() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.bearerJwt.scheme", equalTo("bearer"))
                .body("paths.'/api/v1/audit'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        org.hamcrest.Matchers.endsWith("/PageResponseAuditEntry"))
                .body("paths.'/api/v1/plans'.post.security[0]", org.hamcrest.Matchers.hasKey("bearerJwt"))
                .body("paths.'/api/v1/plans/{planCode}/indicators/{id}/values/{year}'.put.responses",
                        org.hamcrest.Matchers.hasKey("403"))
                .body("paths.'/api/v1/indicator-definitions'.post.responses.'401'.content.'application/problem+json'.examples",
                        org.hamcrest.Matchers.hasKey("no token"));
    }
}
