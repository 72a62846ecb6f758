package org.healthplanning.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

import org.junit.jupiter.api.Test;

class OpenApiMergerTest {
    static JsonNode json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    static final String GATEWAY = """
            {"openapi": "3.1.0", "info": {"title": "gateway", "version": "1.0.0"},
             "tags": [{"name": "Audit", "description": "The suite's audit trail"}],
             "paths": {"/api/v1/audit": {"get": {"operationId": "listAuditEntries", "tags": ["Audit"],
                 "security": [{"bearerJwt": []}],
                 "responses": {"200": {"description": "rows", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AuditEntry"}}}},
                               "400": {"description": "bad", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}}},
             "components": {"schemas": {
                 "AuditEntry": {"type": "object", "additionalProperties": true},
                 "Problem": {"type": "object", "properties": {"status": {"type": "integer"}}}},
               "securitySchemes": {"bearerJwt": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT", "description": "gateway's words"}}}}""";

    static String backend(String service, String listId) {
        return """
                {"openapi": "3.1.0", "info": {"title": "%1$s", "version": "1.0.0"},
                 "servers": [{"url": "http://10.0.0.7:8081"}],
                 "tags": [{"name": "Audit", "description": "%1$s's audit"}, {"name": "Things", "description": "Things of %1$s"}],
                 "paths": {
                   "/api/v1/audit": {"get": {"operationId": "list%2$sAudit", "tags": ["Audit"], "responses": {"200": {"description": "rows",
                       "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AuditEntry"}}}}}}},
                   "/api/v1/%1$s/things": {"get": {"operationId": "%3$s", "tags": ["Things"], "security": [],
                       "responses": {"200": {"description": "things", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                                     "404": {"description": "none", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}}},
                 "components": {"schemas": {
                     "AuditEntry": {"type": "object", "properties": {"id": {"type": "integer"}}, "required": ["id"]},
                     "Unused": {"type": "string"},
                     "Thing": {"type": "object", "properties": {"%1$s": {"type": "string"}}},
                     "Problem": {"type": "object", "additionalProperties": true, "required": ["status"],
                                 "properties": {"status": {"type": "integer"}, "errors": {"type": "array", "items": {"$ref": "#/components/schemas/FieldError"}}}},
                     "FieldError": {"type": "object", "properties": {"field": {"type": "string"}}}},
                   "securitySchemes": {"bearerJwt": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT", "description": "%1$s's words"}}}}"""
                .formatted(service, Character.toUpperCase(service.charAt(0)) + service.substring(1, 3), listId);
    }

    ObjectNode merge(String firstListId, String secondListId) {
        return new OpenApiMerger("Suite", "1.0.0", "All of it", "http://gateway.example.org:8080")
                .addGateway(json(GATEWAY))
                .add("indicator-service", json(backend("indicator", firstListId)))
                .add("project-service", json(backend("project", secondListId)))
                .result();
    }

    @Test
    void operationIdsAndTagsAreKeptAsTheServicesNameThem() {
        ObjectNode doc = merge("listIndicatorThings", "listProjectThings");
        assertEquals("listIndicatorThings", doc.at("/paths/~1api~1v1~1indicator~1things/get/operationId").asText());
        assertEquals("listProjectThings", doc.at("/paths/~1api~1v1~1project~1things/get/operationId").asText());
        assertEquals("Things", doc.at("/paths/~1api~1v1~1project~1things/get/tags/0").asText());
        List<String> tagNames = doc.path("tags").findValuesAsText("name");
        assertEquals(List.of("Audit", "Things"), tagNames);
        // merged by name: the first description stays
        assertEquals("The suite's audit trail", doc.at("/tags/0/description").asText());
        assertEquals("Things of indicator", doc.at("/tags/1/description").asText());
        assertEquals(List.of(), OpenApiChecks.operationIdProblems(doc));
    }

    @Test
    void theGatewaysAuditReplacesTheBackendsAndItsStandInsGiveWayToTheBackendsSchemas() {
        ObjectNode doc = merge("listIndicatorThings", "listProjectThings");
        assertEquals("listAuditEntries", doc.at("/paths/~1api~1v1~1audit/get/operationId").asText());
        assertEquals("gateway", doc.at("/paths/~1api~1v1~1audit/get/x-service").asText());
        // AuditEntry and Problem are the backends' (identical in both), once, not renamed
        assertEquals("integer", doc.at("/components/schemas/AuditEntry/properties/id/type").asText());
        assertTrue(doc.at("/components/schemas/Problem/additionalProperties").asBoolean());
        assertEquals(List.of(), OpenApiChecks.extraProblemSchemas(doc));
        assertTrue(doc.at("/components/schemas/FieldError").isObject());
        // Thing differs between the services: the second is renamed, its reference too
        assertEquals("#/components/schemas/ProjectThing",
                doc.at("/paths/~1api~1v1~1project~1things/get/responses/200/content/application~1json/schema/$ref").asText());
        // one bearer scheme though the services describe it in other words
        assertEquals(List.of("bearerJwt"), names(doc.at("/components/securitySchemes").fieldNames()));
        // nothing refers to Unused: left out; every $ref resolves
        assertFalse(doc.at("/components/schemas").has("Unused"));
        assertEquals(List.of(), OpenApiChecks.unresolvedRefs(doc));
    }

    @Test
    void theDocumentPublishesNoBackendAddressAndAFullInfo() {
        ObjectNode doc = merge("listIndicatorThings", "listProjectThings");
        assertFalse(doc.toString().contains("10.0.0.7"));
        assertFalse(doc.path("info").has("x-backends"));
        assertEquals("http://gateway.example.org:8080", doc.at("/servers/0/url").asText());
        assertEquals(1, doc.path("servers").size());
        assertEquals("healthplanning@example.org", doc.at("/info/contact/email").asText());
        assertEquals("District health planning suite", doc.at("/info/contact/name").asText());
        assertEquals("Apache-2.0", doc.at("/info/license/name").asText());
        assertEquals("https://www.apache.org/licenses/LICENSE-2.0.html", doc.at("/info/license/url").asText());
        assertEquals("1.0.0", doc.at("/info/version").asText());
        // a public read keeps its explicit empty security
        assertTrue(doc.at("/paths/~1api~1v1~1indicator~1things/get/security").isArray());
        assertEquals(0, doc.at("/paths/~1api~1v1~1indicator~1things/get/security").size());
    }

    @Test
    void aDuplicateOperationIdIsAConflictGivenASuffixAsALastResort() {
        OpenApiMerger merger = new OpenApiMerger("Suite", "1.0.0", "All of it", "http://gateway.example.org:8080")
                .addGateway(json(GATEWAY))
                .add("indicator-service", json(backend("indicator", "listThings")))
                .add("project-service", json(backend("project", "listThings")));
        ObjectNode doc = merger.result();
        assertEquals("listThings", doc.at("/paths/~1api~1v1~1indicator~1things/get/operationId").asText());
        assertEquals("listThingsProject", doc.at("/paths/~1api~1v1~1project~1things/get/operationId").asText());
        assertEquals(1, merger.conflicts().size());
    }

    private static <T> List<T> names(java.util.Iterator<T> it) {
        List<T> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}
