package org.healthplanning.project.rest;

import org.healthplanning.project.config.KnownPlans;
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
    static {
        // the plans these tests name, as indicator-service would know them
        KnownPlans.add("audit-14th", "500151");
        KnownPlans.add("audit-digits", "500151");
    }


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
        given().header("Authorization", Tokens.bearer(Tokens.expired())).when().get("/api/v1/audit").then().statusCode(401);
        given().header("Authorization", Tokens.bearer(Tokens.editor("editor-tongliang", "500151")))
                .when().get("/api/v1/audit").then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403));
        given().header("Authorization", admin()).when().get("/api/v1/audit")
                .then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(50));
    }

    @Test
    void aProjectsHistoryIsFilteredByTypeAndKeyNewestFirst() {
        Instant start = Instant.now();
        int id = given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body("{\"planCode\": \"audit-14th\", \"regionCode\": \"500151\", \"name\": \"审计项目\", \"investment10kCny\": 100}")
                .when().post("/api/v1/projects").then().statusCode(201).extract().path("id");
        given().header("Authorization", Tokens.bearer(Tokens.editor("editor-tongliang", "500151")))
                .contentType("application/merge-patch+json").body("{\"investment10kCny\": 78.47}")
                .when().patch("/api/v1/projects/" + id).then().statusCode(200);
        given().header("Authorization", admin()).when().delete("/api/v1/projects/" + id).then().statusCode(204);

        JsonPath page = given().header("Authorization", admin())
                .when().get("/api/v1/audit?resourceType=project&key=" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(3, page.getInt("total"));
        assertEquals(List.of("DELETE", "UPDATE", "CREATE"), page.getList("items.operation"));
        assertEquals(List.of(Tokens.ADMIN_SUBJECT, "editor-tongliang", Tokens.ADMIN_SUBJECT), page.getList("items.subject"));
        List<Integer> ids = page.getList("items.id");
        assertTrue(ids.get(0) > ids.get(1) && ids.get(1) > ids.get(2), "newest first: " + ids);
        assertEquals(100, page.getInt("items[1].before.investment10kCny"));
        assertEquals("78.47", page.getString("items[1].after.investment10kCny"));
        assertEquals("78.47", page.getString("items[0].before.investment10kCny"));
        assertNull(page.get("items[0].after"));
        assertNull(page.get("items[2].before"));
        assertEquals("500151", page.getString("items[2].regionCode"));
        Instant newest = Instant.parse(page.getString("items[0].at"));
        assertTrue(!newest.isBefore(start.minusSeconds(5)), "at is the time of the write: " + newest);

        given().header("Authorization", admin()).when().get("/api/v1/audit?resourceType=project&key=" + id + "&size=1&page=1")
                .then().statusCode(200).body("items[0].operation", equalTo("UPDATE")).body("total", equalTo(3));
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        given().header("Authorization", admin()).when().get("/api/v1/audit?key=" + id + "&from=" + tomorrow)
                .then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", admin()).when().get("/api/v1/audit?key=" + id + "&to=" + start.minusSeconds(60))
                .then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", admin())
                .when().get("/api/v1/audit?resourceType=project&key=" + id + "&from=" + LocalDate.now(ZoneOffset.UTC) + "&to=" + tomorrow)
                .then().statusCode(200).body("total", equalTo(3));
        given().header("Authorization", admin()).when().get("/api/v1/audit?resourceType=declared-totals&key=" + id)
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aPatchAndItsAuditRowKeepEveryDigit() {
        int id = given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body("{\"planCode\": \"audit-digits\", \"regionCode\": \"500151\", \"name\": \"精度项目\", \"floorAreaM2\": 16000}")
                .when().post("/api/v1/projects").then().statusCode(201).extract().path("id");
        given().config(org.healthplanning.project.config.DemoData.EXACT).header("Authorization", admin())
                .contentType("application/merge-patch+json").body("{\"investment10kCny\": 123456789012.3456789}")
                .when().patch("/api/v1/projects/" + id).then().statusCode(200)
                .body("investment10kCny", org.hamcrest.Matchers.comparesEqualTo(new java.math.BigDecimal("123456789012.3456789")));
        String stored = given().when().get("/api/v1/projects/" + id).then().statusCode(200).extract().asString();
        assertTrue(stored.contains("\"investment10kCny\":123456789012.3456789"), stored);
        assertTrue(stored.contains("\"floorAreaM2\":16000,"), stored);
        String audit = given().header("Authorization", admin()).when().get("/api/v1/audit?resourceType=project&key=" + id + "&size=1")
                .then().statusCode(200).extract().asString();
        assertTrue(audit.contains("\"investment10kCny\":123456789012.3456789"), audit);
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
                .body("paths.'/api/v1/audit'.get.responses.'200'.content.'application/json'.examples.audit.value.items[0].operation",
                        equalTo("UPDATE"))
                .body("paths.'/api/v1/projects'.post.security[0]", org.hamcrest.Matchers.hasKey("bearerJwt"));
    }
}
