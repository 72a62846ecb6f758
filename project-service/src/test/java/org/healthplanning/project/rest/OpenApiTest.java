package org.healthplanning.project.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthplanning.platform.testing.PostgresResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service's OpenAPI document is one a generated client can use unchanged. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class OpenApiTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    static JsonNode doc;

    @BeforeEach
    void read() throws Exception {
        if (doc != null) {
            return;
        }
        String json = given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        doc = new ObjectMapper().readTree(json);
    }

    /** Every operation as "METHOD path" → operation. */
    private static Map<String, JsonNode> operations() {
        Map<String, JsonNode> ops = new LinkedHashMap<>();
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
            if (METHODS.contains(m.getKey())) {
                ops.put(m.getKey().toUpperCase() + " " + p.getKey(), m.getValue());
            }
        }));
        return ops;
    }

    private static JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (!ref.startsWith("#/")) {
            return node;
        }
        JsonNode target = doc;
        for (String part : ref.substring(2).split("/")) {
            target = target.path(part.replace("~1", "/").replace("~0", "~"));
        }
        return resolve(target);
    }

    @Test
    void everyOperationHasAUniqueOperationIdSummaryDescriptionAndDeclaredTag() {
        Set<String> declaredTags = new HashSet<>();
        doc.path("tags").forEach(t -> {
            assertTrue(declaredTags.add(t.path("name").asText()), "tag declared twice: " + t);
            assertTrue(!t.path("description").asText("").isBlank(), "tag without description: " + t);
        });
        Set<String> ids = new HashSet<>();
        operations().forEach((name, op) -> {
            String id = op.path("operationId").asText("");
            assertTrue(id.matches("[a-z][A-Za-z0-9]+"), name + ": operationId '" + id + "'");
            assertTrue(ids.add(id), name + ": operationId " + id + " is used twice");
            assertTrue(!op.path("summary").asText("").isBlank(), name + ": no summary");
            assertTrue(!op.path("description").asText("").isBlank(), name + ": no description");
            assertTrue(op.path("tags").size() > 0, name + ": no tag");
            op.path("tags").forEach(t -> assertTrue(declaredTags.contains(t.asText()), name + ": undeclared tag " + t));
        });
        Map<String, String> binding = Map.ofEntries(
                Map.entry("GET /api/v1/projects", "listProjects"), Map.entry("POST /api/v1/projects", "createProject"),
                Map.entry("GET /api/v1/projects/{id}", "getProject"), Map.entry("PUT /api/v1/projects/{id}", "putProject"),
                Map.entry("PATCH /api/v1/projects/{id}", "patchProject"), Map.entry("DELETE /api/v1/projects/{id}", "deleteProject"),
                Map.entry("POST /api/v1/projects/import", "importProjects"), Map.entry("GET /api/v1/projects/export", "exportProjects"),
                Map.entry("GET /api/v1/plans/{planCode}/project-summary", "getPlanProjectSummary"),
                Map.entry("GET /api/v1/plans/{planCode}/declared-totals", "getDeclaredTotals"),
                Map.entry("PUT /api/v1/plans/{planCode}/declared-totals", "putDeclaredTotals"),
                Map.entry("DELETE /api/v1/plans/{planCode}/declared-totals", "deleteDeclaredTotals"),
                Map.entry("GET /api/v1/declared-totals", "listDeclaredTotals"),
                Map.entry("GET /api/v1/deletions", "listDeletions"),
                Map.entry("GET /api/v1/audit", "listAuditEntries"));
        Map<String, JsonNode> ops = operations();
        binding.forEach((name, id) -> assertEquals(id, ops.get(name) == null ? null : ops.get(name).path("operationId").asText(), name));
    }

    @Test
    void numericAndBooleanParametersAreNotTypedString() {
        List<String> wrong = new ArrayList<>();
        operations().forEach((name, op) -> op.path("parameters").forEach(raw -> {
            JsonNode p = resolve(raw);
            String in = p.path("in").asText();
            if (!in.equals("path") && !in.equals("query")) {
                return;
            }
            String param = p.path("name").asText();
            boolean typed = param.equals("page") || param.equals("size") || param.equals("dryRun") || param.equals("id")
                    || param.endsWith("Id") || param.toLowerCase().contains("year") || param.startsWith("period");
            JsonNode schema = resolve(p.path("schema"));
            String type = schema.path("type").asText("");
            if (typed && (type.isEmpty() || type.equals("string"))) {
                wrong.add(name + " " + param + ": " + schema);
            }
        }));
        assertTrue(wrong.isEmpty(), "typed as string: " + wrong);
    }

    @Test
    void everyJsonAnswerHasASchemaAndProblemsUseProblem() {
        List<String> missing = new ArrayList<>();
        operations().forEach((name, op) -> op.path("responses").fields().forEachRemaining(r -> {
            String status = r.getKey();
            if (!status.startsWith("2") && !status.startsWith("4")) {
                return;
            }
            resolve(r.getValue()).path("content").fields().forEachRemaining(c -> {
                if (!c.getKey().contains("json")) {
                    return;
                }
                JsonNode schema = c.getValue().path("schema");
                if (schema.isMissingNode() || schema.isEmpty()) {
                    missing.add(name + " " + status + " " + c.getKey());
                } else if (status.startsWith("4") && !schema.path("$ref").asText().equals("#/components/schemas/Problem")) {
                    missing.add(name + " " + status + ": not the Problem schema");
                }
                c.getValue().path("examples").forEach(e -> {
                    JsonNode value = e.path("value");
                    if (status.startsWith("4") && value.has("status")) {
                        assertEquals(Integer.parseInt(status), value.path("status").asInt(), name + " " + status + " example status");
                    }
                });
            });
        }));
        assertTrue(missing.isEmpty(), "answers without schema: " + missing);
    }

    @Test
    void everyResourceListTakesUpdatedAfterAndAfterAndShowsReadOnlyTimes() {
        for (String list : List.of("GET /api/v1/projects", "GET /api/v1/declared-totals")) {
            Map<String, JsonNode> params = new HashMap<>();
            operations().get(list).path("parameters").forEach(raw -> params.put(resolve(raw).path("name").asText(), resolve(raw)));
            assertEquals("date-time", resolve(params.get("updatedAfter").path("schema")).path("format").asText(), list);
            assertEquals("string", resolve(params.get("updatedAfter").path("schema")).path("type").asText(), list);
            assertEquals("string", resolve(params.get("after").path("schema")).path("type").asText(), list);
        }
        for (String schema : List.of("Project", "DeclaredTotals")) {
            for (String field : List.of("createdAt", "updatedAt")) {
                JsonNode p = doc.path("components").path("schemas").path(schema).path("properties").path(field);
                assertTrue(p.path("readOnly").asBoolean(), schema + "." + field + " readOnly: " + p);
                assertEquals("date-time", p.has("format") ? p.path("format").asText() : resolve(p).path("format").asText(),
                        schema + "." + field);
            }
        }
        assertTrue(doc.path("components").path("schemas").path("PageResponseDeclaredTotals").path("properties").has("cursor"));
        assertTrue(doc.path("components").path("schemas").path("PageResponseProject").path("properties").has("cursor"));
    }

    @Test
    void readsArePublicAndWritesNameTheBearerScheme() {
        operations().forEach((name, op) -> {
            if (name.startsWith("GET ") && !name.equals("GET /api/v1/audit")) {
                assertTrue(op.path("security").isArray() && op.path("security").isEmpty(), name + ": security " + op.path("security"));
            } else {
                assertTrue(op.path("security").toString().contains("bearerJwt"), name + ": security " + op.path("security"));
                assertTrue(op.path("responses").has("401") && op.path("responses").has("403"), name + ": 401/403 not declared");
            }
        });
        assertTrue(doc.path("security").isMissingNode() || doc.path("security").isEmpty(), "a global security requirement");
    }
}
