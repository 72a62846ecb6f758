package org.healthplanning.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Loads demo-data/api through the gateway, in the order demo-data/api/README.md gives. Files that
 * do not exist are skipped; any 4xx or 5xx answer stops the load with the request and the answer.
 */
public final class DemoLoader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String gatewayUrl;
    private final Path demoDir;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String token;
    private boolean values;

    /** token: a bearer token for the writes, or null when the services take writes without one. */
    public DemoLoader(String gatewayUrl, Path demoDir, String token, PrintStream out) {
        this.gatewayUrl = gatewayUrl;
        this.demoDir = demoDir;
        this.token = token;
        this.out = out;
    }

    /**
     * Whether {@link #load()} also loads the illustrative monitoring values of {@link DemoValues}
     * (off unless asked for).
     */
    public DemoLoader withValues(boolean withValues) {
        this.values = withValues;
        return this;
    }

    /** A failed request of the demo load. */
    public static final class LoadException extends RuntimeException {
        LoadException(String message) {
            super(message);
        }
    }

    /**
     * Loads the demo data when the suite is empty, i.e. when the first demo plan does not exist.
     * Returns true when it loaded.
     */
    public boolean loadIfEmpty() throws IOException, InterruptedException {
        Path plans = demoDir.resolve("plans.json");
        if (Files.isRegularFile(plans)) {
            JsonNode first = read(plans).path(0);
            String code = first.path("code").asText("");
            if (!code.isEmpty()) {
                String path = "/api/v1/plans/" + encode(code);
                HttpResponse<String> probe = send("GET", path, null, null);
                if (probe.statusCode() == 200) {
                    out.println("Demo data: already present (plan " + code + " exists), not loaded again");
                    return false;
                }
                if (probe.statusCode() != 404) {
                    throw failure("GET", path, probe);
                }
            }
        }
        load();
        return true;
    }

    /** Sends every demo file that exists, in order. */
    public void load() throws IOException, InterruptedException {
        out.println("Demo data: loading " + demoDir + " through " + gatewayUrl);
        eachElement("regions.json", "PUT", e -> "/api/v1/regions/" + field(e, "code"));
        eachElement("population.json", "PUT",
                e -> "/api/v1/regions/" + field(e, "regionCode") + "/population/" + field(e, "year"));
        publishedRatios();
        eachElement("standards.json", "PUT", e -> "/api/v1/standards/" + field(e, "code"));
        wholeFile("facilities.json", "POST", "/api/v1/facilities/import");
        eachElement("plans.json", "PUT", e -> "/api/v1/plans/" + field(e, "code"));
        for (Map.Entry<String, Path> f : perPlan("indicators-").entrySet()) {
            wholeFile(f.getValue(), "POST", "/api/v1/plans/" + encode(f.getKey()) + "/indicators/import?mode=replace");
        }
        for (Map.Entry<String, Path> f : perPlan("projects-").entrySet()) {
            wholeFile(f.getValue(), "POST", "/api/v1/projects/import?planCode=" + encode(f.getKey()) + "&mode=replace");
        }
        for (Map.Entry<String, Path> f : perPlan("declared-totals-").entrySet()) {
            wholeFile(f.getValue(), "PUT", "/api/v1/plans/" + encode(f.getKey()) + "/declared-totals");
        }
        out.println("Demo data: loaded");
        if (values) {
            loadValues();
        }
    }

    /**
     * Sends the illustrative monitoring values of every demo plan (generated from the rows as the
     * suite holds them) and prints the evaluation they give; returns each plan's evaluation summary.
     */
    public Map<String, JsonNode> loadValues() throws IOException, InterruptedException {
        Map<String, JsonNode> summaries = new java.util.LinkedHashMap<>();
        Path plans = demoDir.resolve("plans.json");
        if (!Files.isRegularFile(plans)) {
            out.println("Demo values: no plans.json, none loaded");
            return summaries;
        }
        out.println("Demo values: illustrative monitoring values " + DemoValues.YEARS.get(0) + "–"
                + DemoValues.YEARS.get(DemoValues.YEARS.size() - 1) + ", made from each row's baseline and target "
                + "(source \"" + DemoValues.SOURCE + "\"; --no-demo-values leaves them out)");
        for (JsonNode plan : read(plans)) {
            String code = plan.path("code").asText("");
            if (code.isEmpty() || !Files.isRegularFile(demoDir.resolve("indicators-" + code + ".json"))) {
                continue;
            }
            String rowsPath = "/api/v1/plans/" + encode(code) + "/indicators?size=500";
            HttpResponse<String> rows = send("GET", rowsPath, null, null);
            if (rows.statusCode() != 200) {
                throw failure("GET", rowsPath, rows);
            }
            JsonNode generated = DemoValues.generate(JSON.readTree(rows.body()).path("items"),
                    plan.path("baselineYear").asInt(2020), plan.path("targetYear").asInt(2025));
            String importPath = "/api/v1/plans/" + encode(code) + "/values/import";
            HttpResponse<String> imported = send("POST", importPath, JSON.writeValueAsString(generated), "application/json");
            if (imported.statusCode() >= 400) {
                throw failure("POST", importPath, imported);
            }
            String evaluationPath = "/api/v1/plans/" + encode(code) + "/evaluation";
            HttpResponse<String> evaluation = send("GET", evaluationPath, null, null);
            if (evaluation.statusCode() != 200) {
                throw failure("GET", evaluationPath, evaluation);
            }
            JsonNode e = JSON.readTree(evaluation.body());
            summaries.put(code, e.path("summary"));
            List<String> counts = new ArrayList<>();
            e.path("summary").fields().forEachRemaining(f -> counts.add(f.getKey() + " " + f.getValue().asText()));
            out.printf("  %-36s POST %s → %d, imported %d; evaluation %s: %s%n", "values of " + code, importPath,
                    imported.statusCode(), generated.size(), e.path("year").asText(), String.join(", ", counts));
        }
        return summaries;
    }

    /** The ratios the plans publish ({@code published-ratios.json}), one PUT each like population.json. */
    private void publishedRatios() throws IOException, InterruptedException {
        eachElement("published-ratios.json", "PUT", e -> "/api/v1/regions/" + field(e, "regionCode") + "/published-ratios/"
                + field(e, "year") + "/" + field(e, "metric"));
    }

    private void eachElement(String file, String method, Function<JsonNode, String> path)
            throws IOException, InterruptedException {
        Path p = demoDir.resolve(file);
        if (!Files.isRegularFile(p)) {
            out.println("  " + file + ": not there yet, skipped");
            return;
        }
        JsonNode array = read(p);
        if (!array.isArray()) {
            throw new LoadException(p + " must hold a JSON array");
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        String template = null;
        for (JsonNode element : array) {
            String target = path.apply(element);
            HttpResponse<String> response = send(method, target, JSON.writeValueAsString(element), "application/json");
            if (response.statusCode() >= 400) {
                throw failure(method, target, response);
            }
            statuses.merge(response.statusCode(), 1, Integer::sum);
            template = target;
        }
        out.printf("  %-36s %d × %s %s… → %s%n", file, array.size(), method,
                template == null ? "" : template.substring(0, template.lastIndexOf('/') + 1), describe(statuses));
    }

    private void wholeFile(String file, String method, String path) throws IOException, InterruptedException {
        Path p = demoDir.resolve(file);
        if (!Files.isRegularFile(p)) {
            out.println("  " + file + ": not there yet, skipped");
            return;
        }
        wholeFile(p, method, path);
    }

    private void wholeFile(Path p, String method, String path) throws IOException, InterruptedException {
        String body = Files.readString(p, StandardCharsets.UTF_8);
        HttpResponse<String> response = send(method, path, body, "application/json");
        if (response.statusCode() >= 400) {
            throw failure(method, path, response);
        }
        String detail = "";
        List<String> warnings = new ArrayList<>();
        try {
            JsonNode answer = JSON.readTree(response.body());
            if (answer != null && answer.has("imported")) {
                detail = ", imported " + answer.get("imported").asText();
                answer.path("warnings").forEach(w -> warnings.add(w.isTextual() ? w.asText() : w.toString()));
            }
        } catch (IOException notJson) {
            // the status says enough
        }
        out.printf("  %-36s %s %s → %d%s%n", p.getFileName(), method, path, response.statusCode(), detail);
        warnings.forEach(w -> out.println("      warning: " + w));
    }

    /** Files named prefix + planCode + ".json", by plan code. */
    private Map<String, Path> perPlan(String prefix) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        if (!Files.isDirectory(demoDir)) {
            return files;
        }
        try (Stream<Path> list = Files.list(demoDir)) {
            list.filter(Files::isRegularFile).forEach(p -> {
                String n = p.getFileName().toString();
                if (n.startsWith(prefix) && n.endsWith(".json") && n.length() > prefix.length() + 5) {
                    files.put(n.substring(prefix.length(), n.length() - 5), p);
                }
            });
        }
        if (files.isEmpty()) {
            out.println("  " + prefix + "{planCode}.json: none there yet, skipped");
        }
        return files;
    }

    private HttpResponse<String> send(String method, String path, String body, String contentType)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(gatewayUrl + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LoadException("Demo data: " + method + " " + gatewayUrl + path + " failed: " + e);
        }
    }

    private static LoadException failure(String method, String path, HttpResponse<String> response) {
        return new LoadException("Demo data: " + method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }

    private static String field(JsonNode element, String name) {
        JsonNode v = element.get(name);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            throw new LoadException("Demo data: an element has no '" + name + "': " + element);
        }
        return encode(v.asText());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String describe(Map<Integer, Integer> statuses) {
        List<String> parts = new ArrayList<>();
        statuses.forEach((status, count) -> parts.add(count + " × " + status));
        return parts.isEmpty() ? "nothing sent" : String.join(", ", parts);
    }

    private static JsonNode read(Path p) throws IOException {
        return JSON.readTree(Files.readString(p, StandardCharsets.UTF_8));
    }
}
