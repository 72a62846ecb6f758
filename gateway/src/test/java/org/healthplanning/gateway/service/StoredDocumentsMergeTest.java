package org.healthplanning.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Merges the documents the backends' builds stored (<module>/target/openapi/openapi.json) with the
 * gateway's own stored one, when they are there, and checks the result: unique operationIds, every
 * $ref resolving, one Problem. The merged document is left in target/openapi/merged-stored.json
 * for the contract lint. Skipped when no backend document has been built yet.
 */
class StoredDocumentsMergeTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    static JsonNode read(Path file) throws IOException {
        return Files.isRegularFile(file) ? new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile()) : null;
    }

    @Test
    void theStoredDocumentsMergeIntoOneConsistentDocument() throws IOException {
        Map<String, JsonNode> backends = new LinkedHashMap<>();
        for (String service : List.of("indicator-service", "project-service", "facility-service")) {
            JsonNode doc = read(ROOT.resolve(service).resolve("target/openapi/openapi.json"));
            if (doc != null) {
                backends.put(service, doc);
            }
        }
        assumeTrue(!backends.isEmpty(), "no backend has stored its OpenAPI document yet");
        JsonNode own = read(ROOT.resolve("gateway/target/openapi/openapi.json"));

        OpenApiMerger merger = new OpenApiMerger("District health planning suite", "1.0.0", "The stored documents merged",
                "https://healthplanning.example.org");
        merger.addGateway(own);
        backends.forEach(merger::add);
        ObjectNode merged = merger.result();
        Path out = Path.of("target/openapi/merged-stored.json");
        Files.createDirectories(out.getParent());
        new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), merged);

        List<String> duplicates = new ArrayList<>(merger.conflicts());
        OpenApiChecks.operationIdProblems(merged).stream().filter(p -> p.contains("share operationId")).forEach(duplicates::add);
        assertEquals(List.of(), duplicates, "operationIds used twice in the suite");
        assertEquals(List.of(), OpenApiChecks.unresolvedRefs(merged), "$refs that do not resolve");
        assertEquals(List.of(), OpenApiChecks.extraProblemSchemas(merged), "Problem/FieldError defined differently");
        assertEquals(true, merged.at("/components/schemas/Problem").isObject());
        assertEquals(1, merged.at("/components/securitySchemes").size());
    }
}
