package org.healthplanning.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.healthplanning.suite.Http.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A system that keeps a copy of the suite, with the real services behind the gateway: it reads
 * everything once, then, while other clients create, update and delete plans, indicator rows,
 * monitoring values, projects and facilities, it keeps paging through each list with
 * {@code updatedAfter} and the cursor and applies the suite's deletions. Afterwards its copy equals
 * what the suite holds, item for item: nothing missed, nothing repeated, nothing deleted left behind.
 */
class SyncIT {
    private static final String EPOCH = "1970-01-01T00:00:00Z";
    private static final int PAGE = 7;

    private static SuiteUnderTest sut;

    /** A synchronised list: its path, the deletion type of its items and how an item's key is written. */
    record Feed(String path, String type, Function<JsonNode, String> key) {
    }

    private static final List<Feed> FEEDS = List.of(
            new Feed("/api/v1/plans", "plan", i -> i.path("code").asText()),
            new Feed("/api/v1/plan-indicators", "plan-indicator", i -> i.path("planCode").asText() + "/" + i.path("id").asText()),
            new Feed("/api/v1/monitoring-values", "monitoring-value",
                    i -> i.path("planCode").asText() + "/" + i.path("indicatorId").asText() + "/" + i.path("year").asText()),
            new Feed("/api/v1/projects", "project", i -> i.path("id").asText()),
            new Feed("/api/v1/facilities", "facility", i -> i.path("code").asText()));

    /** The client's copy: type → key → item, and where each list and the deletions stand. */
    static final class Copy {
        final Map<String, Map<String, JsonNode>> items = new TreeMap<>();
        final Map<String, String> cursors = new LinkedHashMap<>();
        String deletionCursor;
        int rowsRead;
        int deletionsApplied;
        final List<String> repeated = new ArrayList<>();
        final Map<String, String> seenVersions = new LinkedHashMap<>();

        void sync() {
            for (Feed f : FEEDS) {
                String cursor = cursors.get(f.type());
                String url = sut.gateway(f.path() + "?size=" + PAGE + (cursor == null ? "&updatedAfter=" + EPOCH : "&after=" + cursor));
                while (url != null) {
                    Reply r = sut.get(url);
                    assertEquals(200, r.status(), url + " " + r.body());
                    JsonNode page = r.json();
                    for (JsonNode item : page.path("items")) {
                        String key = f.key().apply(item);
                        String seen = f.type() + ":" + key + "@" + item.path("updatedAt").asText();
                        if (seenVersions.put(seen, seen) != null) {
                            repeated.add(seen);
                        }
                        items.computeIfAbsent(f.type(), t -> new TreeMap<>()).put(key, item);
                        rowsRead++;
                    }
                    cursors.put(f.type(), page.path("cursor").asText());
                    url = page.hasNonNull("next") ? sut.gateway(page.path("next").asText()) : null;
                }
            }
            String url = sut.gateway("/api/v1/deletions?size=" + PAGE + (deletionCursor == null ? "&since=" + EPOCH : "&after=" + deletionCursor));
            while (url != null) {
                Reply r = sut.get(url);
                assertEquals(200, r.status(), url + " " + r.body());
                JsonNode page = r.json();
                for (JsonNode d : page.path("items")) {
                    Map<String, JsonNode> ofType = items.get(d.path("resourceType").asText());
                    JsonNode held = ofType == null ? null : ofType.get(d.path("key").asText());
                    // a key used again after the deletion holds the newer resource
                    if (held != null && !instant(held.path("updatedAt").asText()).isAfter(instant(d.path("deletedAt").asText()))) {
                        ofType.remove(d.path("key").asText());
                        deletionsApplied++;
                    }
                }
                deletionCursor = page.path("cursor").asText();
                url = page.hasNonNull("next") ? sut.gateway(page.path("next").asText()) : null;
            }
        }
    }

    @BeforeAll
    static void startSuite() throws Exception {
        sut = SuiteUnderTest.start("sync");
    }

    @AfterAll
    static void stopSuite() {
        if (sut != null) {
            sut.close();
        }
    }

    @Test
    void aCopyKeptByUpdatedAfterAndDeletionsEqualsTheSuiteAfterConcurrentWrites() throws Exception {
        Copy copy = new Copy();
        copy.sync();
        int initial = copy.rowsRead;
        assertTrue(copy.items.get("plan").size() >= 2 && copy.items.get("monitoring-value").size() > 10,
                "the demo data were read: " + copy.items.keySet());

        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService writers = Executors.newFixedThreadPool(2);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int thread = t;
            done.add(writers.submit(() -> write(thread, 6, failures)));
        }
        writers.shutdown();
        int rounds = 0;
        while (!writers.awaitTermination(150, TimeUnit.MILLISECONDS)) {
            copy.sync();
            rounds++;
        }
        for (Future<?> f : done) {
            f.get();
        }
        assertTrue(failures.isEmpty(), "writes failed: " + failures);
        copy.sync();

        Map<String, Map<String, JsonNode>> server = new TreeMap<>();
        for (Feed f : FEEDS) {
            Map<String, JsonNode> all = new TreeMap<>();
            for (int page = 0; ; page++) {
                JsonNode body = sut.get(sut.gateway(f.path() + "?size=500&page=" + page)).json();
                body.path("items").forEach(i -> all.put(f.key().apply(i), i));
                if (!body.hasNonNull("next")) {
                    break;
                }
            }
            server.put(f.type(), all);
        }
        System.out.printf("Sync: %d rows in the first read, %d rows and %d deletions applied over %d rounds during the writes%n",
                initial, copy.rowsRead - initial, copy.deletionsApplied, rounds);
        for (Feed f : FEEDS) {
            Map<String, JsonNode> mine = copy.items.getOrDefault(f.type(), Map.of());
            Map<String, JsonNode> theirs = server.get(f.type());
            TreeSet<String> missing = new TreeSet<>(theirs.keySet());
            missing.removeAll(mine.keySet());
            TreeSet<String> extra = new TreeSet<>(mine.keySet());
            extra.removeAll(theirs.keySet());
            assertTrue(missing.isEmpty(), f.type() + ": the copy misses " + missing);
            assertTrue(extra.isEmpty(), f.type() + ": the copy still holds deleted " + extra);
            for (String key : theirs.keySet()) {
                assertEquals(theirs.get(key), mine.get(key), f.type() + " " + key + " differs");
            }
        }
        assertTrue(copy.repeated.isEmpty(), "rows read twice in the same version: " + copy.repeated);
        assertTrue(copy.deletionsApplied > 0, "the writers' deletions reached the copy");
    }

    @Test
    void approvedFiguresAreWhatTheOverviewCountsWithApprovedOnly() throws Exception {
        String issuer = System.getenv().getOrDefault("HEALTHPLAN_JWT_ISSUER", DevToken.DEFAULT_ISSUER);
        Http editor = new Http("", DevToken.editor(RunningSuite.ROOT, issuer, java.time.Duration.ofHours(1), "500151").orElseThrow(),
                java.time.Duration.ofSeconds(30));
        Http reviewer = new Http("", DevToken.reviewer(RunningSuite.ROOT, issuer, java.time.Duration.ofHours(1), "500151").orElseThrow(),
                java.time.Duration.ofSeconds(30));
        Http otherReviewer = new Http("", DevToken.reviewer(RunningSuite.ROOT, issuer, java.time.Duration.ofHours(1), "500103").orElseThrow(),
                java.time.Duration.ofSeconds(30));
        String plan = "/api/v1/plans/tongliang-14th";
        JsonNode before = sut.get(sut.gateway(plan + "/overview?year=2023")).json();
        int used = before.path("valuesNotApproved").asInt();
        assertTrue(used > 0, "the demo values of 2023 are drafts the evaluation uses: " + before.path("valuesNotApproved"));
        JsonNode approvedOnly = sut.get(sut.gateway(plan + "/overview?year=2023&approvedOnly=true")).json();
        assertEquals(0, approvedOnly.path("valuesNotApproved").asInt());
        assertTrue(approvedOnly.path("evaluation").path("indicators").findValues("actual").stream().allMatch(JsonNode::isNull),
                "nothing is approved yet, so no row has an actual value: " + approvedOnly.path("evaluation"));

        assertEquals(403, reviewer.post(sut.gateway(plan + "/approvals/2023/submit"), "{}").status(), "a reviewer does not submit");
        Reply submitted = editor.post(sut.gateway(plan + "/approvals/2023/submit"), "{}");
        assertEquals(200, submitted.status(), submitted.toString());
        assertEquals(403, editor.post(sut.gateway(plan + "/approvals/2023/approve"), "{}").status(), "an editor does not approve");
        assertEquals(403, otherReviewer.post(sut.gateway(plan + "/approvals/2023/approve"), "{}").status(),
                "a reviewer of another district does not approve");
        Reply approved = reviewer.post(sut.gateway(plan + "/approvals/2023/approve"), "{}");
        assertEquals(200, approved.status(), approved.toString());
        assertEquals("APPROVED", approved.json().path("state").asText(), approved.toString());

        JsonNode after = sut.get(sut.gateway(plan + "/overview?year=2023&approvedOnly=true")).json();
        assertEquals(0, after.path("valuesNotApproved").asInt());
        assertEquals(before.path("evaluation").path("summary"), after.path("evaluation").path("summary"),
                "with every 2023 value approved, approvedOnly evaluates as before");
        JsonNode row = sut.get(sut.gateway(plan + "/indicators?size=1")).json().path("items").get(0);
        Reply locked = sut.put(plan + "/indicators/" + row.path("id").asLong() + "/values/2023", "{\"value\": 1, \"status\": \"FINAL\"}");
        assertEquals(409, locked.status(), "an approved value is locked: " + locked);
        assertTrue(locked.body().contains("APPROVED"), locked.body());
        Reply reopened = reviewer.post(sut.gateway(plan + "/approvals/2023/reopen"), "{\"comment\": \"复核 2023 年数据\"}");
        assertEquals(200, reopened.status(), reopened.toString());
        assertEquals(used, sut.get(sut.gateway(plan + "/overview?year=2023")).json().path("valuesNotApproved").asInt());
    }

    /** One writer: plans with rows and values, projects and facilities, created, changed and partly deleted. */
    private static void write(int thread, int iterations, List<String> failures) {
        String previousPlan = null;
        for (int i = 0; i < iterations; i++) {
            String plan = "sync-" + thread + "-" + i;
            expect(failures, 201, sut.put("/api/v1/plans/" + plan, """
                    {"code": "%s", "regionCode": "500151", "title": "同步测试规划 %s", "periodStart": 2021, "periodEnd": 2025}"""
                    .formatted(plan, plan)));
            long row1 = expect(failures, 201, sut.post("/api/v1/plans/" + plan + "/indicators", """
                    {"name": "人均预期寿命", "unit": "岁", "seq": "1", "baseline": {"raw": "78.47", "year": 2020}, "target": {"raw": "79.3", "year": 2025}}"""))
                    .path("id").asLong();
            long row2 = expect(failures, 201, sut.post("/api/v1/plans/" + plan + "/indicators", """
                    {"name": "婴儿死亡率", "unit": "‰", "seq": "2", "baseline": {"raw": "2.5", "year": 2020}, "target": {"raw": "≤3.5", "year": 2025}}"""))
                    .path("id").asLong();
            String values = "/api/v1/plans/" + plan + "/indicators/";
            expect(failures, 201, sut.put(values + row1 + "/values/2021", "{\"value\": 78.6, \"status\": \"FINAL\"}"));
            expect(failures, 201, sut.put(values + row1 + "/values/2022", "{\"value\": 78.8, \"status\": \"PROVISIONAL\"}"));
            expect(failures, 201, sut.put(values + row2 + "/values/2021", "{\"value\": 2.4, \"status\": \"FINAL\"}"));
            expect(failures, 200, sut.http.patch(sut.gateway(values + row1), "{\"remarks\": \"核对 " + i + "\"}", null));
            expect(failures, 200, sut.put(values + row1 + "/values/2021", "{\"value\": 78.65, \"status\": \"FINAL\"}"));
            expect(failures, 204, sut.send("DELETE", sut.gateway(values + row2 + "/values/2021"), null, null));

            JsonNode project = expect(failures, 201, sut.post("/api/v1/projects", """
                    {"planCode": "%s", "regionCode": "500151", "seq": "%d", "name": "同步测试项目 %s", "investment10kCny": %d}"""
                    .formatted(plan, i + 1, plan, 100 + i)));
            long projectId = project.path("id").asLong();
            expect(failures, 200, sut.http.patch(sut.gateway("/api/v1/projects/" + projectId), "{\"floorAreaM2\": " + (1000 + i) + "}", null));
            if (i % 2 == 1) {
                expect(failures, 204, sut.send("DELETE", sut.gateway("/api/v1/projects/" + projectId), null, null));
            }

            String facility = "sync-fac-" + thread + "-" + i;
            String body = """
                    {"code": "%s", "name": "同步测试卫生院 %s", "type": "TOWNSHIP_HEALTH_CENTER", "ownership": "PUBLIC", "regionCode": "500151"}"""
                    .formatted(facility, facility);
            expect(failures, 201, sut.put("/api/v1/facilities/" + facility, body));
            expect(failures, 200, sut.put("/api/v1/facilities/" + facility, body.replace("同步测试卫生院", "同步测试中心卫生院")));
            if (i % 3 == 2) {
                expect(failures, 204, sut.send("DELETE", sut.gateway("/api/v1/facilities/" + facility), null, null));
            }
            if (previousPlan != null && i % 2 == 0) {
                expect(failures, 204, sut.send("DELETE", sut.gateway("/api/v1/plans/" + previousPlan), null, null));
            }
            previousPlan = plan;
        }
    }

    private static JsonNode expect(List<String> failures, int status, Reply r) {
        if (r.status() != status) {
            failures.add(status + " expected, got " + r);
        }
        return r.ok() ? r.json() : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static Instant instant(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
