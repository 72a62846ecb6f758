package org.healthplanning.suite.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * SYNTHETIC benchmark data, sent through the public API of the gateway: one province (code SYN) with
 * districts and towns, their population, facilities with yearly resources, one plan per district with
 * indicator rows and yearly values, and capital projects. Every code starts with SYN and every name says
 * SYNTHETIC; the numbers are made up (from a fixed seed, so that two runs load the same data).
 */
final class SyntheticData {
    static final String PROVINCE = "SYN";
    static final int EVALUATION_YEAR = 2023;
    static final int FIRST_YEAR = 2020;
    static final int YEARS = 6;
    static final String[] TYPES = {"GENERAL_HOSPITAL", "TCM_HOSPITAL", "COMMUNITY_HEALTH_CENTER", "TOWNSHIP_HEALTH_CENTER",
        "VILLAGE_CLINIC", "CLINIC", "COMMUNITY_HEALTH_STATION"};

    private final String gateway;
    private final Scale scale;
    private final PrintStream out;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Random random = new Random(20260101L);
    private final String token;

    SyntheticData(String gateway, String token, Scale scale, PrintStream out) {
        this.gateway = gateway;
        this.token = token;
        this.scale = scale;
        this.out = out;
    }

    String districtCode(int i) {
        return String.format("SYN%02d", i);
    }

    String townCode(int district, int town) {
        return String.format("SYN%02d%02d", district, town);
    }

    String planCode(int district) {
        return String.format("syn-plan-%02d", district);
    }

    void loadRegionsAndPopulation() throws IOException, InterruptedException {
        long started = System.nanoTime();
        put("/api/v1/regions/" + PROVINCE, region(PROVINCE, "SYNTHETIC province", "PROVINCE", null));
        long provinceResidents = 0;
        for (int d = 1; d <= scale.districts(); d++) {
            put("/api/v1/regions/" + districtCode(d), region(districtCode(d), "SYNTHETIC district " + d, "DISTRICT", PROVINCE));
            long districtResidents = 0;
            for (int t = 1; t <= scale.townsPerDistrict(); t++) {
                String town = townCode(d, t);
                put("/api/v1/regions/" + town, region(town, "SYNTHETIC town " + d + "-" + t, "TOWN", districtCode(d)));
                long residents = 20_000 + random.nextInt(60_000);
                districtResidents += residents;
                population(town, residents);
            }
            population(districtCode(d), districtResidents);
            provinceResidents += districtResidents;
        }
        population(PROVINCE, provinceResidents);
        out.printf("Synthetic regions: %d districts, %d towns, with population (%.1f s)%n", scale.districts(),
                scale.districts() * scale.townsPerDistrict(), (System.nanoTime() - started) / 1e9);
    }

    private ObjectNode region(String code, String name, String level, String parent) {
        ObjectNode r = json.createObjectNode().put("code", code).put("name", name).put("level", level);
        if (parent != null) {
            r.put("parentCode", parent);
        }
        return r;
    }

    private void population(String region, long residents) throws IOException, InterruptedException {
        for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
            put("/api/v1/regions/" + region + "/population/" + year, json.createObjectNode().put("year", year)
                    .put("residents", residents + (year - FIRST_YEAR) * residents / 200)
                    .put("projected", false).put("source", "SYNTHETIC"));
        }
    }

    /**
     * Imports {@code count} facilities (codes from {@code first}), each with {@link #YEARS} years of
     * resources, in requests of at most {@link Scale#facilities()} rows; answers the rows per second.
     */
    double importFacilities(int first, int count) throws IOException, InterruptedException {
        int towns = scale.districts() * scale.townsPerDistrict();
        long nanos = 0;
        int chunk = scale.facilities();
        for (int start = first; start < first + count; start += chunk) {
            ArrayNode rows = json.createArrayNode();
            for (int i = start; i < Math.min(first + count, start + chunk); i++) {
                int town = i % towns;
                ObjectNode f = rows.addObject()
                        .put("code", String.format("SYN-F%06d", i))
                        .put("name", "SYNTHETIC facility " + i)
                        .put("regionCode", townCode(town / scale.townsPerDistrict() + 1, town % scale.townsPerDistrict() + 1))
                        .put("type", TYPES[i % TYPES.length])
                        .put("ownership", i % 4 == 0 ? "PRIVATE" : "PUBLIC")
                        .put("openedYear", 2000 + i % 20);
                ArrayNode resources = f.putArray("resources");
                int beds = 5 + random.nextInt(300);
                for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
                    int doctors = 1 + beds / 3 + random.nextInt(5);
                    resources.addObject().put("year", year).put("beds", beds + year - FIRST_YEAR)
                            .put("licensedDoctors", doctors).put("tcmDoctors", doctors / 5)
                            .put("registeredNurses", doctors + doctors / 4).put("pharmacists", doctors / 8)
                            .put("generalPractitioners", doctors / 6).put("healthTechnicians", doctors * 3)
                            .put("publicHealthStaff", doctors / 10).put("ambulances", beds / 100);
                }
            }
            long t0 = System.nanoTime();
            post("/api/v1/facilities/import", rows);
            nanos += System.nanoTime() - t0;
        }
        double perSecond = count / (nanos / 1e9);
        out.printf("Synthetic facilities: %d imported at %.0f rows/s%n", count, perSecond);
        return perSecond;
    }

    void loadPlans() throws IOException, InterruptedException {
        long started = System.nanoTime();
        List<JsonNode> definitions = new ArrayList<>();
        get("/api/v1/indicator-definitions?size=500").path("items").forEach(definitions::add);
        for (int d = 1; d <= scale.districts(); d++) {
            String plan = planCode(d);
            put("/api/v1/plans/" + plan, plan(plan, districtCode(d)));
            post("/api/v1/plans/" + plan + "/indicators/import?mode=replace", indicators(definitions, scale.indicatorsPerPlan()));
            ArrayNode values = json.createArrayNode();
            for (JsonNode row : get("/api/v1/plans/" + plan + "/indicators?size=500").path("items")) {
                double baseline = row.path("baseline").path("value").asDouble(50);
                for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
                    values.addObject().put("indicatorId", row.path("id").asLong()).put("year", year)
                            .put("value", Math.round((baseline + random.nextDouble() * 4 - 1) * 100) / 100.0)
                            .put("status", "FINAL").put("source", "SYNTHETIC");
                }
            }
            post("/api/v1/plans/" + plan + "/values/import?mode=replace", values);
        }
        out.printf("Synthetic plans: %d plans x %d indicators x %d yearly values (%.1f s)%n", scale.districts(),
                scale.indicatorsPerPlan(), YEARS, (System.nanoTime() - started) / 1e9);
    }

    /** One plan with many rows, then one import of {@link Scale#bulkValues()} values into it; rows per second. */
    double importBulkValues() throws IOException, InterruptedException {
        String plan = "syn-bulk";
        // the years of the plan's period (a value's year lies between the baseline and the target year)
        int years = 5;
        int indicators = scale.bulkValues() / years;
        put("/api/v1/plans/" + plan, plan(plan, PROVINCE));
        post("/api/v1/plans/" + plan + "/indicators/import?mode=replace", indicators(List.of(), indicators));
        ArrayNode values = json.createArrayNode();
        for (JsonNode row : get("/api/v1/plans/" + plan + "/indicators?size=500").path("items")) {
            collectValues(values, row, years);
        }
        for (int page = 1; values.size() < indicators * years; page++) {
            JsonNode items = get("/api/v1/plans/" + plan + "/indicators?size=500&page=" + page).path("items");
            if (items.isEmpty()) {
                break;
            }
            items.forEach(row -> collectValues(values, row, years));
        }
        long t0 = System.nanoTime();
        post("/api/v1/plans/" + plan + "/values/import?mode=append", values);
        double perSecond = values.size() / ((System.nanoTime() - t0) / 1e9);
        out.printf("Synthetic values: %d imported at %.0f rows/s%n", values.size(), perSecond);
        return perSecond;
    }

    private void collectValues(ArrayNode values, JsonNode row, int years) {
        for (int year = 2021; year < 2021 + years; year++) {
            values.addObject().put("indicatorId", row.path("id").asLong()).put("year", year)
                    .put("value", java.math.BigDecimal.valueOf(4000 + random.nextInt(2000), 2)).put("status", "PROVISIONAL").put("source", "SYNTHETIC");
        }
    }

    void loadProjects() throws IOException, InterruptedException {
        long started = System.nanoTime();
        int perPlan = scale.projects() / scale.districts();
        for (int d = 1; d <= scale.districts(); d++) {
            ArrayNode rows = json.createArrayNode();
            for (int p = 1; p <= perPlan; p++) {
                projectRow(rows, planCode(d), districtCode(d), d + "-" + p, p, 2019 + random.nextInt(8), random);
            }
            post("/api/v1/projects/import?planCode=" + planCode(d) + "&mode=replace", rows);
        }
        out.printf("Synthetic projects: %d (%.1f s)%n", perPlan * scale.districts(), (System.nanoTime() - started) / 1e9);
    }

    private ObjectNode plan(String code, String region) {
        return json.createObjectNode().put("code", code).put("regionCode", region).put("regionName", "SYNTHETIC " + region)
                .put("title", "SYNTHETIC plan " + code).put("periodStart", 2021).put("periodEnd", 2025)
                .put("baselineYear", 2020).put("targetYear", 2025).put("issuer", "SYNTHETIC");
    }

    private ArrayNode indicators(List<JsonNode> definitions, int count) {
        return indicatorRows(json.createArrayNode(), definitions, count, 0.1, 2025, random);
    }

    /**
     * {@code count} SYNTHETIC indicator rows over the catalogue's definitions (their names, units and directions):
     * baselines in 2020, targets in {@code targetYear} by {@code change} up or down (the national data set makes
     * its rows the same way).
     */
    static ArrayNode indicatorRows(ArrayNode rows, List<JsonNode> definitions, int count, double change, int targetYear, Random random) {
        for (int i = 0; i < count; i++) {
            JsonNode def = definitions.isEmpty() ? null : definitions.get(i % definitions.size());
            boolean down = def != null && "DECREASE".equals(def.path("direction").asText());
            double baseline = 20 + random.nextInt(6000) / 100.0;
            double target = down ? baseline * (1 - change) : baseline * (1 + change);
            ObjectNode row = rows.addObject()
                    .put("seq", Integer.toString(i + 1))
                    .put("name", def == null ? "SYNTHETIC indicator " + (i + 1) : def.path("name").asText())
                    .put("nature", i % 3 == 0 ? "BINDING" : "EXPECTED");
            if (def != null && def.hasNonNull("unit")) {
                row.put("unit", def.path("unit").asText());
            }
            row.putObject("baseline").put("year", 2020).put("raw", String.format(java.util.Locale.ROOT, "%.2f", baseline));
            row.putObject("target").put("year", targetYear)
                    .put("raw", (down ? "≤" : "≥") + String.format(java.util.Locale.ROOT, "%.2f", target));
        }
        return rows;
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(gateway + path)).GET(), path);
    }

    private void put(String path, JsonNode body) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(gateway + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))), path);
    }

    private void post(String path, JsonNode body) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(gateway + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))), path);
    }

    private JsonNode send(HttpRequest.Builder request, String path) throws IOException, InterruptedException {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
                    + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return response.body().length == 0 ? json.createObjectNode() : json.readTree(response.body());
    }

    /** One SYNTHETIC project of a plan, as the projects import takes it (the national data set makes them the same way). */
    static void projectRow(ArrayNode rows, String planCode, String regionCode, String name, int p, int start, java.util.Random random) {
        rows.addObject().put("planCode", planCode).put("regionCode", regionCode).put("seq", Integer.toString(p))
                .put("programme", "SYNTHETIC programme " + (p % 4 + 1))
                .put("name", "SYNTHETIC project " + name)
                .put("content", "SYNTHETIC: 设医疗床位" + (10 * (p % 10 + 1)) + "张")
                .put("constructionTypeRaw", p % 3 == 0 ? "改扩建" : "新建")
                .put("floorAreaM2", 1000 + random.nextInt(50_000))
                .put("investment10kCny", 100 + random.nextInt(20_000))
                .put("yearsRaw", start + "-" + (start + random.nextInt(4)))
                .put("newLandMu", random.nextInt(40))
                .put("statusRaw", p % 2 == 0 ? "施工中" : "已立项");
    }
}
