package org.healthplanning.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthplanning.suite.Http.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Hostile input through the gateway, driven by the merged OpenAPI document: every operation gets
 * malformed and mistyped bodies, missing and extra fields, huge strings, out-of-range numbers, invalid
 * enums and dates, NUL characters and broken Unicode, path keys that do not exist or are hostile, and
 * hostile query values. No answer may be a 5xx, every 4xx is problem+json, no bad write is accepted,
 * and afterwards every read of the contract (lists, full exports, evaluations, the audit trail) is
 * exactly what it was before.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputSweepIT {
    private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete");
    private static final String HUGE = "界".repeat(100_000);
    private static final String LONG = "x".repeat(2_000);
    /** Raw (already encoded) hostile path segments: keys that do not exist, wrong types, injection, broken encodings. */
    private static final List<String> PATH_VALUES = List.of("no-such-key", "999999999999", "-1", "0", "abc",
            enc("' OR '1'='1"), enc("1; DROP TABLE plans"), enc("..\\..\\etc\\passwd"), enc("𠀀🏥\u202eabc\u200b"),
            LONG, "%00", "%FF", "%ED%A0%80");
    /** The path values above that are well-formed keys which simply do not exist. */
    private static final List<String> WELL_FORMED_KEYS = List.of("no-such-key", "999999999999", "0", "abc");
    /** Raw hostile query values: empty, wrong types, out of range, injection, unusual Unicode, broken encodings. */
    private static final List<String> QUERY_VALUES = List.of("", "%20", "-1", "0", "99999999999999999999", "abc",
            "2024-13-45", "NaN", "1e400", enc("' OR 1=1--"), enc("𠀀🏥\u202e"), LONG, "%00", "%FF", "NOT_A_VALUE");
    /** Query values no write operation can take (they would otherwise run an import or a generator). */
    private static final List<String> WRITE_QUERY_VALUES = List.of("NOT-A-VALUE!", enc("' OR '1'='1"), "-1", "%00", LONG);
    private static final String INJECTION = "' OR '1'='1";

    private static SuiteUnderTest sut;
    private static JsonNode merged;

    @BeforeAll
    static void startSuite() throws Exception {
        sut = SuiteUnderTest.start("sweep");
        merged = sut.get(sut.gateway("/q/openapi?format=json")).json();
    }

    @AfterAll
    static void stopSuite() {
        if (sut != null) {
            sut.close();
        }
    }

    /** One request of the sweep; {@code mustRefuse} when only a 4xx is a right answer. */
    record Case(String method, String url, String contentType, String body, String label, boolean mustRefuse) {
        @Override
        public String toString() {
            String shown = url.length() > 160 ? url.substring(0, 160) + "…" : url;
            return method + " " + shown + " [" + label + "]";
        }
    }

    @Test
    @Order(1)
    void noOperationAnswers5xxOrAcceptsBadInputAndNothingChanges() throws Exception {
        Map<String, String> before = snapshot();
        Map<String, String> again = snapshot();
        List<String> unstable = new ArrayList<>();
        before.keySet().removeIf(url -> {
            boolean differs = !before.get(url).equals(again.get(url));
            if (differs) {
                unstable.add(url);
            }
            return differs;
        });
        assertTrue(unstable.isEmpty(), "reads that differ between two identical calls: " + unstable);

        List<Case> cases = cases();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> serverErrors = Collections.synchronizedList(new ArrayList<>());
        List<String> notProblems = Collections.synchronizedList(new ArrayList<>());
        List<String> accepted = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (Case c : cases) {
                replies.add(pool.submit(() -> sut.send(c.method(), c.url(), c.contentType(), c.body())));
            }
            for (int i = 0; i < cases.size(); i++) {
                Case c = cases.get(i);
                Reply r = replies.get(i).get();
                byStatus.merge(r.status(), 1, Integer::sum);
                if (r.status() >= 500 || r.status() == 0) {
                    serverErrors.add(r.status() + " " + c + " " + abbreviate(r.body()));
                } else if (r.status() >= 400 && !r.problem()) {
                    notProblems.add(r.status() + " " + r.contentType() + " " + c);
                } else if (r.status() < 400 && c.mustRefuse()) {
                    accepted.add(r.status() + " " + c + " " + abbreviate(r.body()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        Map<String, String> after = snapshot();
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> read : before.entrySet()) {
            if (!read.getValue().equals(after.get(read.getKey()))) {
                changed.add(read.getKey());
            }
        }
        System.out.printf("Bad-input sweep: %d operations, %d requests in %.1f s; by status %s; 5xx or no answer %d; 4xx without problem+json %d;"
                        + " bad writes accepted %d; reads compared %d, changed %d%n",
                operations(), cases.size(), seconds, byStatus, serverErrors.size(), notProblems.size(), accepted.size(),
                before.size(), changed.size());
        assertTrue(cases.size() > 2_000, "only " + cases.size() + " requests generated");
        assertTrue(serverErrors.isEmpty(), serverErrors.size() + " answers were 5xx or none:\n" + first(serverErrors));
        assertTrue(notProblems.isEmpty(), notProblems.size() + " 4xx answers were not problem+json:\n" + first(notProblems));
        assertTrue(accepted.isEmpty(), accepted.size() + " bad requests were accepted:\n" + first(accepted));
        assertTrue(changed.isEmpty(), "reads changed by refused requests: " + changed);
        assertTrue(before.size() > 30, "only " + before.size() + " reads compared");
    }

    @Test
    @Order(2)
    void injectionLikeAndUnusualTextIsStoredAndFoundLiterally() throws Exception {
        String name = INJECTION + "; DROP TABLE projects;-- 𠀀🏥";
        String content = "<script>alert(1)</script> ${jndi:ldap://x} \u202e右到左\u200b e\u0301 \uD83D\uDC68\u200D\u2695\uFE0F";
        Reply plan = sut.put("/api/v1/plans/sweep-literal", """
                {"code": "sweep-literal", "regionCode": "500151", "title": "字面文本测试规划", "periodStart": 2021, "periodEnd": 2025}""");
        assertTrue(plan.ok(), "the plan the project names: " + plan);
        ObjectNode project = Http.JSON.createObjectNode().put("planCode", "sweep-literal").put("regionCode", "500151")
                .put("seq", "1").put("name", name).put("content", content).put("investment10kCny", 1);
        Reply created = sut.post("/api/v1/projects", project.toString());
        assertEquals(201, created.status(), created.body());
        long id = created.json().path("id").asLong();
        JsonNode read = sut.get(sut.gateway("/api/v1/projects/" + id)).json();
        assertEquals(name, read.path("name").asText());
        assertEquals(content, read.path("content").asText());
        JsonNode found = sut.get(sut.gateway("/api/v1/projects?planCode=sweep-literal&q=" + enc(INJECTION))).json();
        assertEquals(1, found.path("total").asInt(), found.toString());
        JsonNode none = sut.get(sut.gateway("/api/v1/projects?q=" + enc("%' OR 1=1 --"))).json();
        assertEquals(0, none.path("total").asInt(), "a LIKE wildcard in q matched: " + none);
        Reply deleted = sut.http.send("DELETE", sut.gateway("/api/v1/projects/" + id), null, null,
                "\"" + read.path("version").asLong() + "\"");
        assertEquals(204, deleted.status(), deleted.body());
    }

    @Test
    @Order(3)
    void everyOperationRefusesAQueryParameterItDoesNotDeclare() throws Exception {
        List<String> wrong = new ArrayList<>();
        int operations = 0;
        Iterator<Map.Entry<String, JsonNode>> paths = merged.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> entry = paths.next();
            for (String m : METHODS) {
                JsonNode op = entry.getValue().path(m);
                if (op.isMissingNode()) {
                    continue;
                }
                operations++;
                String path = entry.getKey().replace("{year}", "2023").replace("{id}", "1")
                        .replaceAll("\\{[A-Za-z]+}", "no-such-key");
                Optional<String> example = example(op, "application/json");
                boolean body = op.has("requestBody") && example.isPresent();
                Reply r = sut.send(m.toUpperCase(), sut.gateway(path + "?regioncode=500151"), body ? "application/json" : null,
                        body ? example.get() : null);
                JsonNode problem = r.problem() ? r.json() : null;
                if (r.status() != 400 || problem == null || !"regioncode".equals(problem.path("errors").path(0).path("field").asText())) {
                    wrong.add(m.toUpperCase() + " " + path + " -> " + r.status() + " " + abbreviate(r.body()));
                }
            }
        }
        System.out.printf("Undeclared query parameter: %d operations, %d not refused with 400 naming it%n", operations, wrong.size());
        assertTrue(operations > 60, "only " + operations + " operations");
        assertTrue(wrong.isEmpty(), wrong.size() + " operations did not refuse ?regioncode= with 400 naming it:\n" + first(wrong));
    }

    // --- the cases -------------------------------------------------------------------------------

    private static int operations() {
        int n = 0;
        for (JsonNode path : merged.path("paths")) {
            for (String m : METHODS) {
                n += path.has(m) ? 1 : 0;
            }
        }
        return n;
    }

    private static List<Case> cases() throws Exception {
        List<Case> cases = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = merged.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> entry = paths.next();
            String template = entry.getKey();
            for (String m : METHODS) {
                JsonNode op = entry.getValue().path(m);
                if (op.isMissingNode() || (template.contains("/admin/") && m.equals("delete"))) {
                    continue;
                }
                String method = m.toUpperCase();
                pathCases(cases, method, template, op);
                Optional<String> base = template.contains("{") ? sut.concrete(template, false) : Optional.of(template);
                if (base.isEmpty()) {
                    continue;
                }
                queryCases(cases, method, base.get(), op);
                if (op.has("requestBody")) {
                    bodyCases(cases, method, base.get(), op);
                }
            }
        }
        return cases;
    }

    /** Each path parameter in turn replaced by a key that does not exist or a hostile one. */
    private static void pathCases(List<Case> cases, String method, String template, JsonNode op) throws Exception {
        Matcher params = Pattern.compile("\\{(\\w+)}").matcher(template);
        while (params.find()) {
            String marked = template.replace(params.group(), "__HOSTILE__");
            Optional<String> filled = sut.concrete(marked, false);
            if (filled.isEmpty()) {
                filled = sut.concrete(marked, true);
            }
            if (filled.isEmpty()) {
                continue;
            }
            boolean leaf = template.endsWith(params.group());
            // project-service keys projects, declared totals and summaries by plan code without owning plans:
            // a well-formed code it has never seen reads as an empty summary and may be given declared totals
            boolean keysOnly = "project-service".equals(op.path("x-service").asText()) && params.group(1).equals("planCode");
            for (String value : PATH_VALUES) {
                String url = sut.gateway(filled.get().replace("__HOSTILE__", value));
                String label = "path " + params.group(1) + "=" + shorten(value);
                boolean wellFormed = WELL_FORMED_KEYS.contains(value);
                if (method.equals("GET") || method.equals("DELETE")) {
                    cases.add(new Case(method, url, null, null, label, !(keysOnly && wellFormed && method.equals("GET"))));
                } else {
                    cases.add(new Case(method, url, "application/json", "{\"malformed\": ", label + ", malformed body", true));
                    Optional<String> example = example(op, "application/json");
                    if (!leaf && !keysOnly && value.equals("no-such-key") && example.isPresent()) {
                        cases.add(new Case(method, url, "application/json", example.get(), label + ", valid body", true));
                    }
                }
            }
        }
    }

    private static void queryCases(List<Case> cases, String method, String base, JsonNode op) {
        for (JsonNode p : op.path("parameters")) {
            if (!"query".equals(p.path("in").asText())) {
                continue;
            }
            String name = p.path("name").asText();
            boolean read = method.equals("GET");
            for (String value : read ? QUERY_VALUES : WRITE_QUERY_VALUES) {
                String url = sut.gateway(base + (base.contains("?") ? "&" : "?") + name + "=" + value);
                String label = "query " + name + "=" + shorten(value);
                if (read) {
                    cases.add(new Case(method, url, null, null, label, false));
                } else {
                    Optional<String> example = example(op, "application/json");
                    cases.add(new Case(method, url, example.isPresent() ? "application/json" : null, example.orElse(null), label, true));
                }
            }
        }
    }

    private static void bodyCases(List<Case> cases, String method, String base, JsonNode op) {
        String url = sut.gateway(base);
        Iterator<Map.Entry<String, JsonNode>> contents = op.path("requestBody").path("content").fields();
        while (contents.hasNext()) {
            Map.Entry<String, JsonNode> content = contents.next();
            String type = content.getKey();
            JsonNode example = firstExample(content.getValue());
            if (type.equals("text/csv")) {
                csvCases(cases, method, url, example == null ? null : example.asText());
                continue;
            }
            if (!type.contains("json") || example == null || !(example.isObject() || example.isArray())) {
                continue;
            }
            boolean patch = method.equals("PATCH");
            boolean array = example.isArray();
            ObjectNode row = (ObjectNode) (array ? example.get(0) : example).deepCopy();
            row.remove("version");
            if (method.equals("POST") && row.has("code")) {
                row.put("code", "SWEEP_1");
            }
            JsonNode schema = resolve(content.getValue().path("schema"));
            JsonNode properties = schema.path("properties");
            List<String> required = new ArrayList<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            java.util.function.Function<ObjectNode, String> wrap = r -> array ? Http.JSON.createArrayNode().add(r).toString() : r.toString();

            cases.add(new Case(method, url, type, "{\"malformed\": ", "malformed JSON", true));
            cases.add(new Case(method, url, type, array ? "{}" : "[]", "wrong shape", true));
            cases.add(new Case(method, url, type, "\"text\"", "a string for the body", true));
            if (!patch && (array || !required.isEmpty())) {
                cases.add(new Case(method, url, type, array ? "[{}]" : "{}", "empty", true));
                cases.add(new Case(method, url, type, array ? "[{\"unexpectedField\": \"x\"}]" : "{\"unexpectedField\": \"x\"}",
                        "only an unknown field", true));
            }
            Iterator<Map.Entry<String, JsonNode>> fields = row.fields();
            List<String> names = new ArrayList<>();
            fields.forEachRemaining(f -> names.add(f.getKey()));
            for (String field : names) {
                JsonNode value = row.get(field);
                JsonNode property = resolve(properties.path(field));
                for (Map.Entry<String, String> bad : badValues(value, property).entrySet()) {
                    String body = wrap.apply(row.deepCopy().put(field, "__BAD__")).replace("\"__BAD__\"", bad.getValue());
                    cases.add(new Case(method, url, type, body, field + ": " + bad.getKey(), true));
                }
                if (required.contains(field)) {
                    ObjectNode without = row.deepCopy();
                    without.remove(field);
                    cases.add(new Case(method, url, type, wrap.apply(without), field + ": missing", true));
                }
            }
        }
    }

    /** Values the field cannot take (raw JSON), from the type of its example and its documented schema. */
    private static Map<String, String> badValues(JsonNode example, JsonNode property) {
        Map<String, String> bad = new LinkedHashMap<>();
        // without a documented type the example's decides; an integral example may still be a decimal field
        String type = property.path("type").asText(example.isTextual() ? "string" : example.isNumber() ? "number" : example.isBoolean() ? "boolean" : example.isArray() ? "array"
                : example.isObject() ? "object" : "");
        switch (type) {
            case "string" -> {
                bad.put("an object", "{\"x\": 1}");
                bad.put("huge string", quote(HUGE));
                bad.put("NUL character", "\"a\\u0000b\"");
                bad.put("unpaired surrogate", "\"a\\ud800b\"");
                if (property.has("enum")) {
                    bad.put("invalid enum", "\"NOT_A_VALUE\"");
                }
                if (property.has("pattern") && !Pattern.compile(property.path("pattern").asText()).matcher(INJECTION).find()) {
                    bad.put("injection against the pattern", quote(INJECTION));
                }
                if (property.has("maxLength")) {
                    bad.put("maxLength + 1", quote("长".repeat(property.path("maxLength").asInt() + 1)));
                }
                if ("date".equals(property.path("format").asText()) || "date-time".equals(property.path("format").asText())) {
                    bad.put("invalid date", "\"2024-13-45\"");
                }
            }
            case "integer" -> {
                bad.put("text", "\"not-a-number\"");
                bad.put("fraction", "0.5");
                bad.put("2^63", new BigInteger("2").pow(63).toString());
                bad.put("1e400", "1e400");
                bounds(property, bad);
            }
            case "number" -> {
                bad.put("text", "\"not-a-number\"");
                bad.put("1e400", "1e400");
                bad.put("-1e400", "-1e400");
                bad.put("10^300", "1" + "0".repeat(300));
                bad.put("11 decimals", "1.00000000001");
                bounds(property, bad);
            }
            case "boolean" -> bad.put("text", "\"maybe\"");
            case "array" -> bad.put("an object", "{\"x\": 1}");
            case "object" -> bad.put("a string", "\"text\"");
            default -> {
                // a null example without a documented type: nothing is known to be wrong for it
            }
        }
        return bad;
    }

    private static void bounds(JsonNode property, Map<String, String> bad) {
        if (property.has("minimum")) {
            bad.put("minimum - 1", property.path("minimum").decimalValue().subtract(java.math.BigDecimal.ONE).toPlainString());
        }
        if (property.has("maximum")) {
            bad.put("maximum + 1", property.path("maximum").decimalValue().add(java.math.BigDecimal.ONE).toPlainString());
        }
    }

    private static void csvCases(List<Case> cases, String method, String url, String example) {
        cases.add(new Case(method, url, "text/csv", "\u0001\u0002,\"unterminated\n", "garbage CSV", true));
        if (example == null || !example.contains("\n")) {
            return;
        }
        String[] lines = example.split("\n");
        String header = lines[0];
        String row = lines.length > 1 ? lines[1] : "";
        int comma = row.indexOf(',');
        if (comma < 0) {
            return;
        }
        String rest = row.substring(comma + 1);
        cases.add(new Case(method, url, "text/csv", header + "\n" + "a\u0000b," + rest + "\n", "NUL in a CSV cell", true));
        cases.add(new Case(method, url, "text/csv", header + "\n" + HUGE + "," + rest + "\n", "huge CSV cell", true));
        cases.add(new Case(method, url, "text/csv", header + ",unexpectedColumn\n" + row + ",x\n", "unknown CSV column", true));
    }

    private static Optional<String> example(JsonNode op, String type) {
        JsonNode example = firstExample(op.path("requestBody").path("content").path(type));
        return example == null || !(example.isObject() || example.isArray()) ? Optional.empty() : Optional.of(example.toString());
    }

    private static JsonNode firstExample(JsonNode content) {
        if (content.has("example")) {
            return content.get("example");
        }
        Iterator<JsonNode> examples = content.path("examples").elements();
        return examples.hasNext() ? examples.next().path("value") : null;
    }

    private static JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return merged.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    // --- what "nothing changed" compares -------------------------------------------------------------

    /** Every read of the contract that needs no more than the demo keys, largest page, and the audit trail's size. */
    private static Map<String, String> snapshot() throws Exception {
        Map<String, String> reads = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> paths = merged.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> entry = paths.next();
            JsonNode get = entry.getValue().path("get");
            if (get.isMissingNode() || entry.getKey().startsWith("/api/v1/audit")) {
                continue;
            }
            Optional<String> path = entry.getKey().contains("{") ? sut.concrete(entry.getKey(), false) : Optional.of(entry.getKey());
            if (path.isEmpty()) {
                continue;
            }
            boolean paged = false;
            for (JsonNode p : get.path("parameters")) {
                paged |= "size".equals(p.path("name").asText());
            }
            String url = sut.gateway(path.get() + (paged ? "?size=500" : ""));
            Reply r = sut.get(url);
            reads.put(url, r.status() + " " + r.body());
        }
        Reply audit = sut.get(sut.gateway("/api/v1/audit?size=1"));
        assertEquals(200, audit.status(), audit.body());
        reads.put("audit events", audit.json().path("total").asText());
        return reads;
    }

    // --- small helpers ---------------------------------------------------------------------------------

    private static String enc(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private static String quote(String s) {
        return Http.JSON.getNodeFactory().textNode(s).toString();
    }

    private static String shorten(String s) {
        return s.length() > 24 ? s.substring(0, 12) + "…(" + s.length() + ")" : s;
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private static String first(List<String> lines) {
        return String.join("\n", lines.subList(0, Math.min(40, lines.size())));
    }
}
