package org.healthplanning.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Structural checks of an OpenAPI document shared by the gateway's tests. */
public final class OpenApiChecks {
    static final java.util.Set<String> METHODS = java.util.Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private OpenApiChecks() {
    }

    static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject() && node.has("$ref")) {
            refs.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, refs));
    }

    /** Every operation as "GET /path" -> its node. */
    public static Map<String, JsonNode> operations(JsonNode doc) {
        Map<String, JsonNode> ops = new HashMap<>();
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
            if (METHODS.contains(m.getKey())) {
                ops.put(m.getKey().toUpperCase() + " " + p.getKey(), m.getValue());
            }
        }));
        return ops;
    }

    /** The operationIds used more than once, and the operations without one. */
    public static List<String> operationIdProblems(JsonNode doc) {
        Map<String, String> seen = new HashMap<>();
        List<String> problems = new ArrayList<>();
        operations(doc).forEach((op, node) -> {
            String id = node.path("operationId").asText(null);
            if (id == null) {
                problems.add(op + " has no operationId");
            } else if (seen.containsKey(id)) {
                problems.add(op + " and " + seen.get(id) + " share operationId " + id);
            } else {
                seen.put(id, op);
            }
        });
        return problems;
    }

    /** Every $ref that does not resolve inside the document. */
    public static List<String> unresolvedRefs(JsonNode doc) {
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        return refs.stream().filter(r -> !r.startsWith("#/") || doc.at(r.substring(1)).isMissingNode()).distinct().toList();
    }

    /** Schema names that are renamed copies of the shared Problem or FieldError (e.g. IndicatorProblem). */
    public static List<String> extraProblemSchemas(JsonNode doc) {
        List<String> extra = new ArrayList<>();
        doc.path("components").path("schemas").fieldNames().forEachRemaining(name -> {
            if (name.matches("(Indicator|Project|Facility|Gateway)(Problem|FieldError)\\d*") || name.matches("(Problem|FieldError)\\d+")) {
                extra.add(name);
            }
        });
        return extra;
    }
}
