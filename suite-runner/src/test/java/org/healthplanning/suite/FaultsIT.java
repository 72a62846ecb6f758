package org.healthplanning.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults under load, through the gateway: a backend killed (SIGKILL) while clients read degrades the
 * answers without hanging them and recovers after a restart; PostgreSQL stopped and started again
 * while clients write makes writes fail cleanly for a while, the services recover by themselves and
 * no acknowledged write is lost.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {
    /**
     * The gateway's own timeout for the backends of an aggregated view (gateway.timeout, 2 s: once for
     * the plan or region, once for the parallel calls) plus a margin for a busy machine.
     */
    private static final double VIEW_BOUND_SECONDS = 2 * 2.0 + 4.0;
    /** Any other answer: far below the gateway's proxy timeout (30 s), so a hang shows. */
    private static final double READ_BOUND_SECONDS = 10.0;
    private static final double WRITE_BOUND_SECONDS = 15.0;
    private static final String KILLED = "facility-service";
    private static Suite suite;
    private static Http api;

    @BeforeAll
    static void startSuite() throws Exception {
        suite = SuiteForTests.start("faults");
        api = new Http(suite.gatewayUrl(), RunningSuite.token().orElse(null), Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    // --- a. a backend killed during gateway load ------------------------------------------------------

    record Target(String path, String owner, boolean view) {
    }

    @Test
    @Order(1)
    void backendKilledDuringGatewayLoadDegradesWithoutHangingAndRecovers() throws Exception {
        List<Target> targets = List.of(
                new Target("/api/v1/plans/tongliang-14th/overview?year=2023", "gateway", true),
                new Target("/api/v1/regions/500151/dashboard", "gateway", true),
                new Target("/api/v1/plans/tongliang-14th/indicators?size=20", "indicator-service", false),
                new Target("/api/v1/projects?planCode=tongliang-14th&size=20", "project-service", false),
                new Target("/api/v1/facilities?regionCode=500151&size=20", "facility-service", false),
                new Target("/api/v1/regions/500151/ratios?year=2023", "facility-service", false));
        for (Target t : targets) {
            Http.Reply r = api.get(t.path());
            assertEquals(200, r.status(), "before the fault: " + t.path() + " " + r);
            if (t.view()) {
                assertEquals(0, r.json().path("degraded").size(), "degraded before the fault: " + r);
            }
        }
        Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
        List<String> violations = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger tried = new AtomicInteger();
        AtomicInteger degraded = new AtomicInteger();
        AtomicLong slowestMillis = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            int offset = c;
            clients.add(pool.submit(() -> {
                int i = offset;
                while (!stop.get()) {
                    Target t = targets.get(i++ % targets.size());
                    Http.Reply r = api.get(t.path());
                    tried.incrementAndGet();
                    slowestMillis.accumulateAndGet((long) (r.seconds() * 1000), Math::max);
                    counts.computeIfAbsent(t.owner() + (t.view() ? " view" : "") + " " + r.status(), k -> new AtomicInteger()).incrementAndGet();
                    String problem = judge(t, r);
                    if (problem != null) {
                        violations.add(problem);
                    }
                    if (t.view() && r.status() == 200 && r.json().path("degraded").size() > 0) {
                        degraded.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        double restartSeconds;
        long killedAt;
        long recoveredAt;
        try {
            Thread.sleep(3000);
            ServiceProcess victim = suite.service(KILLED);
            victim.kill();
            killedAt = System.nanoTime();
            assertTrue(!victim.process().isAlive(), KILLED + " survived SIGKILL");
            Thread.sleep(6000);
            restartSeconds = suite.restart(KILLED);
            recoveredAt = awaitWhole(Duration.ofSeconds(30));
            Thread.sleep(2000);
        } finally {
            stop.set(true);
            for (Future<?> f : clients) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdownNow();
        }
        System.out.printf("[faults] %s killed under load: requests %d, by owner/status %s, overview/dashboard degraded %d, "
                        + "slowest %d ms, violations %d; restarted in %.1f s, whole again %.1f s after the kill%n",
                KILLED, tried.get(), new TreeMap<>(counts), degraded.get(), slowestMillis.get(), violations.size(),
                restartSeconds, (recoveredAt - killedAt) / 1e9);
        assertTrue(violations.isEmpty(), violations.size() + " bad answers, first: " + violations.subList(0, Math.min(5, violations.size())));
        assertTrue(degraded.get() > 0, "no overview or dashboard answered degraded while " + KILLED + " was down");
        int killedOwnFailures = counts.entrySet().stream()
                .filter(e -> e.getKey().startsWith(KILLED + " 50")).mapToInt(e -> e.getValue().get()).sum();
        assertTrue(killedOwnFailures > 0, "no read of " + KILLED + " failed while it was down: " + counts);
        for (Target t : targets) {
            assertEquals(200, api.get(t.path()).status(), "after recovery: " + t.path());
        }
    }

    /** Null when the answer is acceptable while {@value #KILLED} may be down, else what is wrong with it. */
    private static String judge(Target t, Http.Reply r) {
        double bound = t.view() ? VIEW_BOUND_SECONDS : READ_BOUND_SECONDS;
        if (r.seconds() > bound) {
            return t.path() + " took " + r.seconds() + " s (bound " + bound + " s)";
        }
        if (r.status() == 200) {
            if (t.view()) {
                JsonNode degraded = r.json().path("degraded");
                for (JsonNode d : degraded) {
                    if (!KILLED.equals(d.asText())) {
                        return t.path() + " degraded by " + d.asText() + ", which was not killed: " + r;
                    }
                }
            }
            return null;
        }
        if (t.owner().equals(KILLED) && (r.status() == 502 || r.status() == 503 || r.status() == 504) && r.problem()
                && r.body().contains(KILLED)) {
            return null;
        }
        return t.path() + " answered " + r;
    }

    /** Waits until the overview and the dashboard are whole again; returns when. */
    private static long awaitWhole(Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (System.nanoTime() < deadline) {
            Http.Reply overview = api.get("/api/v1/plans/tongliang-14th/overview?year=2023");
            Http.Reply dashboard = api.get("/api/v1/regions/500151/dashboard");
            if (overview.status() == 200 && overview.json().path("degraded").isEmpty()
                    && dashboard.status() == 200 && dashboard.json().path("degraded").isEmpty()) {
                return System.nanoTime();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the overview and dashboard were still degraded " + bound.toSeconds() + " s after the restart");
    }

    // --- b. PostgreSQL restarted during writes ----------------------------------------------------

    /** A resource a writer created and what its last acknowledged write left in it. */
    static final class Written {
        final String backend;
        final String path;
        final String field;
        volatile String acknowledged;
        volatile long version;
        /** The value of an update whose outcome is unknown (not acknowledged): it may or may not be there. */
        volatile String unknown;

        Written(String backend, String path, String field, String value, long version) {
            this.backend = backend;
            this.path = path;
            this.field = field;
            this.acknowledged = value;
            this.version = version;
        }
    }

    /** One backend's writes: create a new resource, or update one of its own with If-Match. */
    interface Writer {
        String backend();

        /** Creates resource number n; null when not acknowledged. */
        Written create(int n, Http.Reply[] reply);

        Http.Reply update(Written w, String value);
    }

    @Test
    @Order(2)
    void postgresRestartedDuringWritesLosesNoAcknowledgedWrite() throws Exception {
        Assumptions.assumeTrue(suite.database().embedded(), "an external PostgreSQL (PG_JDBC_URL) is not restarted by the tests");
        Http.Reply plan = api.put("/api/v1/plans/rel-writes", """
                {"code": "rel-writes", "regionCode": "500151", "title": "写入测试规划", "periodStart": 2021, "periodEnd": 2025}""", null);
        assertTrue(plan.ok(), "the plan the projects name: " + plan);
        List<Writer> writers = List.of(indicatorWriter(), projectWriter(), facilityWriter());
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        List<String> violations = Collections.synchronizedList(new ArrayList<>());
        List<Written> written = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicInteger> acknowledgedAfterRestart = new ConcurrentHashMap<>();
        AtomicInteger tried = new AtomicInteger();
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicLong slowestMillis = new AtomicLong();
        AtomicBoolean down = new AtomicBoolean();
        AtomicBoolean restarted = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(writers.size() * 2);
        List<Future<?>> threads = new ArrayList<>();
        for (int c = 0; c < writers.size() * 2; c++) {
            Writer writer = writers.get(c % writers.size());
            threads.add(pool.submit(() -> {
                List<Written> mine = new ArrayList<>();
                while (!stop.get()) {
                    Written target = mine.isEmpty() || ThreadLocalRandom.current().nextInt(3) == 0 ? null
                            : mine.get(ThreadLocalRandom.current().nextInt(mine.size()));
                    Http.Reply reply;
                    if (target == null || target.unknown != null) {
                        Http.Reply[] r = new Http.Reply[1];
                        Written created = writer.create(sequence.incrementAndGet(), r);
                        reply = r[0];
                        if (created != null) {
                            mine.add(created);
                            written.add(created);
                        }
                    } else {
                        String value = "写入" + sequence.incrementAndGet();
                        reply = writer.update(target, value);
                        if (reply.ok()) {
                            target.acknowledged = value;
                            target.version = reply.json().path("version").asLong();
                        } else {
                            target.unknown = value;
                        }
                    }
                    tried.incrementAndGet();
                    slowestMillis.accumulateAndGet((long) (reply.seconds() * 1000), Math::max);
                    String phase = restarted.get() ? "after" : down.get() ? "down" : "before";
                    outcomes.computeIfAbsent(phase + " " + reply.status(), k -> new AtomicInteger()).incrementAndGet();
                    if (reply.ok()) {
                        acknowledged.incrementAndGet();
                        if (restarted.get()) {
                            acknowledgedAfterRestart.computeIfAbsent(writer.backend(), k -> new AtomicInteger()).incrementAndGet();
                        }
                    } else if (reply.status() == 0 || reply.status() == 500 || !reply.problem() || reply.seconds() > WRITE_BOUND_SECONDS
                            || (reply.status() != 503 && reply.status() != 502 && reply.status() != 504)) {
                        violations.add(writer.backend() + " (" + phase + "): " + reply);
                    } else if (reply.status() == 503 && (!reply.body().contains("/problems/database-unavailable") || reply.retryAfter() == null)) {
                        // the backends are up: a 503 must be the backend's own "database unavailable", with Retry-After
                        violations.add(writer.backend() + " (" + phase + "): 503 is not database-unavailable with Retry-After: "
                                + reply + " Retry-After " + reply.retryAfter());
                    }
                }
                return null;
            }));
        }
        Map<String, Integer> readyWhileDown = new TreeMap<>();
        double downSeconds;
        long restartedAt;
        long recoveredAt = 0;
        try {
            Thread.sleep(4000);
            long stoppedAt = System.nanoTime();
            down.set(true);
            suite.database().stop();
            Thread.sleep(1500);
            for (ServiceProcess backend : backends()) {
                readyWhileDown.put(backend.name(), new Http(backend.baseUrl(), null, Duration.ofSeconds(15)).get("/q/health/ready").status());
            }
            Thread.sleep(4500);
            suite.database().restart();
            restartedAt = System.nanoTime();
            downSeconds = (restartedAt - stoppedAt) / 1e9;
            restarted.set(true);
            long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
            while (System.nanoTime() < deadline) {
                if (writers.stream().allMatch(w -> acknowledgedAfterRestart.getOrDefault(w.backend(), new AtomicInteger()).get() >= 5)) {
                    recoveredAt = System.nanoTime();
                    break;
                }
                Thread.sleep(100);
            }
            Thread.sleep(1000);
        } finally {
            stop.set(true);
            for (Future<?> f : threads) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdownNow();
        }
        int lost = 0;
        int unknownButThere = 0;
        List<String> lostExamples = new ArrayList<>();
        for (Written w : written) {
            Http.Reply r = api.get(w.path);
            String now = r.status() == 200 ? r.json().path(w.field).asText() : null;
            if (now != null && now.equals(w.acknowledged)) {
                continue;
            }
            if (now != null && now.equals(w.unknown)) {
                unknownButThere++;
                continue;
            }
            lost++;
            lostExamples.add(w.path + ": expected " + w.field + " '" + w.acknowledged + "', read " + r);
        }
        int failed = tried.get() - acknowledged.get();
        System.out.printf("[faults] PostgreSQL down %.1f s during writes: writes tried %d, acknowledged %d, failed %d, "
                        + "by phase/status %s, slowest %d ms; readiness while down %s; every backend writing again %.1f s after the restart; "
                        + "resources checked %d, writes lost %d (unacknowledged updates found applied: %d)%n",
                downSeconds, tried.get(), acknowledged.get(), failed, new TreeMap<>(outcomes), slowestMillis.get(), readyWhileDown,
                recoveredAt == 0 ? -1 : (recoveredAt - restartedAt) / 1e9, written.size(), lost, unknownButThere);
        assertTrue(violations.isEmpty(), violations.size() + " bad answers, first: " + violations.subList(0, Math.min(5, violations.size())));
        assertTrue(recoveredAt > 0, "not every backend acknowledged writes again within 45 s of the restart: " + acknowledgedAfterRestart);
        assertTrue(outcomes.keySet().stream().anyMatch(k -> k.startsWith("down 503")), "no write failed while PostgreSQL was down: " + outcomes);
        readyWhileDown.forEach((name, status) -> assertEquals(503, status, name + " said ready while PostgreSQL was down"));
        assertEquals(0, lost, "acknowledged writes lost: " + lostExamples.subList(0, Math.min(5, lostExamples.size())));
        for (ServiceProcess backend : backends()) {
            assertEquals(200, new Http(backend.baseUrl(), null, Duration.ofSeconds(15)).get("/q/health/ready").status(),
                    backend.name() + " not ready after the restart");
            assertTrue(backend.process().isAlive(), backend.name() + " is not the process started with the suite");
        }
    }

    private static List<ServiceProcess> backends() {
        return List.of(suite.service("indicator-service"), suite.service("project-service"), suite.service("facility-service"));
    }

    /** Plans of indicator-service (PUT by code), their title updated. */
    private static Writer indicatorWriter() {
        return new Writer() {
            public String backend() {
                return "indicator-service";
            }

            public Written create(int n, Http.Reply[] reply) {
                String path = "/api/v1/plans/rel-w-" + n;
                String title = "写入" + n;
                reply[0] = api.put(path, plan(n, title), null);
                return reply[0].ok() ? new Written(backend(), path, "title", title, reply[0].json().path("version").asLong()) : null;
            }

            public Http.Reply update(Written w, String value) {
                return api.put(w.path, plan(Integer.parseInt(w.path.substring(w.path.lastIndexOf('-') + 1)), value), "\"" + w.version + "\"");
            }

            private String plan(int n, String title) {
                return """
                        {"code": "rel-w-%d", "regionCode": "500151", "regionName": "重庆市铜梁区", "title": "%s",
                         "periodStart": 2021, "periodEnd": 2025, "baselineYear": 2020, "targetYear": 2025}""".formatted(n, title);
            }
        };
    }

    /** Projects of project-service (POST), their name patched. */
    private static Writer projectWriter() {
        return new Writer() {
            public String backend() {
                return "project-service";
            }

            public Written create(int n, Http.Reply[] reply) {
                String name = "写入" + n;
                reply[0] = api.post("/api/v1/projects", """
                        {"planCode": "rel-writes", "regionCode": "500151", "name": "%s", "investment10kCny": %d}""".formatted(name, n));
                return reply[0].status() == 201
                        ? new Written(backend(), "/api/v1/projects/" + reply[0].json().path("id").asLong(), "name", name,
                                reply[0].json().path("version").asLong())
                        : null;
            }

            public Http.Reply update(Written w, String value) {
                return api.patch(w.path, "{\"name\": \"" + value + "\"}", "\"" + w.version + "\"");
            }
        };
    }

    /** Facilities of facility-service (PUT by code), their name updated. */
    private static Writer facilityWriter() {
        return new Writer() {
            public String backend() {
                return "facility-service";
            }

            public Written create(int n, Http.Reply[] reply) {
                String path = "/api/v1/facilities/rel-w-" + n;
                String name = "写入" + n;
                reply[0] = api.put(path, facility(n, name), null);
                return reply[0].ok() ? new Written(backend(), path, "name", name, reply[0].json().path("version").asLong()) : null;
            }

            public Http.Reply update(Written w, String value) {
                return api.put(w.path, facility(Integer.parseInt(w.path.substring(w.path.lastIndexOf('-') + 1)), value), "\"" + w.version + "\"");
            }

            private String facility(int n, String name) {
                return """
                        {"code": "rel-w-%d", "name": "%s", "regionCode": "500151", "type": "CLINIC", "ownership": "PRIVATE"}""".formatted(n, name);
            }
        };
    }
}
