package org.healthplanning.suite;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The API contract in the end-to-end tests: every response a test receives from the suite (through
 * {@link Http} or REST Assured) is validated against the gateway's merged OpenAPI document, fetched
 * live from the running gateway when the suite has started — status, headers and body of the
 * operation whose path template matches the request.
 *
 * <p>{@code -Dcontract.validation=strict} (the default) fails the request's test on a mismatch;
 * {@code report} only lists every mismatch, grouped by operation, in
 * {@code suite-runner/target/contract-violations.txt}; {@code off} validates nothing, and neither
 * does {@code -Dcontract.skip}. Only the API ({@code /api/...}) is validated: {@code /q/...}
 * (health, metrics, the documents themselves, Swagger UI) is not part of the document.
 */
final class Contract {
    enum Mode { OFF, REPORT, STRICT }

    static final Mode MODE = mode();
    static final Path VIOLATIONS = RunningSuite.ROOT.resolve("suite-runner/target/contract-violations.txt");
    static final Path SNAPSHOT = RunningSuite.ROOT.resolve("contract/openapi.json");

    /** Reads decimals exactly (a document's examples keep their digits). */
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** host:port of each running component → the validator of the merged document of its suite */
    private static final Map<String, Document> DOCUMENTS = new ConcurrentHashMap<>();
    /** operation → kind of mismatch → how often and one example */
    private static final Map<String, Map<String, Seen>> FOUND = new TreeMap<>();
    private static final Map<String, AtomicLong> VALIDATED = new ConcurrentHashMap<>();
    private static final Pattern INDEX = Pattern.compile("/[0-9]+(?=[/'\\]]|$)");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]{40,}\"");
    private static volatile boolean hookAdded;

    private record Seen(AtomicLong count, String example) {
    }

    /** A path template of the document, e.g. /api/v1/plans/{planCode}, as a pattern of concrete paths. */
    private record Template(String path, Pattern pattern, int parameters) {
    }

    /** The merged document of one running suite: its validator and its path templates, most literal first. */
    private record Document(OpenApiInteractionValidator validator, List<Template> templates) {
        static Document of(String json) throws IOException {
            List<Template> templates = new ArrayList<>();
            JsonNode doc = JSON.readTree(json);
            doc.path("paths").fieldNames().forEachRemaining(path -> {
                StringBuilder regex = new StringBuilder();
                int parameters = 0;
                for (String part : path.split("(?=\\{)|(?<=\\})")) {
                    if (part.startsWith("{") && part.endsWith("}")) {
                        regex.append("[^/]+");
                        parameters++;
                    } else {
                        regex.append(Pattern.quote(part));
                    }
                }
                templates.add(new Template(path, Pattern.compile(regex.toString()), parameters));
            });
            templates.sort(java.util.Comparator.comparingInt(Template::parameters));
            String forValidator = JSON.writeValueAsString(asOpenApi30(doc.deepCopy()));
            return new Document(OpenApiInteractionValidator.createForInlineApiSpecification(forValidator).build(), templates);
        }

        /** "GET /api/v1/plans/{planCode}" for GET /api/v1/plans/tongliang-14th; the concrete path when none matches. */
        String operation(String method, String path) {
            for (Template t : templates) {
                if (t.pattern().matcher(path).matches()) {
                    return method + " " + t.path();
                }
            }
            return method + " " + path + " (no path of the document matches)";
        }
    }

    private Contract() {
    }

    private static Mode mode() {
        String skip = System.getProperty("contract.skip", "false");
        if (skip.isEmpty() || Boolean.parseBoolean(skip)) {
            return Mode.OFF;
        }
        String mode = System.getProperty("contract.validation", "strict").trim();
        return Mode.valueOf((mode.isEmpty() ? "strict" : mode).toUpperCase(Locale.ROOT));
    }

    static boolean skipped() {
        String skip = System.getProperty("contract.skip", "false");
        return skip.isEmpty() || Boolean.parseBoolean(skip);
    }

    /**
     * Fetches the merged document from the gateway of a suite that has just started and validates from
     * now on every response of the gateway and of the given components against it.
     */
    static void register(String gatewayUrl, Collection<String> componentUrls) {
        if (MODE == Mode.OFF) {
            return;
        }
        Document document;
        try {
            document = Document.of(fetchMerged(gatewayUrl));
        } catch (IOException e) {
            throw new UncheckedIOException("the merged document of " + gatewayUrl + " is not JSON", e);
        } catch (OpenApiInteractionValidator.ApiLoadException e) {
            String why = "The gateway's merged OpenAPI document cannot be read by the response validator: " + e.getMessage();
            if (MODE == Mode.STRICT) {
                throw new AssertionError(why, e);
            }
            synchronized (FOUND) {
                FOUND.computeIfAbsent("(the whole document)", k -> new TreeMap<>())
                        .putIfAbsent(generalized(why), new Seen(new AtomicLong(1), gatewayUrl + "/q/openapi"));
            }
            writeReport();
            return;
        }
        List<String> urls = new ArrayList<>(componentUrls);
        urls.add(gatewayUrl);
        for (String url : urls) {
            DOCUMENTS.put(authority(URI.create(url)), document);
        }
        installRestAssuredFilter();
        synchronized (FOUND) {
            if (!hookAdded) {
                hookAdded = true;
                Runtime.getRuntime().addShutdownHook(new Thread(Contract::writeReport));
                writeReport();
            }
        }
    }

    /** The gateway's merged document as it serves it, as text. */
    static String fetchMerged(String gatewayUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl + "/q/openapi?format=json"))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(60)).build();
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 200) {
                throw new AssertionError("GET " + request.uri() + " answered " + r.statusCode() + ": " + r.body());
            }
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while fetching " + request.uri(), e);
        }
    }

    /**
     * The document in OpenAPI 3.0 terms, for the validator: it reads 3.1 documents but loses their
     * schemas' types (a string where an integer is declared would pass). Its schemas say the same in
     * 3.0: {@code examples: [a, ...]} → {@code example: a}; {@code type: [t, "null"]} → {@code type: t,
     * nullable: true}; {@code anyOf}/{@code oneOf} with {@code {type: "null"}} → the same with a nullable alternative;
     * an array without {@code items} → {@code items: {}};
     * {@code const} → a one-value {@code enum}; numeric {@code exclusiveMinimum}/{@code exclusiveMaximum}
     * → the boolean form.
     */
    static JsonNode asOpenApi30(JsonNode doc) {
        if (doc instanceof ObjectNode root && root.path("openapi").asText().startsWith("3.1")) {
            root.put("openapi", "3.0.3");
            root.remove("jsonSchemaDialect");
            root.remove("webhooks");
            downgrade(root);
        }
        return doc;
    }

    private static void downgrade(JsonNode node) {
        if (node.isArray()) {
            node.forEach(Contract::downgrade);
            return;
        }
        if (!(node instanceof ObjectNode o)) {
            return;
        }
        if (o.path("examples").isArray()) {
            JsonNode first = o.path("examples").path(0);
            o.remove("examples");
            if (!first.isMissingNode() && !o.has("example")) {
                o.set("example", first);
            }
        }
        if (o.path("type").isArray()) {
            List<String> types = new ArrayList<>();
            o.path("type").forEach(t -> types.add(t.asText()));
            boolean nullable = types.remove("null");
            o.remove("type");
            if (types.size() == 1) {
                o.put("type", types.get(0));
            }
            if (nullable) {
                o.put("nullable", true);
            }
        }
        for (String combinator : List.of("anyOf", "oneOf")) {
            if (o.path(combinator).isArray()) {
                ArrayNode kept = JSON.createArrayNode();
                boolean nullable = false;
                for (JsonNode alternative : o.path(combinator)) {
                    if (alternative.size() == 1 && "null".equals(alternative.path("type").asText(null))) {
                        nullable = true;
                    } else {
                        kept.add(alternative);
                    }
                }
                if (nullable) {
                    // 3.0 has no null type, and "nullable" beside a $ref does not reach into it: the null
                    // alternative becomes a schema that only null satisfies
                    // (a nullable empty-string schema: null passes, and so would "", which no answer sends)
                    kept.add(JSON.createObjectNode().put("type", "string").put("nullable", true).put("maxLength", 0));
                    o.remove("type");
                    o.set(combinator, kept);
                }
            }
        }
        if ("array".equals(o.path("type").asText(null)) && !o.has("items")) {
            o.putObject("items"); // 3.1: items may be left out (any item); 3.0 requires it
        }
        if (o.has("const") && !o.path("const").isContainerNode()) {
            o.set("enum", JSON.createArrayNode().add(o.remove("const")));
        }
        for (String[] bound : new String[][] {{"exclusiveMinimum", "minimum"}, {"exclusiveMaximum", "maximum"}}) {
            if (o.path(bound[0]).isNumber()) {
                o.set(bound[1], o.path(bound[0]));
                o.put(bound[0], true);
            }
        }
        o.forEach(Contract::downgrade);
    }

    /** Every REST Assured request of the tests goes through {@link #check} as well. */
    static void installRestAssuredFilter() {
        synchronized (Contract.class) {
            if (RestAssured.filters().stream().noneMatch(f -> f instanceof ResponseFilter)) {
                RestAssured.filters(new ResponseFilter());
            }
        }
    }

    /**
     * Validates one response against the merged document of the suite it came from (nothing when the
     * URL is not a registered component's or not under /api/). Strict: a mismatch is an AssertionError.
     */
    static void check(String method, URI uri, int status, Map<String, List<String>> headers, String body) {
        if (MODE == Mode.OFF || status == 0 || uri.getRawPath() == null || !uri.getRawPath().startsWith("/api/")) {
            return;
        }
        Document document = DOCUMENTS.get(authority(uri));
        if (document == null) {
            return;
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        headers.forEach((name, values) -> {
            if (name != null && !name.startsWith(":")) {
                response.withHeader(name, values);
            }
        });
        if (body != null && !body.isEmpty()) {
            response.withBody(body);
        }
        Request.Method m = Request.Method.valueOf(method.toUpperCase(Locale.ROOT));
        ValidationReport report = document.validator().validateResponse(uri.getRawPath(), m, response.build());
        List<ValidationReport.Message> errors = report.getMessages().stream()
                .filter(msg -> msg.getLevel() == ValidationReport.Level.ERROR).toList();
        String operation = document.operation(m.name(), uri.getRawPath());
        VALIDATED.computeIfAbsent(operation, k -> new AtomicLong()).incrementAndGet();
        if (errors.isEmpty()) {
            return;
        }
        String request = method.toUpperCase(Locale.ROOT) + " " + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String shortened = request.length() > 200 ? request.substring(0, 200) + "…" : request;
        boolean added = false;
        synchronized (FOUND) {
            Map<String, Seen> kinds = FOUND.computeIfAbsent(operation, k -> new TreeMap<>());
            for (ValidationReport.Message msg : errors) {
                String kind = status + " " + msg.getKey() + ": " + generalized(msg.getMessage());
                Seen seen = kinds.get(kind);
                if (seen == null) {
                    kinds.put(kind, new Seen(new AtomicLong(1), shortened));
                    added = true;
                } else {
                    seen.count().incrementAndGet();
                }
            }
        }
        if (added) {
            writeReport();
        }
        if (MODE == Mode.STRICT) {
            StringBuilder text = new StringBuilder("The response does not match the API contract (the gateway's merged OpenAPI document): ")
                    .append(shortened).append(" → ").append(status);
            errors.forEach(msg -> text.append("\n  [").append(msg.getKey()).append("] ").append(msg.getMessage()));
            text.append("\n  body: ").append(body == null ? "" : body.length() > 500 ? body.substring(0, 500) + "…" : body);
            throw new AssertionError(text.toString());
        }
    }

    /** A mismatch without the array indexes and long values that make each occurrence look new. */
    private static String generalized(String message) {
        String m = INDEX.matcher(message.replace('\n', ' ')).replaceAll("/*");
        return QUOTED.matcher(m).replaceAll("\"…\"");
    }

    private static String authority(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.equals("127.0.0.1")) {
            host = "localhost";
        }
        return host + ":" + uri.getPort();
    }

    /** Rewrites target/contract-violations.txt with what has been found so far (report and strict alike). */
    static void writeReport() {
        StringBuilder out = new StringBuilder();
        synchronized (FOUND) {
            long responses = VALIDATED.values().stream().mapToLong(AtomicLong::get).sum();
            long mismatched = FOUND.values().stream().flatMap(k -> k.values().stream()).mapToLong(s -> s.count().get()).sum();
            out.append("# Responses of the end-to-end tests that do not match the gateway's merged OpenAPI document\n")
                    .append("# mode ").append(MODE.name().toLowerCase(Locale.ROOT)).append(": ").append(responses)
                    .append(" responses validated; ").append(FOUND.size()).append(" operation(s) with mismatches; ")
                    .append(FOUND.values().stream().mapToInt(Map::size).sum()).append(" kind(s) of mismatch, ")
                    .append(mismatched).append(" occurrence(s)\n")
                    .append("# each line: status [validator key] message ×occurrences — one request that got it\n");
            for (Map.Entry<String, Map<String, Seen>> op : FOUND.entrySet()) {
                long count = op.getValue().values().stream().mapToLong(s -> s.count().get()).sum();
                out.append('\n').append(op.getKey()).append("  (").append(count).append(" mismatch(es) in ")
                        .append(VALIDATED.getOrDefault(op.getKey(), new AtomicLong()).get()).append(" response(s))\n");
                op.getValue().forEach((kind, seen) -> out.append("  ").append(kind).append("  ×").append(seen.count().get())
                        .append("  — ").append(seen.example()).append('\n'));
            }
        }
        try {
            Files.createDirectories(VIOLATIONS.getParent());
            Files.writeString(VIOLATIONS, out.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("cannot write " + VIOLATIONS + ": " + e);
        }
    }

    // --- the merged document as the committed snapshot keeps it ---------------------------------

    /**
     * The merged document without what changes from run to run (the gateway's own URL in
     * {@code servers}, which is the free port of the test; {@code info.x-backends}, the backends'
     * URLs and fetch times), its object keys sorted at every level.
     */
    static JsonNode normalized(String document, String gatewayUrl) throws IOException {
        JsonNode doc = JSON.readTree(document);
        if (doc.path("info") instanceof ObjectNode info) {
            info.remove("x-backends");
        }
        for (JsonNode server : doc.path("servers")) {
            if (server instanceof ObjectNode s && s.path("url").asText().equals(gatewayUrl)) {
                s.put("url", "http://localhost:8080");
            }
        }
        return sorted(doc);
    }

    static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JSON.createObjectNode();
            new TreeSet<>(iterable(node.fieldNames())).forEach(name -> out.set(name, sorted(node.get(name))));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JSON.createArrayNode();
            node.forEach(item -> out.add(sorted(item)));
            return out;
        }
        return node;
    }

    /** Two-space indented JSON, one value per line, "key": value, ending with a newline. */
    static String pretty(JsonNode node) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return JSON.writer(printer).writeValueAsString(node) + "\n";
    }

    /** JSON pointers where two documents differ (at most {@code limit}). */
    static List<String> differences(JsonNode expected, JsonNode actual, int limit) {
        List<String> out = new ArrayList<>();
        diff("", expected, actual, out, limit);
        return out;
    }

    private static void diff(String at, JsonNode expected, JsonNode actual, List<String> out, int limit) {
        if (out.size() >= limit || expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            TreeSet<String> names = new TreeSet<>(iterable(expected.fieldNames()));
            names.addAll(iterable(actual.fieldNames()));
            for (String name : names) {
                String here = at + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!actual.has(name)) {
                    out.add(here + ": only in the snapshot");
                } else if (!expected.has(name)) {
                    out.add(here + ": only in the live document");
                } else {
                    diff(here, expected.get(name), actual.get(name), out, limit);
                }
                if (out.size() >= limit) {
                    return;
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size() && out.size() < limit; i++) {
                diff(at + "/" + i, expected.get(i), actual.get(i), out, limit);
            }
        } else {
            out.add(at + ": snapshot " + abbreviated(expected) + ", live " + abbreviated(actual));
        }
    }

    private static String abbreviated(JsonNode node) {
        String s = node.toString();
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> out = new ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }

    /** REST Assured's side of {@link #check}. */
    static final class ResponseFilter implements Filter {
        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext ctx) {
            Response r = ctx.next(request, response);
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            r.getHeaders().asList().forEach(h -> headers.computeIfAbsent(h.getName(), k -> new ArrayList<>()).add(h.getValue()));
            check(request.getMethod(), URI.create(request.getURI()), r.getStatusCode(), headers, r.asString());
            return r;
        }
    }
}
