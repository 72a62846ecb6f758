package org.healthplanning.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.healthplanning.platform.testing.PostgresResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The published OpenAPI document is one a generated client can use unchanged: stable unique operation
 * ids, typed parameters, a schema on every JSON answer, and public reads that need no token.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class OpenApiTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Pattern ID_LIKE = Pattern.compile("(?i)^(id|.*Id|page|size|year|dryRun|exactYear)$");

    static JsonNode document;

    @BeforeEach
    void read() throws Exception {
        if (document == null) {
            String json = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString();
            document = new ObjectMapper().readTree(json);
        }
    }

    private static List<Map.Entry<String, JsonNode>> operations() {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (METHODS.contains(op.getKey())) {
                out.add(Map.entry(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue()));
            }
        }));
        return out;
    }

    /** A parameter or response as written, or the component it refers to. */
    private static JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText(null);
        if (ref == null) {
            return node;
        }
        JsonNode target = document;
        for (String part : ref.substring(2).split("/")) {
            target = target.path(part);
        }
        return target;
    }

    @Test
    void everyOperationHasAUniqueCamelCaseOperationIdASummaryAndADescription() {
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (var op : operations()) {
            String id = op.getValue().path("operationId").asText("");
            if (!id.matches("[a-z][a-zA-Z0-9]+")) {
                problems.add(op.getKey() + ": operationId '" + id + "'");
            } else if (!seen.add(id)) {
                problems.add(op.getKey() + ": duplicate operationId " + id);
            }
            if (op.getValue().path("summary").asText("").isBlank() || op.getValue().path("description").asText("").isBlank()) {
                problems.add(op.getKey() + ": summary or description missing");
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(38, seen.size(), "operations of indicator-service");
        assertTrue(seen.containsAll(Set.of("listAllPlanIndicators", "listAllMonitoringValues", "listDeletions")), seen.toString());
        assertTrue(seen.containsAll(Set.of("listPlans", "createPlan", "getPlan", "putPlan", "deletePlan", "listPlanIndicators",
                "createPlanIndicator", "getPlanIndicator", "putPlanIndicator", "patchPlanIndicator", "deletePlanIndicator",
                "importPlanIndicators", "exportPlanIndicators", "listMonitoringValues", "getMonitoringValue", "putMonitoringValue",
                "deleteMonitoringValue", "importMonitoringValues", "exportMonitoringValues", "getPlanEvaluation", "getPlanChecks",
                "listIndicatorDefinitions", "createIndicatorDefinition", "getIndicatorDefinition", "putIndicatorDefinition",
                "deleteIndicatorDefinition", "compareIndicatorAcrossRegions", "listAuditEntries", "listApprovals", "getApproval",
                "submitMonitoringValues", "approveMonitoringValues", "returnMonitoringValues", "reopenMonitoringValues")), seen.toString());
    }

    @Test
    void pagingYearIdAndFlagParametersAreNotTypedString() {
        List<String> problems = new ArrayList<>();
        for (var op : operations()) {
            for (JsonNode p : op.getValue().path("parameters")) {
                JsonNode parameter = resolve(p);
                String in = parameter.path("in").asText();
                String name = parameter.path("name").asText();
                if ((in.equals("path") || in.equals("query")) && ID_LIKE.matcher(name).matches()) {
                    JsonNode type = parameter.path("schema").path("type");
                    if (type.isMissingNode() || type.asText().equals("string")
                            || (type.isArray() && type.toString().contains("\"string\""))) {
                        problems.add(op.getKey() + " " + name + ": " + parameter.path("schema"));
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everySuccessAndClientErrorJsonAnswerHasASchema() {
        List<String> problems = new ArrayList<>();
        for (var op : operations()) {
            op.getValue().path("responses").properties().forEach(r -> {
                if (!(r.getKey().startsWith("2") || r.getKey().startsWith("4"))) {
                    return;
                }
                JsonNode response = resolve(r.getValue());
                response.path("content").properties().forEach(c -> {
                    if (c.getKey().contains("json") && c.getValue().path("schema").isMissingNode()) {
                        problems.add(op.getKey() + " " + r.getKey() + " " + c.getKey());
                    }
                });
                if (r.getKey().startsWith("4") && !response.path("content").has("application/problem+json")) {
                    problems.add(op.getKey() + " " + r.getKey() + ": not a problem document");
                }
            });
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void readsArePublicAndWritesNeedABearerToken() {
        List<String> problems = new ArrayList<>();
        for (var op : operations()) {
            JsonNode security = op.getValue().path("security");
            if (op.getKey().startsWith("GET ") && !op.getKey().equals("GET /api/v1/audit")) {
                if (!security.isArray() || !security.isEmpty()) {
                    problems.add(op.getKey() + ": security " + security);
                }
            } else if (!security.toString().contains("bearerJwt")) {
                problems.add(op.getKey() + ": security " + security);
            }
        }
        assertEquals(List.of(), problems);
    }
}
