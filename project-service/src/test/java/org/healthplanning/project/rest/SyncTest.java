package org.healthplanning.project.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.healthplanning.platform.testing.PostgresResource;
import org.healthplanning.platform.testing.Tokens;
import org.healthplanning.project.config.KnownPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Change tracking as a client that keeps a copy sees it: createdAt/updatedAt on every resource, incremental
 * reads (updatedAfter, after) of the project list and the service-wide declared-totals list, the deletion
 * feed, and the refusals of malformed or undeclared parameters.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class SyncTest {
    static final List<String> RACE_PLANS = List.of("syncrace-a", "syncrace-b", "syncrace-c");

    static {
        for (String plan : List.of("synctimes-14th", "syncsince-14th", "syncsince-a", "syncsince-b", "syncrace-14th",
                "syncdel-14th", "syncdel-totals", "syncbad-14th", "syncetag-14th", "syncother-14th")) {
            KnownPlans.add(plan, "500151");
        }
        RACE_PLANS.forEach(p -> KnownPlans.add(p, "500151"));
    }

    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    static String project(String plan, String name) {
        return """
                {"planCode": "%s", "name": "%s", "constructionTypeRaw": "新建", "floorAreaM2": 1000,
                 "investment10kCny": 500, "yearsRaw": "2023-2025", "statusRaw": "规划中"}""".formatted(plan, name);
    }

    static JsonPath create(String plan, String name) {
        return given().contentType(ContentType.JSON).body(project(plan, name)).when().post("/api/v1/projects")
                .then().statusCode(201).extract().jsonPath();
    }

    static JsonPath patch(long id, String body) {
        return given().contentType("application/merge-patch+json").body(body).when().patch("/api/v1/projects/" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    static JsonPath putTotals(String plan, int floorArea) {
        return given().contentType(ContentType.JSON).body("{\"floorAreaM2\": " + floorArea + ", \"investment10kCny\": 100}")
                .when().put("/api/v1/plans/" + plan + "/declared-totals").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201))
                .extract().jsonPath();
    }

    static Instant at(JsonPath json, String path) {
        return OffsetDateTime.parse(json.getString(path)).toInstant();
    }

    /** Makes sure the next transaction starts at a later instant than everything before. */
    static void tick() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void everyResourceShowsCreatedAtAndUpdatedAtAndAnUpdateMovesOnlyUpdatedAt() {
        Instant before = Instant.now().minusSeconds(60);
        JsonPath created = create("synctimes-14th", "时间戳项目");
        long id = created.getLong("id");
        Instant createdAt = at(created, "createdAt");
        assertEquals(createdAt, at(created, "updatedAt"), "a new project was created and last changed at once");
        assertTrue(createdAt.isAfter(before) && createdAt.isBefore(Instant.now().plusSeconds(60)), "createdAt " + createdAt);
        assertTrue(created.getString("createdAt").endsWith("Z"), "UTC: " + created.getString("createdAt"));
        given().when().get("/api/v1/projects/" + id).then().statusCode(200)
                .body("createdAt", equalTo(created.getString("createdAt"))).body("updatedAt", equalTo(created.getString("updatedAt")));
        given().when().get("/api/v1/projects?planCode=synctimes-14th").then().statusCode(200)
                .body("items[0].createdAt", equalTo(created.getString("createdAt")))
                .body("items[0].updatedAt", equalTo(created.getString("updatedAt")))
                .body("cursor", nullValue());

        tick();
        JsonPath patched = patch(id, "{\"floorAreaM2\": 1200}");
        assertEquals(createdAt, at(patched, "createdAt"), "PATCH keeps createdAt");
        assertTrue(at(patched, "updatedAt").isAfter(createdAt), "PATCH moves updatedAt: " + patched.getString("updatedAt"));

        tick();
        // a value sent for the times is ignored, even a malformed one
        String body = project("synctimes-14th", "时间戳项目").replace("}", ", \"createdAt\": \"2001-01-01T00:00:00Z\", "
                + "\"updatedAt\": \"not a time\"}");
        JsonPath put = given().contentType(ContentType.JSON).body(body).when().put("/api/v1/projects/" + id)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(createdAt, at(put, "createdAt"), "PUT keeps createdAt");
        assertTrue(at(put, "updatedAt").isAfter(at(patched, "updatedAt")), "PUT moves updatedAt");
        given().when().get("/api/v1/projects/" + id).then().statusCode(200)
                .body("createdAt", equalTo(put.getString("createdAt"))).body("updatedAt", equalTo(put.getString("updatedAt")));

        tick();
        // a change only to the investment schedule (stored with the project, in rows of its own) moves updatedAt too
        JsonPath schedule = patch(id, "{\"annualInvestment\": [{\"year\": 2024, \"planned\": 500, \"actual\": 120}]}");
        assertEquals(createdAt, at(schedule, "createdAt"));
        assertTrue(at(schedule, "updatedAt").isAfter(at(put, "updatedAt")), "a schedule change moves updatedAt");
        given().when().get("/api/v1/projects?planCode=synctimes-14th&updatedAfter=" + put.getString("updatedAt"))
                .then().statusCode(200).body("items.id", equalTo(List.of((int) id)))
                .body("items[0].annualInvestment[0].actual", equalTo(120));

        // declared totals: created, then replaced
        JsonPath totals = putTotals("synctimes-14th", 100);
        Instant totalsCreated = at(totals, "createdAt");
        assertEquals(totalsCreated, at(totals, "updatedAt"));
        tick();
        JsonPath changed = putTotals("synctimes-14th", 200);
        assertEquals(totalsCreated, at(changed, "createdAt"));
        assertTrue(at(changed, "updatedAt").isAfter(totalsCreated), "a change moves updatedAt");
        assertEquals(totals.getLong("version") + 1, changed.getLong("version"));
        given().when().get("/api/v1/plans/synctimes-14th/declared-totals").then().statusCode(200)
                .body("createdAt", equalTo(changed.getString("createdAt"))).body("updatedAt", equalTo(changed.getString("updatedAt")));
        given().when().get("/api/v1/declared-totals?planCode=synctimes-14th").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].planCode", equalTo("synctimes-14th"))
                .body("items[0].regionCode", equalTo("500151")).body("items[0].floorAreaM2", equalTo(200))
                .body("items[0].createdAt", equalTo(changed.getString("createdAt")))
                .body("items[0].updatedAt", equalTo(changed.getString("updatedAt")));
    }

    @Test
    void updatedAfterAnswersExactlyTheRowsChangedAfterTheInstantInChangeOrder() {
        JsonPath p1 = create("syncsince-14th", "一");
        tick();
        JsonPath p2 = create("syncsince-14th", "二");
        tick();
        JsonPath p3 = create("syncsince-14th", "三");
        tick();
        JsonPath p1b = patch(p1.getLong("id"), "{\"remarks\": \"改\"}");
        create("syncother-14th", "另一规划"); // changed after too, but filtered out by planCode

        JsonPath changes = given().when().get("/api/v1/projects?planCode=syncsince-14th&updatedAfter=" + p2.getString("updatedAt"))
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(p3.getLong("id"), p1.getLong("id")), changes.getList("items.id", Long.class));
        assertEquals(List.of(p3.getString("updatedAt"), p1b.getString("updatedAt")), changes.getList("items.updatedAt"));
        assertEquals(2, changes.getInt("total"));
        assertNull(changes.get("next"));
        assertTrue(changes.getString("cursor") != null && !changes.getString("cursor").isBlank());
        // the same instant written with an offset (UTC+8)
        String shanghai = OffsetDateTime.parse(p2.getString("updatedAt")).atZoneSameInstant(java.time.ZoneOffset.ofHours(8))
                .toOffsetDateTime().toString();
        given().queryParam("planCode", "syncsince-14th").queryParam("updatedAfter", shanghai)
                .when().get("/api/v1/projects").then().statusCode(200).body("items.id", equalTo(changes.getList("items.id")));
        // from before everything: all three in change order, one per page through 'next'
        List<Long> walked = new ArrayList<>();
        String next = "/api/v1/projects?planCode=syncsince-14th&size=1&updatedAfter=" + at(p1, "createdAt").minusSeconds(60);
        String cursor = null;
        while (next != null) {
            JsonPath page = given().urlEncodingEnabled(false).when().get(next).then().statusCode(200).body("size", equalTo(1)).extract().jsonPath();
            walked.addAll(page.getList("items.id", Long.class));
            next = page.getString("next");
            cursor = page.getString("cursor");
        }
        assertEquals(List.of(p2.getLong("id"), p3.getLong("id"), p1.getLong("id")), walked);
        // the last cursor is where the next synchronisation starts: nothing new yet, then exactly the new change
        given().when().get("/api/v1/projects?planCode=syncsince-14th&after=" + cursor).then().statusCode(200)
                .body("total", equalTo(0)).body("cursor", equalTo(cursor));
        JsonPath p2b = patch(p2.getLong("id"), "{\"remarks\": \"再改\"}");
        given().when().get("/api/v1/projects?planCode=syncsince-14th&after=" + cursor).then().statusCode(200)
                .body("items.id", equalTo(List.of(p2.getInt("id")))).body("items[0].updatedAt", equalTo(p2b.getString("updatedAt")));

        // the service-wide declared-totals list, across plans, with and without its planCode filter
        JsonPath a = putTotals("syncsince-a", 1);
        tick();
        JsonPath b = putTotals("syncsince-b", 2);
        tick();
        JsonPath a2 = putTotals("syncsince-a", 3);
        JsonPath all = given().when().get("/api/v1/declared-totals?updatedAfter=" + a.getString("updatedAt"))
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("syncsince-b", "syncsince-a"), all.getList("items.planCode"));
        assertEquals(List.of(b.getString("updatedAt"), a2.getString("updatedAt")), all.getList("items.updatedAt"));
        given().when().get("/api/v1/declared-totals?planCode=syncsince-b&updatedAfter=" + a.getString("updatedAt"))
                .then().statusCode(200).body("items.planCode", equalTo(List.of("syncsince-b")));
        List<String> pagedPlans = new ArrayList<>();
        next = "/api/v1/declared-totals?size=1&updatedAfter=" + at(a, "createdAt").minusMillis(1);
        while (next != null) {
            JsonPath page = given().urlEncodingEnabled(false).when().get(next).then().statusCode(200).extract().jsonPath();
            pagedPlans.addAll(page.getList("items.planCode"));
            next = page.getString("next");
        }
        assertEquals(List.of("syncsince-b", "syncsince-a"), pagedPlans, "each plan once, in the order of its last change");
    }

    /** The client's copy: key → the item's JSON, kept in step by updatedAfter/after and the deletion feed. */
    static final class Copy {
        final Map<String, Map<String, Object>> items = new HashMap<>();
        final Set<String> seen = new HashSet<>();
        String cursor;
        final String list;
        final String keyField;

        Copy(String list, String keyField) {
            this.list = list;
            this.keyField = keyField;
        }

        /** Reads every change from the last cursor on (from the beginning the first time). */
        void sync() {
            String next = cursor == null ? list + "&updatedAfter=1970-01-01T00:00:00Z" : list + "&after=" + cursor;
            while (next != null) {
                JsonPath page = given().urlEncodingEnabled(false).when().get(next).then().statusCode(200).extract().jsonPath();
                List<Map<String, Object>> rows = page.getList("items");
                for (Map<String, Object> row : rows) {
                    String key = String.valueOf(row.get(keyField));
                    assertTrue(seen.add(key + "@" + row.get("version") + "@" + row.get("updatedAt")), "delivered twice: " + row);
                    Map<String, Object> old = items.get(key);
                    if (old == null || Instant.parse((String) old.get("updatedAt")).isBefore(Instant.parse((String) row.get("updatedAt")))) {
                        items.put(key, row);
                    }
                }
                cursor = page.getString("cursor");
                next = page.getString("next");
            }
        }

        /** Applies a deletion unless the copy holds a later version of the key (re-created after it). */
        void delete(String key, Instant deletedAt) {
            Map<String, Object> row = items.get(key);
            if (row != null && !Instant.parse((String) row.get("updatedAt")).isAfter(deletedAt)) {
                items.remove(key);
            }
        }
    }

    @Test
    void aCopyKeptByCursorWhileOthersWriteEndsEqualToTheServer() throws Exception {
        Instant start = Instant.now().minusSeconds(1);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(create("syncrace-14th", "种子" + i).getLong("id"));
        }
        putTotals("syncrace-a", 1);
        Copy projects = new Copy("/api/v1/projects?planCode=syncrace-14th&size=4", "id");
        Copy totals = new Copy("/api/v1/declared-totals?size=2", "planCode");
        String[] deletionCursor = {null};
        Runnable readDeletions = () -> {
            String next = deletionCursor[0] == null ? "/api/v1/deletions?size=5&since=" + start : "/api/v1/deletions?size=5&after=" + deletionCursor[0];
            while (next != null) {
                JsonPath page = given().urlEncodingEnabled(false).when().get(next).then().statusCode(200).extract().jsonPath();
                List<Map<String, Object>> rows = page.getList("items");
                for (Map<String, Object> d : rows) {
                    Instant deletedAt = Instant.parse((String) d.get("deletedAt"));
                    if ("project".equals(d.get("resourceType"))) {
                        projects.delete((String) d.get("key"), deletedAt);
                    } else if ("declared-totals".equals(d.get("resourceType"))) {
                        totals.delete((String) d.get("key"), deletedAt);
                    }
                }
                deletionCursor[0] = page.getString("cursor");
                next = page.getString("next");
            }
        };

        AtomicBoolean done = new AtomicBoolean();
        String token = Tokens.admin();
        CompletableFuture<Integer> writer = CompletableFuture.supplyAsync(() -> {
            Random random = new Random(42);
            int writes = 0;
            try {
                for (int i = 0; i < 60; i++) {
                    int op = random.nextInt(5);
                    String plan = RACE_PLANS.get(random.nextInt(RACE_PLANS.size()));
                    if (op == 0 || ids.size() < 3) {
                        ids.add(given().auth().oauth2(token).contentType(ContentType.JSON).body(project("syncrace-14th", "新" + i))
                                .when().post("/api/v1/projects").then().statusCode(201).extract().<Integer>path("id").longValue());
                    } else if (op == 1) {
                        long id = ids.remove(random.nextInt(ids.size()));
                        given().auth().oauth2(token).when().delete("/api/v1/projects/" + id).then().statusCode(204);
                    } else if (op == 2) {
                        long id = ids.get(random.nextInt(ids.size()));
                        given().auth().oauth2(token).contentType("application/merge-patch+json").body("{\"remarks\": \"第" + i + "次\"}")
                                .when().patch("/api/v1/projects/" + id).then().statusCode(200);
                    } else if (op == 3) {
                        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"floorAreaM2\": " + i + "}")
                                .when().put("/api/v1/plans/" + plan + "/declared-totals").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
                    } else {
                        given().auth().oauth2(token).when().delete("/api/v1/plans/" + plan + "/declared-totals")
                                .then().statusCode(org.hamcrest.Matchers.oneOf(204, 404));
                    }
                    writes++;
                }
                return writes;
            } finally {
                done.set(true);
            }
        });
        int rounds = 0;
        while (!done.get()) {
            projects.sync();
            totals.sync();
            readDeletions.run();
            rounds++;
        }
        assertEquals(60, writer.get(60, TimeUnit.SECONDS));
        projects.sync();
        totals.sync();
        readDeletions.run();
        assertTrue(rounds > 0, "the copy was read while the writer wrote");

        Map<String, Object> server = new LinkedHashMap<>();
        given().when().get("/api/v1/projects?planCode=syncrace-14th&size=500").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("items").forEach(p -> server.put(String.valueOf(p.get("id")), p));
        assertEquals(ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.toSet()), server.keySet());
        assertEquals(server, projects.items, "the copy of the projects equals the server's");
        Map<String, Object> serverTotals = new LinkedHashMap<>();
        given().when().get("/api/v1/declared-totals?size=500").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("items").stream().filter(t -> RACE_PLANS.contains(t.get("planCode")))
                .forEach(t -> serverTotals.put((String) t.get("planCode"), t));
        Map<String, Map<String, Object>> copiedTotals = new HashMap<>(totals.items);
        copiedTotals.keySet().retainAll(RACE_PLANS);
        assertEquals(serverTotals, copiedTotals, "the copy of the declared totals equals the server's");
    }

    @Test
    void deletionsAreListedWithTheirKeysIncludingThoseAnImportReplaces() {
        String since = Instant.now().minusSeconds(1).toString();
        JsonPath a = create("syncdel-14th", "甲");
        JsonPath b = create("syncdel-14th", "乙");
        JsonPath c = create("syncdel-14th", "丙");
        given().when().delete("/api/v1/projects/" + c.getLong("id")).then().statusCode(204);
        // an editor of another district is refused, and nothing is listed for it
        given().auth().oauth2(Tokens.editor("yuzhong-editor", "500103")).when().delete("/api/v1/projects/" + a.getLong("id"))
                .then().statusCode(403);
        // mode=replace removes the plan's projects: each is listed
        given().contentType(ContentType.JSON).body("[{\"name\": \"替换后\"}]")
                .when().post("/api/v1/projects/import?planCode=syncdel-14th&mode=replace").then().statusCode(200).body("imported", equalTo(1));
        putTotals("syncdel-totals", 5);
        given().when().delete("/api/v1/plans/syncdel-totals/declared-totals").then().statusCode(204);

        JsonPath feed = given().queryParam("since", since).queryParam("size", 500).when().get("/api/v1/deletions")
                .then().statusCode(200).extract().jsonPath();
        List<String> projectKeys = new ArrayList<>();
        List<String> totalsKeys = new ArrayList<>();
        List<Map<String, Object>> rows = feed.getList("items");
        for (Map<String, Object> d : rows) {
            if (d.get("resourceType").equals("project")) {
                projectKeys.add((String) d.get("key"));
                assertEquals("500151", d.get("regionCode"));
            } else if (d.get("resourceType").equals("declared-totals")) {
                totalsKeys.add((String) d.get("key"));
            }
        }
        List<String> expected = List.of(c.getString("id"), a.getString("id"), b.getString("id"));
        assertEquals(expected, projectKeys.stream().filter(expected::contains).toList(), "deleted, then replaced by the import");
        assertTrue(totalsKeys.contains("syncdel-totals"), "declared totals listed by planCode: " + totalsKeys);
        given().queryParam("since", since).queryParam("resourceType", "declared-totals").queryParam("size", 500)
                .when().get("/api/v1/deletions").then().statusCode(200)
                .body("items.resourceType", org.hamcrest.Matchers.everyItem(equalTo("declared-totals")))
                .body("items.key", hasItem("syncdel-totals"))
                .body("items.find { it.key == 'syncdel-totals' }.regionCode", equalTo("500151"));
        given().when().get("/api/v1/deletions?resourceType=plan").then().statusCode(400)
                .body("errors[0].field", equalTo("resourceType"));
        // the deleted ones are gone, the imported one is there
        given().when().get("/api/v1/projects?planCode=syncdel-14th").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].name", equalTo("替换后"));
    }

    @Test
    void malformedOrConflictingSyncParametersAre400NamingTheField() {
        String cursor = given().when().get("/api/v1/projects?planCode=syncbad-14th&updatedAfter=2020-01-01T00:00:00Z")
                .then().statusCode(200).body("cursor", notNullValue()).extract().path("cursor");
        for (String list : List.of("/api/v1/projects", "/api/v1/declared-totals")) {
            given().when().get(list + "?updatedAfter=yesterday").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("updatedAfter"));
            given().when().get(list + "?updatedAfter=2026-03-01T08:00:00").then().statusCode(400)
                    .body("errors[0].field", equalTo("updatedAfter"));
            given().when().get(list + "?after=not-a-cursor").then().statusCode(400).body("errors[0].field", equalTo("after"));
            given().when().get(list + "?page=0&after=" + cursor).then().statusCode(400).body("errors[0].field", equalTo("page"));
            given().when().get(list + "?sort=planCode&updatedAfter=2020-01-01T00:00:00Z").then().statusCode(400)
                    .body("errors[0].field", equalTo("sort"));
            given().when().get(list + "?size=0&updatedAfter=2020-01-01T00:00:00Z").then().statusCode(400)
                    .body("errors[0].field", equalTo("size"));
        }
        // a cursor of the project list (numeric keys) is no cursor of another list with other keys, and the reverse
        String totalsCursor = "YzE6MTc3MjQ0MzgwMDY1NDMyMTpwbGFuLXg"; // c1:1772443800654321:plan-x
        given().when().get("/api/v1/projects?after=" + totalsCursor).then().statusCode(400).body("errors[0].field", equalTo("after"));
        given().when().get("/api/v1/declared-totals?planCode=a%20b").then().statusCode(400).body("errors[0].field", equalTo("planCode"));
    }

    @Test
    void anUndeclaredQueryParameterIs400NamingItOnAListAndOnAWrite() {
        given().when().get("/api/v1/projects?regioncode=500151").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("regioncode"));
        given().when().get("/api/v1/declared-totals?plan=syncbad-14th").then().statusCode(400).body("errors[0].field", equalTo("plan"));
        given().contentType(ContentType.JSON).body(project("syncbad-14th", "不该建"))
                .when().post("/api/v1/projects?regioncode=500151").then().statusCode(400).body("errors[0].field", equalTo("regioncode"));
        given().contentType(ContentType.JSON).body("{\"floorAreaM2\": 1}")
                .when().put("/api/v1/plans/syncbad-14th/declared-totals?dryRun=true").then().statusCode(400)
                .body("errors[0].field", equalTo("dryRun"));
        given().when().get("/api/v1/projects?planCode=syncbad-14th").then().statusCode(200).body("total", equalTo(0));
        given().when().get("/api/v1/plans/syncbad-14th/declared-totals").then().statusCode(404);
    }

    @Test
    void aConditionalReReadIs304UntilSomethingChanges() {
        JsonPath p = create("syncetag-14th", "缓存");
        putTotals("syncetag-14th", 7);
        Map<String, String> tags = new LinkedHashMap<>();
        for (String url : List.of("/api/v1/projects?planCode=syncetag-14th", "/api/v1/projects/" + p.getLong("id"),
                "/api/v1/declared-totals?planCode=syncetag-14th", "/api/v1/plans/syncetag-14th/declared-totals",
                "/api/v1/projects?planCode=syncetag-14th&updatedAfter=2020-01-01T00:00:00Z")) {
            String tag = given().when().get(url).then().statusCode(200).header("ETag", notNullValue()).extract().header("ETag");
            given().header("If-None-Match", tag).when().get(url).then().statusCode(304);
            tags.put(url, tag);
        }
        tick();
        patch(p.getLong("id"), "{\"remarks\": \"变了\"}");
        putTotals("syncetag-14th", 8);
        tags.forEach((url, tag) -> {
            String now = given().header("If-None-Match", tag).when().get(url).then().statusCode(200).extract().header("ETag");
            assertNotEquals(tag, now, url);
        });
    }
}
