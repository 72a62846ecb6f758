package org.healthplanning.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthplanning.gateway.config.Json;

/**
 * Merges OpenAPI documents into one: every path and operation, tags prefixed with the owning
 * service, components shared when identical and renamed (with every $ref) when two services
 * define different ones under the same name, operationIds made unique, servers pointing at the
 * gateway.
 */
public final class OpenApiMerger {
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final ObjectNode out = Json.MAPPER.createObjectNode();
    private final ObjectNode paths;
    private final ObjectNode components;
    private final ArrayNode tags;
    private final Set<String> tagNames = new HashSet<>();
    private final Set<String> operationIds = new HashSet<>();

    public OpenApiMerger(String title, String version, String description, String serverUrl) {
        out.put("openapi", "3.1.0");
        ObjectNode info = out.putObject("info");
        info.put("title", title);
        info.put("version", version);
        info.put("description", description);
        out.putArray("servers").addObject().put("url", serverUrl).put("description", "gateway");
        tags = out.putArray("tags");
        paths = out.putObject("paths");
        components = out.putObject("components");
    }

    public ObjectNode result() {
        return out;
    }

    /** Adds one service's document (left untouched; a renamed copy is merged). */
    public OpenApiMerger add(String service, JsonNode document) {
        if (document == null || !document.isObject()) {
            return this;
        }
        ObjectNode doc = document.deepCopy();
        Map<String, String> renames = componentRenames(service, doc);
        if (!renames.isEmpty()) {
            rewriteRefs(doc, renames);
        }
        mergeComponents(doc, renames);
        Map<String, String> tagDescriptions = new LinkedHashMap<>();
        doc.path("tags").forEach(t -> tagDescriptions.put(t.path("name").asText(), t.path("description").asText(null)));
        JsonNode docSecurity = renameSecurity(doc.get("security"), renames);
        doc.path("paths").fields().forEachRemaining(p -> mergePath(service, p.getKey(), p.getValue(), tagDescriptions,
                docSecurity, renames));
        return this;
    }

    private Map<String, String> componentRenames(String service, ObjectNode doc) {
        Map<String, String> renames = new HashMap<>();
        JsonNode theirs = doc.path("components");
        boolean changed = true;
        while (changed) {
            changed = false;
            ObjectNode probe = doc.deepCopy();
            rewriteRefs(probe, renames);
            for (Iterator<Map.Entry<String, JsonNode>> types = probe.path("components").fields(); types.hasNext(); ) {
                Map.Entry<String, JsonNode> type = types.next();
                JsonNode ours = components.path(type.getKey());
                for (Iterator<Map.Entry<String, JsonNode>> it = type.getValue().fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> c = it.next();
                    String ref = "#/components/" + type.getKey() + "/" + c.getKey();
                    if (renames.containsKey(ref)) {
                        continue;
                    }
                    JsonNode existing = ours.get(c.getKey());
                    if (existing != null && !existing.equals(c.getValue())) {
                        String name = prefix(service) + c.getKey();
                        int n = 2;
                        while (ours.has(name) || theirs.path(type.getKey()).has(name)) {
                            name = prefix(service) + c.getKey() + n++;
                        }
                        renames.put(ref, "#/components/" + type.getKey() + "/" + name);
                        changed = true;
                    }
                }
            }
        }
        return renames;
    }

    private void mergeComponents(ObjectNode doc, Map<String, String> renames) {
        doc.path("components").fields().forEachRemaining(type -> {
            ObjectNode ours = components.has(type.getKey()) ? (ObjectNode) components.get(type.getKey()) : components.putObject(type.getKey());
            type.getValue().fields().forEachRemaining(c -> {
                String ref = "#/components/" + type.getKey() + "/" + c.getKey();
                String target = renames.getOrDefault(ref, ref);
                String name = target.substring(target.lastIndexOf('/') + 1);
                if (!ours.has(name)) {
                    ours.set(name, c.getValue());
                }
            });
        });
    }

    /** Security requirements name schemes without a $ref: follow the renames of securitySchemes. */
    private static JsonNode renameSecurity(JsonNode security, Map<String, String> renames) {
        if (security == null || !security.isArray()) {
            return security;
        }
        ArrayNode out = Json.MAPPER.createArrayNode();
        security.forEach(requirement -> {
            ObjectNode r = out.addObject();
            requirement.fields().forEachRemaining(e -> {
                String target = renames.get("#/components/securitySchemes/" + e.getKey());
                r.set(target == null ? e.getKey() : target.substring(target.lastIndexOf('/') + 1), e.getValue());
            });
        });
        return out;
    }

    private void mergePath(String service, String path, JsonNode item, Map<String, String> tagDescriptions,
                           JsonNode docSecurity, Map<String, String> renames) {
        ObjectNode target = paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
        item.fields().forEachRemaining(e -> {
            String key = e.getKey();
            if (key.equals("servers")) {
                return;
            }
            if (!METHODS.contains(key)) {
                if (!target.has(key)) {
                    target.set(key, e.getValue());
                }
                return;
            }
            if (target.has(key)) {
                return;
            }
            ObjectNode op = ((ObjectNode) e.getValue()).deepCopy();
            op.remove("servers");
            if (op.has("security")) {
                op.set("security", renameSecurity(op.get("security"), renames));
            } else if (docSecurity != null) {
                op.set("security", docSecurity.deepCopy());
            }
            List<String> opTags = new ArrayList<>();
            op.path("tags").forEach(t -> opTags.add(t.asText()));
            ArrayNode newTags = op.putArray("tags");
            if (opTags.isEmpty()) {
                newTags.add(tag(service, service + " operations"));
            }
            for (String t : opTags) {
                newTags.add(tag(service + " · " + t, tagDescriptions.get(t)));
            }
            String id = op.path("operationId").asText(null);
            if (id != null) {
                String unique = id;
                if (operationIds.contains(unique)) {
                    unique = prefix(service) + Character.toUpperCase(id.charAt(0)) + id.substring(1);
                    int n = 2;
                    while (operationIds.contains(unique)) {
                        unique = prefix(service) + id + n++;
                    }
                }
                operationIds.add(unique);
                op.put("operationId", unique);
            }
            op.put("x-service", service);
            target.set(key, op);
        });
    }

    private String tag(String name, String description) {
        if (tagNames.add(name)) {
            ObjectNode t = tags.addObject().put("name", name);
            if (description != null) {
                t.put("description", description);
            }
        }
        return name;
    }

    /** "project-service" -> "Project". */
    static String prefix(String service) {
        String first = service.split("-")[0];
        return Character.toUpperCase(first.charAt(0)) + first.substring(1);
    }

    static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            JsonNode ref = o.get("$ref");
            if (ref != null && ref.isTextual() && renames.containsKey(ref.asText())) {
                o.set("$ref", TextNode.valueOf(renames.get(ref.asText())));
            }
            o.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        }
    }
}
