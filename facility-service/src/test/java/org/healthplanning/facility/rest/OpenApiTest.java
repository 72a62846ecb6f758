package org.healthplanning.facility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.healthplanning.platform.testing.PostgresResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.healthplanning.platform.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class OpenApiTest {
    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyContractPathIsDocumentedWithASummary() {
        JsonPath doc = given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        String[] paths = {"/api/v1/regions", "/api/v1/regions/{code}", "/api/v1/regions/{code}/population",
                "/api/v1/regions/{code}/population/{year}", "/api/v1/facilities", "/api/v1/facilities/{code}",
                "/api/v1/facilities/import", "/api/v1/facilities/export", "/api/v1/facilities/{code}/resources",
                "/api/v1/facilities/{code}/resources/{year}", "/api/v1/regions/{code}/resources",
                "/api/v1/regions/{code}/resources/{year}", "/api/v1/regions/{code}/published-ratios",
                "/api/v1/regions/{code}/published-ratios/{year}/{metric}", "/api/v1/published-ratios",
                "/api/v1/regions/{code}/ratios", "/api/v1/regions/{code}/gaps",
                "/api/v1/standards", "/api/v1/standards/{code}"};
        Map<String, Object> all = doc.getMap("paths");
        for (String p : paths) {
            Map<String, Object> ops = (Map<String, Object>) all.get(p);
            assertTrue(ops != null, "missing path " + p);
            for (Map.Entry<String, Object> op : ops.entrySet()) {
                if (op.getKey().equals("parameters")) {
                    continue;
                }
                Map<String, Object> o = (Map<String, Object>) op.getValue();
                assertTrue(o.get("summary") != null, "no summary on " + op.getKey() + " " + p);
                assertTrue(o.get("responses") != null, "no responses on " + op.getKey() + " " + p);
            }
        }
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(notNullValue());
    }

    @Test
    @SuppressWarnings("unchecked")
    void writesDeclareTheBearerSchemeAndTheAuditTrailIsDocumented() {
        JsonPath doc = given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("bearer", doc.getString("components.securitySchemes.bearerJwt.scheme"));
        assertEquals("JWT", doc.getString("components.securitySchemes.bearerJwt.bearerFormat"));
        Map<String, Object> all = doc.getMap("paths");
        int writes = 0;
        for (Map.Entry<String, Object> path : all.entrySet()) {
            for (Map.Entry<String, Object> op : ((Map<String, Object>) path.getValue()).entrySet()) {
                if (!List.of("post", "put", "patch", "delete").contains(op.getKey())) {
                    continue;
                }
                writes++;
                Map<String, Object> o = (Map<String, Object>) op.getValue();
                String where = op.getKey() + " " + path.getKey();
                assertTrue(String.valueOf(o.get("security")).contains("bearerJwt"), "no bearer requirement on " + where);
                Map<String, Object> responses = (Map<String, Object>) o.get("responses");
                assertTrue(responses.containsKey("401") && responses.containsKey("403"), "no 401/403 on " + where);
            }
        }
        assertEquals(18, writes, "every write operation is listed (both import bodies share one operation)");
        String audit = doc.getString("paths.'/api/v1/audit'.get.responses.'200'.content.'application/json'.examples.audit.value");
        assertTrue(audit != null && audit.contains("facility-import"), "audit example: " + audit);
        assertTrue(doc.getMap("paths.'/api/v1/audit'.get.responses").containsKey("403"));
    }
}
