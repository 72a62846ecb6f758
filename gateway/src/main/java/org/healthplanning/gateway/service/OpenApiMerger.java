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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Merges OpenAPI documents into one: every path and operation once, with its own operationId and
 * its own tags (tags merged by name), components shared when identical and renamed (with every
 * $ref) only when two services define different ones under the same name, servers pointing at
 * the gateway. The gateway's document comes first: its operations win over a backend's at the
 * same path and method (the merged audit trail replaces each backend's), while the schemas it
 * only mirrors from the backends ({@link #BACKEND_OWNED}) give way to the backends' own.
 * Components no operation refers to any more are left out.
 */
public final class OpenApiMerger {
    private static final Logger LOG = Logger.getLogger(OpenApiMerger.class);
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    /** Schemas the gateway's own document declares as stand-ins for the backends' (and the platform's Problem). */
    public static final Set<String> BACKEND_OWNED = Set.of("Problem", "FieldError", "AuditEntry", "Plan", "Evaluation",
            "EvaluatedIndicator", "ProjectSummary", "Project", "Region", "RegionRatios");
    public static final String CONTACT_NAME = "District health planning suite";
    public static final String CONTACT_EMAIL = "healthplanning@example.org";
    public static final String LICENSE_NAME = "Apache-2.0";
    public static final String LICENSE_URL = "https://www.apache.org/licenses/LICENSE-2.0.html";

    private static final com.fasterxml.jackson.databind.node.JsonNodeFactory NODES =
            com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true);
    private final ObjectNode out = NODES.objectNode();
    private final ObjectNode paths;
    private final ObjectNode components;
    private final ArrayNode tags;
    private final Map<String, ObjectNode> tagsByName = new HashMap<>();
    private final Map<String, String> operationIds = new HashMap<>();
    /** "schemas/Plan": a stand-in of the gateway's that the first backend defining it replaces. */
    private final Set<String> provisional = new HashSet<>();
    private final List<String> conflicts = new ArrayList<>();

    public OpenApiMerger(String title, String version, String description, String serverUrl) {
        out.put("openapi", "3.1.0");
        ObjectNode info = out.putObject("info");
        info.put("title", title);
        info.put("version", version);
        info.put("description", description);
        info.putObject("contact").put("name", CONTACT_NAME).put("email", CONTACT_EMAIL);
        info.putObject("license").put("name", LICENSE_NAME).put("url", LICENSE_URL);
        out.putArray("servers").addObject().put("url", serverUrl).put("description", "The gateway (relative to where this document was read)");
        tags = out.putArray("tags");
        paths = out.putObject("paths");
        components = out.putObject("components");
    }

    /** The merged document, without components nothing refers to. */
    public ObjectNode result() {
        pruneUnreferenced();
        if (components.isEmpty()) {
            out.remove("components");
        }
        return out;
    }

    /** Operation ids given a suffix because two services used the same one (should stay empty). */
    public List<String> conflicts() {
        return List.copyOf(conflicts);
    }

    /** Adds the gateway's own document: its operations first, its stand-ins for backend schemas provisionally. */
    public OpenApiMerger addGateway(JsonNode document) {
        if (document == null || !document.isObject()) {
            return this;
        }
        add("gateway", document);
        BACKEND_OWNED.forEach(name -> {
            if (components.path("schemas").has(name)) {
                provisional.add("schemas/" + name);
            }
        });
        return this;
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

    private boolean sameComponent(String type, JsonNode existing, JsonNode theirs) {
        if (existing.equals(theirs)) {
            return true;
        }
        // the same security scheme described in other words is still the same scheme
        return type.equals("securitySchemes")
                && existing.path("type").equals(theirs.path("type"))
                && existing.path("scheme").asText("").equalsIgnoreCase(theirs.path("scheme").asText(""))
                && existing.path("bearerFormat").equals(theirs.path("bearerFormat"))
                && existing.path("in").equals(theirs.path("in"))
                && existing.path("name").equals(theirs.path("name"))
                && existing.path("flows").equals(theirs.path("flows"))
                && existing.path("openIdConnectUrl").equals(theirs.path("openIdConnectUrl"));
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
                    if (renames.containsKey(ref) || provisional.contains(type.getKey() + "/" + c.getKey())) {
                        continue;
                    }
                    JsonNode existing = ours.get(c.getKey());
                    if (existing != null && !sameComponent(type.getKey(), existing, c.getValue())) {
                        String name = prefix(service) + c.getKey();
                        int n = 2;
                        while (ours.has(name) || theirs.path(type.getKey()).has(name)) {
                            name = prefix(service) + c.getKey() + n++;
                        }
                        LOG.debugf("%s defines %s/%s differently: merged as %s", service, type.getKey(), c.getKey(), name);
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
                if (provisional.remove(type.getKey() + "/" + name) || !ours.has(name)) {
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
        ArrayNode out = NODES.arrayNode();
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
                // the gateway's own operation (e.g. the merged audit trail) stands for the backends'
                String owner = target.get(key).path("x-service").asText("");
                if (!owner.equals("gateway")) {
                    LOG.warnf("%s %s is defined by %s and %s: %s's is left out", key.toUpperCase(), path, owner, service, service);
                }
                return;
            }
            ObjectNode op = ((ObjectNode) e.getValue()).deepCopy();
            op.remove("servers");
            if (op.has("security")) {
                op.set("security", renameSecurity(op.get("security"), renames));
            } else if (docSecurity != null) {
                op.set("security", docSecurity.deepCopy());
            }
            op.path("tags").forEach(t -> tag(t.asText(), tagDescriptions.get(t.asText())));
            String id = op.path("operationId").asText(null);
            if (id != null) {
                String unique = id;
                if (operationIds.containsKey(unique)) {
                    int n = 2;
                    unique = id + prefix(service);
                    while (operationIds.containsKey(unique)) {
                        unique = id + prefix(service) + n++;
                    }
                    String message = "operationId " + id + " of " + key.toUpperCase() + " " + path + " (" + service
                            + ") is already used by " + operationIds.get(id) + ": published as " + unique;
                    LOG.warn(message);
                    conflicts.add(message);
                    op.put("operationId", unique);
                }
                operationIds.put(unique, service + " " + key.toUpperCase() + " " + path);
            }
            op.put("x-service", service);
            target.set(key, op);
        });
    }

    private void tag(String name, String description) {
        ObjectNode t = tagsByName.get(name);
        if (t == null) {
            t = tags.addObject().put("name", name);
            tagsByName.put(name, t);
        }
        if (description != null && !t.has("description")) {
            t.put("description", description);
        }
    }

    /** Drops every component (but security schemes) that nothing outside it refers to, directly or through others. */
    private void pruneUnreferenced() {
        Set<String> reachable = new LinkedHashSet<>();
        List<String> pending = new ArrayList<>();
        ObjectNode outside = out.deepCopy();
        outside.remove("components");
        collectRefs(outside, pending);
        while (!pending.isEmpty()) {
            String ref = pending.remove(pending.size() - 1);
            if (!reachable.add(ref)) {
                continue;
            }
            JsonNode target = resolve(ref);
            if (target != null) {
                collectRefs(target, pending);
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> types = components.fields(); types.hasNext(); ) {
            Map.Entry<String, JsonNode> type = types.next();
            if (type.getKey().equals("securitySchemes")) {
                continue;
            }
            for (Iterator<String> names = type.getValue().fieldNames(); names.hasNext(); ) {
                if (!reachable.contains("#/components/" + type.getKey() + "/" + names.next())) {
                    names.remove();
                }
            }
            if (type.getValue().isEmpty()) {
                types.remove();
            }
        }
    }

    /** The node a local $ref points at, or null. */
    public JsonNode resolve(String ref) {
        if (!ref.startsWith("#/")) {
            return null;
        }
        JsonNode node = out.at(ref.substring(1));
        return node.isMissingNode() ? null : node;
    }

    static void collectRefs(JsonNode node, List<String> into) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                into.add(ref.asText());
            }
            node.elements().forEachRemaining(child -> collectRefs(child, into));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectRefs(child, into));
        }
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
