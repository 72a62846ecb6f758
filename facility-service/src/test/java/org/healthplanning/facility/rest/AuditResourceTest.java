package org.healthplanning.facility.rest;

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
        given().header("Authorization", Tokens.bearer(Tokens.editor("editor-tongliang", "500151")))
                .when().get("/api/v1/audit").then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403));
        given().header("Authorization", admin()).when().get("/api/v1/audit")
                .then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(50));
    }

    @Test
    void aFacilitysHistoryIsFilteredByTypeAndKeyNewestFirst() {
        Instant start = Instant.now();
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body("{\"name\": \"审计区\", \"level\": \"DISTRICT\", \"parentCode\": null}")
                .when().put("/api/v1/regions/AUD-1").then().statusCode(201);
        String facility = "{\"name\": \"%s\", \"regionCode\": \"AUD-1\", \"type\": \"GENERAL_HOSPITAL\", \"ownership\": \"PUBLIC\"}";
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(facility.formatted("审计医院"))
                .when().put("/api/v1/facilities/aud-hospital").then().statusCode(201);
        given().header("Authorization", Tokens.bearer(Tokens.editor("editor-aud", "AUD-1"))).contentType(ContentType.JSON)
                .body(facility.formatted("审计人民医院")).when().put("/api/v1/facilities/aud-hospital").then().statusCode(200);
        given().header("Authorization", admin()).when().delete("/api/v1/facilities/aud-hospital").then().statusCode(204);

        JsonPath page = given().header("Authorization", admin())
                .when().get("/api/v1/audit?resourceType=facility&key=aud-hospital").then().statusCode(200).extract().jsonPath();
        assertEquals(3, page.getInt("total"));
        assertEquals(List.of("DELETE", "UPDATE", "CREATE"), page.getList("items.operation"));
        assertEquals(List.of(Tokens.ADMIN_SUBJECT, "editor-aud", Tokens.ADMIN_SUBJECT), page.getList("items.subject"));
        List<Integer> ids = page.getList("items.id");
        assertTrue(ids.get(0) > ids.get(1) && ids.get(1) > ids.get(2), "newest first: " + ids);
        assertEquals("审计医院", page.getString("items[1].before.name"));
        assertEquals("审计人民医院", page.getString("items[1].after.name"));
        assertEquals("审计人民医院", page.getString("items[0].before.name"));
        assertNull(page.get("items[0].after"));
        assertNull(page.get("items[2].before"));
        assertEquals("AUD-1", page.getString("items[2].regionCode"));
        Instant newest = Instant.parse(page.getString("items[0].at"));
        assertTrue(!newest.isBefore(start.minusSeconds(5)), "at is the time of the write: " + newest);

        given().header("Authorization", admin()).when().get("/api/v1/audit?resourceType=facility&key=aud-hospital&size=1&page=1")
                .then().statusCode(200).body("items[0].operation", equalTo("UPDATE")).body("total", equalTo(3));
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        given().header("Authorization", admin()).when().get("/api/v1/audit?key=aud-hospital&from=" + tomorrow)
                .then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", admin()).when().get("/api/v1/audit?key=aud-hospital&to=" + start.minusSeconds(60))
                .then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", admin())
                .when().get("/api/v1/audit?resourceType=facility&key=aud-hospital&from=" + LocalDate.now(ZoneOffset.UTC) + "&to=" + tomorrow)
                .then().statusCode(200).body("total", equalTo(3));
        given().header("Authorization", admin()).when().get("/api/v1/audit?resourceType=region&key=AUD-1")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].after.name", equalTo("审计区"));
    }

    @Test
    void aFailedWriteLeavesNoAuditRow() {
        long before = given().header("Authorization", admin()).when().get("/api/v1/audit?size=1").then().statusCode(200)
                .extract().jsonPath().getLong("total");
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body("{\"name\": \"无区域机构\", \"regionCode\": \"NO-SUCH-REGION\", \"type\": \"CLINIC\", \"ownership\": \"PUBLIC\"}")
                .when().put("/api/v1/facilities/aud-orphan").then().statusCode(400);
        given().header("Authorization", admin()).contentType(ContentType.JSON).body("{\"residents\": -1}")
                .when().put("/api/v1/regions/AUD-1/population/2025").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(404)));
        given().header("Authorization", admin()).when().get("/api/v1/audit?size=1").then().statusCode(200)
                .body("total", equalTo((int) before));
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
}
