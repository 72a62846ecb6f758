package org.healthplanning.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Many clients writing the same resources at once through the gateway, as the administrator:
 * read-modify-write cycles with If-Match lose no update on any backend, and concurrent bulk imports
 * of one plan leave exactly one of the imported versions (never a mix, never a 5xx).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConcurrencyIT {
    private static final int CLIENTS = 8;
    private static final int WRITES_PER_CLIENT = 10;
    private static final int IMPORTERS = 4;
    private static final int IMPORT_ROUNDS = 3;
    private static final Duration BOUND = Duration.ofSeconds(90);
    private static Suite suite;
    private static Http api;

    @BeforeAll
    static void startSuite() throws Exception {
        suite = SuiteForTests.start("concurrency");
        api = new Http(suite.gatewayUrl(), RunningSuite.token().orElse(null), Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    /** A number held by one resource, read with its version and written back with If-Match. */
    interface Counter {
        String name();

        /** The current value and its ETag (as the client sends it back in If-Match). */
        Reading read();

        Http.Reply write(BigDecimal value, String ifMatch);
    }

    record Reading(BigDecimal value, String etag) {
    }

    // --- a. no lost update ---------------------------------------------------------------------

    @Test
    @Order(1)
    void monitoringValueOfIndicatorService() throws Exception {
        long row = api.get("/api/v1/plans/tongliang-14th/indicators?size=1").json().path("items").path(0).path("id").asLong();
        String path = "/api/v1/plans/tongliang-14th/indicators/" + row + "/values/2024";
        Http.Reply created = api.put(path, "{\"year\": 2024, \"value\": 0, \"status\": \"PROVISIONAL\", \"source\": \"并发测试\"}", null);
        assertTrue(created.ok(), created.toString());
        checkNoLostUpdate(new Counter() {
            public String name() {
                return "indicator-service monitoring value";
            }

            public Reading read() {
                Http.Reply r = ok(api.get(path));
                return new Reading(r.json().path("value").decimalValue(), r.etag());
            }

            public Http.Reply write(BigDecimal value, String ifMatch) {
                return api.put(path, "{\"year\": 2024, \"value\": " + value.toPlainString()
                        + ", \"status\": \"PROVISIONAL\", \"source\": \"并发测试\"}", ifMatch);
            }
        });
    }

    @Test
    @Order(2)
    void projectInvestmentOfProjectService() throws Exception {
        Http.Reply created = api.post("/api/v1/projects", """
                {"planCode": "tongliang-14th", "regionCode": "500151", "name": "并发测试项目", "investment10kCny": 0,
                 "yearsRaw": "2024-2025"}""");
        assertEquals(201, created.status(), created.toString());
        String path = "/api/v1/projects/" + created.json().path("id").asLong();
        checkNoLostUpdate(new Counter() {
            public String name() {
                return "project-service project investment";
            }

            public Reading read() {
                Http.Reply r = ok(api.get(path));
                return new Reading(r.json().path("investment10kCny").decimalValue(), r.etag());
            }

            public Http.Reply write(BigDecimal value, String ifMatch) {
                return api.patch(path, "{\"investment10kCny\": " + value.toPlainString() + "}", ifMatch);
            }
        });
    }

    @Test
    @Order(3)
    void facilityBedsOfFacilityService() throws Exception {
        Http.Reply facility = api.put("/api/v1/facilities/rel-hospital", """
                {"code": "rel-hospital", "name": "并发测试医院", "regionCode": "500151", "type": "GENERAL_HOSPITAL", "ownership": "PUBLIC"}""", null);
        assertTrue(facility.ok(), facility.toString());
        String path = "/api/v1/facilities/rel-hospital/resources/2024";
        assertTrue(api.put(path, "{\"year\": 2024, \"beds\": 0}", null).ok());
        checkNoLostUpdate(new Counter() {
            public String name() {
                return "facility-service yearly beds";
            }

            public Reading read() {
                for (JsonNode r : ok(api.get("/api/v1/facilities/rel-hospital/resources")).json()) {
                    if (r.path("year").asInt() == 2024) {
                        return new Reading(r.path("beds").decimalValue(), "\"" + r.path("version").asLong() + "\"");
                    }
                }
                throw new AssertionError("no resources for 2024");
            }

            public Http.Reply write(BigDecimal value, String ifMatch) {
                return api.put(path, "{\"year\": 2024, \"beds\": " + value.toPlainString() + "}", ifMatch);
            }
        });
    }

    /**
     * {@value #CLIENTS} clients each add 1 to the counter {@value #WRITES_PER_CLIENT} times (read,
     * then write with If-Match, again on 412): the end value is the start plus every acknowledged
     * write. Then a stale If-Match is refused, and a write without If-Match is applied as it is.
     */
    private static void checkNoLostUpdate(Counter counter) throws Exception {
        Reading start = counter.read();
        AtomicInteger tried = new AtomicInteger();
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger refused412 = new AtomicInteger();
        AtomicInteger failed5xx = new AtomicInteger();
        Map<String, String> unexpected = new ConcurrentHashMap<>();
        long deadline = System.nanoTime() + BOUND.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                go.await();
                int mine = 0;
                while (mine < WRITES_PER_CLIENT && System.nanoTime() < deadline) {
                    Reading seen = counter.read();
                    Http.Reply w = counter.write(seen.value().add(BigDecimal.ONE), seen.etag());
                    tried.incrementAndGet();
                    if (w.ok()) {
                        acknowledged.incrementAndGet();
                        mine++;
                    } else if (w.status() == 412 && w.problem()) {
                        refused412.incrementAndGet();
                    } else {
                        if (w.status() >= 500) {
                            failed5xx.incrementAndGet();
                        }
                        unexpected.putIfAbsent(Integer.toString(w.status()), w.toString());
                    }
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : clients) {
            f.get(BOUND.toSeconds() + 30, TimeUnit.SECONDS);
        }
        pool.shutdownNow();
        Reading end = counter.read();
        BigDecimal expected = start.value().add(BigDecimal.valueOf(acknowledged.get()));
        System.out.printf("[concurrency] %s: %d clients, writes tried %d, 2xx %d, 412 %d, 5xx %d, other %s; "
                        + "final %s, expected %s (start %s + %d acknowledged), lost %s%n",
                counter.name(), CLIENTS, tried.get(), acknowledged.get(), refused412.get(), failed5xx.get(), unexpected.keySet(),
                end.value().toPlainString(), expected.toPlainString(), start.value().toPlainString(), acknowledged.get(),
                expected.subtract(end.value()).toPlainString());
        assertTrue(unexpected.isEmpty(), counter.name() + ": answers other than 2xx/412: " + unexpected);
        assertEquals(CLIENTS * WRITES_PER_CLIENT, acknowledged.get(), counter.name() + ": not every client finished its writes in time");
        assertEquals(0, expected.compareTo(end.value()), counter.name() + ": final " + end.value() + ", expected " + expected + " (lost updates)");

        // The first version read is stale by now: refused with a problem document, nothing changed.
        Http.Reply stale = counter.write(end.value().add(BigDecimal.TEN), start.etag());
        assertEquals(412, stale.status(), stale.toString());
        assertTrue(stale.problem(), "412 is not problem+json: " + stale.contentType());
        assertEquals(412, stale.json().path("status").asInt());
        assertEquals(0, end.value().compareTo(counter.read().value()), counter.name() + ": the stale write changed the value");

        // If-Match is honoured, not required (docs/API.md): a write without it is applied unconditionally.
        Http.Reply blind = counter.write(end.value().add(BigDecimal.ONE), null);
        assertTrue(blind.ok(), "a write without If-Match: " + blind);
        assertEquals(0, end.value().add(BigDecimal.ONE).compareTo(counter.read().value()));
    }

    private static Http.Reply ok(Http.Reply r) {
        if (!r.ok()) {
            throw new AssertionError("expected 2xx: " + r);
        }
        return r;
    }

    // --- b. concurrent imports of one plan -------------------------------------------------------

    @Test
    @Order(4)
    void concurrentIndicatorTableImportsLeaveOneOfThem() throws Exception {
        putPlan("rel-import-14th");
        List<String> payloads = new ArrayList<>();
        for (int t = 0; t < IMPORTERS; t++) {
            ArrayNode rows = Http.JSON.createArrayNode();
            // a row every version has (kept and updated in place), then rows of this version only
            ObjectNode shared = rows.addObject().put("seq", "1").put("name", "人均预期寿命").put("unit", "岁");
            shared.putObject("baseline").put("raw", "78.47");
            shared.putObject("target").put("raw", "≥" + (80 + t));
            for (int i = 1; i <= 8 + 3 * t; i++) {
                ObjectNode r = rows.addObject().put("seq", Integer.toString(i + 1)).put("name", "并发导入" + t + "-" + i).put("unit", "%");
                r.putObject("baseline").put("raw", Integer.toString(i));
                r.putObject("target").put("raw", "≥" + (i + t));
            }
            payloads.add(rows.toString());
        }
        List<List<String>> versions = payloads.stream().map(p -> indicatorRows(parse(p))).toList();
        importConcurrently("indicator rows", "/api/v1/plans/rel-import-14th/indicators/import?mode=replace", payloads,
                () -> indicatorRows(api.get("/api/v1/plans/rel-import-14th/indicators?size=500").json().path("items")), versions);
    }

    @Test
    @Order(5)
    void concurrentMonitoringValueImportsLeaveOneOfThem() throws Exception {
        putPlan("rel-values-14th");
        ArrayNode table = Http.JSON.createArrayNode();
        for (int i = 1; i <= 5; i++) {
            ObjectNode r = table.addObject().put("seq", Integer.toString(i)).put("name", "监测指标" + i).put("unit", "%");
            r.putObject("baseline").put("raw", "50");
            r.putObject("target").put("raw", "≥60");
        }
        assertEquals(200, api.post("/api/v1/plans/rel-values-14th/indicators/import?mode=replace", table.toString()).status());
        List<Long> ids = new ArrayList<>();
        api.get("/api/v1/plans/rel-values-14th/indicators?size=500").json().path("items").forEach(r -> ids.add(r.path("id").asLong()));
        List<String> payloads = new ArrayList<>();
        List<List<String>> versions = new ArrayList<>();
        for (int t = 0; t < IMPORTERS; t++) {
            ArrayNode values = Http.JSON.createArrayNode();
            List<String> expected = new ArrayList<>();
            for (long id : ids) {
                for (int year = 2021; year <= 2022 + t; year++) {
                    String value = t + "." + (year - 2000);
                    values.addObject().put("indicatorId", id).put("year", year).put("value", new BigDecimal(value))
                            .put("status", "FINAL").put("source", "并发导入" + t);
                    expected.add(id + "/" + year + "=" + new BigDecimal(value).stripTrailingZeros().toPlainString());
                }
            }
            payloads.add(values.toString());
            versions.add(expected.stream().sorted().toList());
        }
        importConcurrently("monitoring values", "/api/v1/plans/rel-values-14th/values/import?mode=replace", payloads, () -> {
            List<String> now = new ArrayList<>();
            for (long id : ids) {
                for (JsonNode v : api.get("/api/v1/plans/rel-values-14th/indicators/" + id + "/values?size=500").json().path("items")) {
                    now.add(id + "/" + v.path("year").asInt() + "=" + v.path("value").decimalValue().stripTrailingZeros().toPlainString());
                }
            }
            return now.stream().sorted().toList();
        }, versions);
    }

    @Test
    @Order(6)
    void concurrentProjectImportsLeaveOneOfThem() throws Exception {
        List<String> payloads = new ArrayList<>();
        List<List<String>> versions = new ArrayList<>();
        for (int t = 0; t < IMPORTERS; t++) {
            ArrayNode projects = Http.JSON.createArrayNode();
            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= 6 + 2 * t; i++) {
                String name = "并发导入项目" + t + "-" + i;
                projects.addObject().put("regionCode", "500151").put("seq", Integer.toString(i)).put("name", name)
                        .put("investment10kCny", 100 * t + i).put("yearsRaw", "2023-2025");
                expected.add(name + "=" + (100 * t + i));
            }
            payloads.add(projects.toString());
            versions.add(expected);
        }
        putPlan("rel-import-14th"); // projects name an existing plan (indicator-service owns plans)
        importConcurrently("projects", "/api/v1/projects/import?planCode=rel-import-14th&mode=replace", payloads, () -> {
            List<String> now = new ArrayList<>();
            for (JsonNode p : api.get("/api/v1/projects?planCode=rel-import-14th&size=500").json().path("items")) {
                now.add(p.path("name").asText() + "=" + p.path("investment10kCny").decimalValue().stripTrailingZeros().toPlainString());
            }
            return now;
        }, versions);
    }

    /**
     * {@value #IMPORTERS} clients send their version at the same moment, {@value #IMPORT_ROUNDS}
     * times: each answer is 2xx or a clean 409/412 problem, and afterwards the plan holds exactly one
     * of the versions.
     */
    private static void importConcurrently(String what, String path, List<String> payloads,
                                           java.util.concurrent.Callable<List<String>> state, List<List<String>> versions) throws Exception {
        Map<Integer, AtomicInteger> statuses = new TreeMap<>();
        List<String> bad = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(payloads.size());
        try {
            for (int round = 1; round <= IMPORT_ROUNDS; round++) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Http.Reply>> replies = new ArrayList<>();
                for (String payload : payloads) {
                    replies.add(pool.submit(() -> {
                        go.await();
                        return api.post(path, payload);
                    }));
                }
                go.countDown();
                for (Future<Http.Reply> f : replies) {
                    Http.Reply r = f.get(BOUND.toSeconds(), TimeUnit.SECONDS);
                    statuses.computeIfAbsent(r.status(), s -> new AtomicInteger()).incrementAndGet();
                    boolean clean = r.ok() || ((r.status() == 409 || r.status() == 412) && r.problem());
                    if (!clean) {
                        bad.add(r.toString());
                    }
                }
                List<String> now = state.call();
                int matches = (int) versions.stream().filter(v -> v.equals(now)).count();
                System.out.printf("[concurrency] %s import round %d: answers %s, final state = version %d of %d (%d entries)%n",
                        what, round, statuses, versions.indexOf(now), versions.size(), now.size());
                assertEquals(1, matches, what + " round " + round + ": the plan holds no single imported version: " + now);
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(bad.isEmpty(), what + ": answers other than 2xx or 409/412 problem+json: " + bad);
    }

    private static void putPlan(String code) {
        Http.Reply r = api.put("/api/v1/plans/" + code, """
                {"code": "%s", "regionCode": "500151", "regionName": "重庆市铜梁区", "title": "并发测试规划",
                 "periodStart": 2021, "periodEnd": 2025, "baselineYear": 2020, "targetYear": 2025, "issuer": "测试"}""".formatted(code), null);
        assertTrue(r.ok(), r.toString());
    }

    private static List<String> indicatorRows(JsonNode rows) {
        List<String> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.path("name").asText() + "|" + r.path("baseline").path("raw").asText() + "|" + r.path("target").path("raw").asText()));
        return out;
    }

    private static JsonNode parse(String json) {
        try {
            return Http.JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
