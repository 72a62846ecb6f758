package org.healthplanning.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.healthplanning.gateway.config.WireMockBackends;
import org.healthplanning.gateway.service.OpenApiChecks;
import org.junit.jupiter.api.Test;

/** The gateway's own operations in the suite's OpenAPI document (/q/openapi): those marked x-service: gateway. */
@QuarkusTest
@QuarkusTestResource(WireMockBackends.class)
class OpenApiTest {
    static final Set<String> TYPED = Set.of("page", "size", "year", "id", "dryRun");

    static JsonNode suite() throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asByteArray());
    }

    static Map<String, JsonNode> own() throws IOException {
        Map<String, JsonNode> ops = new java.util.TreeMap<>(OpenApiChecks.operations(suite()));
        ops.values().removeIf(op -> !op.path("x-service").asText().equals("gateway"));
        return ops;
    }

    @Test
    void everyOperationHasAUniqueOperationIdSummaryDescriptionAndTag() throws IOException {
        JsonNode doc = suite();
        assertEquals(List.of(), OpenApiChecks.operationIdProblems(doc));
        Map<String, JsonNode> ops = own();
        assertEquals(Set.of("getPlanOverview", "getPlanReport", "getRegionDashboard", "listAuditEntries", "listDeletions", "getProblemType"),
                Set.copyOf(ops.values().stream().map(o -> o.path("operationId").asText()).toList()));
        List<String> declared = doc.path("tags").findValuesAsText("name");
        assertEquals(declared.size(), Set.copyOf(declared).size(), "each tag declared once");
        ops.forEach((name, op) -> {
            assertTrue(op.hasNonNull("summary") && op.hasNonNull("description"), name);
            op.path("tags").forEach(t -> assertTrue(declared.contains(t.asText()), name + " tag " + t));
        });
        assertEquals(List.of(), OpenApiChecks.unresolvedRefs(doc));
    }

    @Test
    void pagingYearsAndIdsAreTypedNotStrings() throws IOException {
        List<String> wrong = new ArrayList<>();
        own().forEach((name, op) -> op.path("parameters").forEach(p -> {
            String param = p.path("name").asText();
            boolean idLike = param.equals("id") || param.endsWith("Id");
            if ((TYPED.contains(param) || idLike) && p.path("schema").path("type").asText("").equals("string")) {
                wrong.add(name + " " + param);
            }
        }));
        assertEquals(List.of(), wrong);
    }

    @Test
    void every2xxAnd4xxJsonAnswerHasASchema() throws IOException {
        List<String> missing = new ArrayList<>();
        own().forEach((name, op) -> op.path("responses").fields().forEachRemaining(r -> {
            if (r.getKey().startsWith("2") || r.getKey().startsWith("4")) {
                r.getValue().path("content").fields().forEachRemaining(c -> {
                    if (c.getKey().contains("json") && !c.getValue().has("schema")) {
                        missing.add(name + " " + r.getKey() + " " + c.getKey());
                    }
                });
                if (!r.getKey().equals("204") && !r.getKey().equals("304") && !r.getValue().has("content")) {
                    missing.add(name + " " + r.getKey() + " has no content");
                }
            }
        }));
        assertEquals(List.of(), missing);
    }

    @Test
    void publicReadsDeclareNoSecurityAndTheAuditTrailTheBearerToken() throws IOException {
        own().forEach((name, op) -> {
            if (!name.startsWith("GET ")) {
                return;
            }
            JsonNode security = op.path("security");
            assertTrue(security.isArray(), name);
            if (op.path("operationId").asText().equals("listAuditEntries")) {
                assertTrue(security.path(0).has("bearerJwt"), name);
                assertTrue(op.path("responses").has("401") && op.path("responses").has("403"), name);
            } else {
                assertEquals(0, security.size(), name);
            }
        });
    }
}
