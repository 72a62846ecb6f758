package org.healthplanning.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.config.ConfigProvider;
import org.healthplanning.gateway.client.Backend;
import org.healthplanning.gateway.config.WireMockBackends;
import org.healthplanning.gateway.service.OpenApiChecks;
import org.junit.jupiter.api.Test;

/**
 * /q/openapi is one document built with the gateway: the backends' published documents for exactly
 * the routes the gateway passes on, each operation as its backend publishes it and marked with its
 * service, plus the gateway's own operations; no backend is asked for it at run time.
 */
@QuarkusTest
@QuarkusTestResource(WireMockBackends.class)
class SuiteDocumentTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode published(String service) throws IOException {
        try (InputStream in = SuiteDocumentTest.class.getClassLoader()
                .getResourceAsStream("META-INF/backend-openapi/" + service + ".json")) {
            return JSON.readTree(in);
        }
    }

    @Test
    void everyRoutedOperationIsTheBackendsOwnMarkedWithItsService() throws IOException {
        JsonNode suite = OpenApiTest.suite();
        Map<String, JsonNode> ops = new TreeMap<>(OpenApiChecks.operations(suite));
        Set<String> expected = new TreeSet<>();
        for (String service : SuiteDocument.BACKENDS) {
            List<String> routes = ConfigProvider.getConfig().getValues("gateway.routes." + service, String.class);
            Map<String, JsonNode> theirs = OpenApiChecks.operations(published(service));
            theirs.forEach((op, node) -> {
                if (routes.contains(op.substring(op.indexOf(' ') + 1))) {
                    expected.add(op);
                    ObjectNode ours = ops.get(op).deepCopy();
                    assertEquals(service, ours.remove("x-service").asText(), op);
                    assertEquals(node, ours, op + " as " + service + " publishes it");
                }
            });
        }
        ops.forEach((op, node) -> {
            if (!expected.contains(op)) {
                assertEquals("gateway", node.path("x-service").asText(), op + " is neither routed nor the gateway's");
            }
        });
        assertEquals(Set.of("GET /api/v1/audit", "GET /api/v1/deletions", "GET /api/v1/plans/{planCode}/overview",
                "GET /api/v1/plans/{planCode}/report",
                "GET /api/v1/regions/{code}/dashboard", "GET /problems/{type}"), new TreeSet<>(OpenApiTest.own().keySet()));
        // the backends' own audit trails and deletion feeds are not passed on: the gateway's merged ones take their paths
        assertEquals("listAuditEntries", suite.at("/paths/~1api~1v1~1audit/get/operationId").asText());
        assertEquals("listDeletions", suite.at("/paths/~1api~1v1~1deletions/get/operationId").asText());
    }

    @Test
    void oneConsistentDocumentWithTheBackendsSchemasUnderTheGatewaysViews() throws IOException {
        JsonNode suite = OpenApiTest.suite();
        assertEquals(List.of(), OpenApiChecks.operationIdProblems(suite));
        assertEquals(List.of(), OpenApiChecks.unresolvedRefs(suite));
        assertEquals(List.of(), OpenApiChecks.extraProblemSchemas(suite));
        Set<String> schemes = new TreeSet<>();
        suite.at("/components/securitySchemes").fieldNames().forEachRemaining(schemes::add);
        assertEquals(Set.of("bearerJwt"), schemes);
        // the overview's plan is indicator-service's Plan, with its members, and may be null when that backend is down
        JsonNode plan = suite.at("/components/schemas/PlanOverview/properties/plan");
        assertThat(plan.toString(), containsString("#/components/schemas/Plan"));
        assertEquals(published("indicator-service").at("/components/schemas/Plan/properties"),
                suite.at("/components/schemas/Plan/properties"));
        assertEquals(published("project-service").at("/components/schemas/ProjectSummary"),
                suite.at("/components/schemas/ProjectSummary"));
        // schemas only the dropped backend audit operations used are gone
        assertEquals(false, suite.at("/components/schemas").has("PageResponseAuditEntry"));
        List<String> tags = suite.path("tags").findValuesAsText("name");
        assertEquals(tags.size(), Set.copyOf(tags).size(), "each tag once");
        Set<String> used = new TreeSet<>();
        OpenApiChecks.operations(suite).values().forEach(op -> op.path("tags").forEach(t -> used.add(t.asText())));
        assertEquals(used, new TreeSet<>(tags), "the tags declared are the tags the operations use");
    }

    @Test
    void servedAsYamlOrJsonWithTheSuitesIdentityAndNoBackendAddress() {
        String yaml = given().when().get("/q/openapi").then().statusCode(200).contentType(containsString("yaml"))
                .extract().asString();
        assertThat(yaml, containsString("/api/v1/regions/{code}/ratios:"));
        assertThat(yaml, containsString("/api/v1/plans/{planCode}/overview:"));
        String json = given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .contentType(containsString("json")).body("info.title", equalTo("District health planning suite"))
                .body("info.contact.email", equalTo("healthplanning@example.org"))
                .body("info.license.name", equalTo("Apache-2.0"))
                .body("servers[0].url", equalTo("/"))
                .body("servers.size()", equalTo(1))
                .extract().asString();
        for (int port = 8080; port <= 8083; port++) {
            assertThat(json, not(containsString("localhost:" + port)));
        }
        for (Backend b : Backend.values()) {
            assertThat(json, not(containsString(":" + WireMockBackends.server(b).port())));
        }
        String ui = given().when().get("/q/swagger-ui/").then().statusCode(200).extract().asString();
        assertThat(ui, containsString("/q/openapi"));
    }
}
