package org.healthplanning.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.healthplanning.platform.testing.PostgresResource;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Synchronisation: createdAt/updatedAt on every resource, incremental reads by updatedAfter and cursor on
 * every list, the service-wide lists of rows and values, and the deletion feed (cascaded deletions included).
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class SyncTest {
    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    private static String plan(String code, String region, String title) {
        return """
                {"code": "%s", "regionCode": "%s", "title": "%s", "periodStart": 2021, "periodEnd": 2025,
                 "baselineYear": 2020, "targetYear": 2025}""".formatted(code, region, title);
    }

    private static JsonNode json(String body) {
        return Demo.tree(body);
    }

    private static Instant at(JsonNode node, String field) {
        assertTrue(node.hasNonNull(field), field + " missing in " + node);
        return Instant.parse(node.get(field).asText());
    }

    private static JsonNode putPlan(String code, String region, String title, int status) {
        return json(given().contentType(ContentType.JSON).body(plan(code, region, title)).when().put("/api/v1/plans/" + code)
                .then().log().ifValidationFails().statusCode(status).extract().asString());
    }

    private static JsonNode addRow(String plan, String name) {
        return json(given().contentType(ContentType.JSON).body("{\"name\": \"" + name + "\", \"target\": {\"raw\": \"≥90\"}}")
                .when().post("/api/v1/plans/" + plan + "/indicators")
                .then().log().ifValidationFails().statusCode(201).extract().asString());
    }

    private static JsonNode putValue(String plan, long row, int year, String value) {
        return json(given().contentType(ContentType.JSON).body("{\"value\": " + value + "}")
                .when().put("/api/v1/plans/" + plan + "/indicators/" + row + "/values/" + year)
                .then().log().ifValidationFails().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)))
                .extract().asString());
    }

    private static JsonNode get(String path) {
        return json(given().when().get(path).then().log().ifValidationFails().statusCode(200).extract().asString());
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void everyResourceShowsWhenItWasCreatedAndLastChanged() {
        JsonNode created = putPlan("sync-times-14th", "500151", "时间戳规划", 201);
        Instant planCreated = at(created, "createdAt");
        assertEquals(planCreated, at(created, "updatedAt"), "a new plan's updatedAt is its createdAt");
        JsonNode read = get("/api/v1/plans/sync-times-14th");
        assertEquals(planCreated, at(read, "createdAt"));

        // an unchanged PUT changes nothing, not even updatedAt
        pause();
        JsonNode same = putPlan("sync-times-14th", "500151", "时间戳规划", 200);
        assertEquals(planCreated, at(same, "updatedAt"));
        assertEquals(0, same.get("version").asInt());

        pause();
        JsonNode changed = putPlan("sync-times-14th", "500151", "时间戳规划（修订）", 200);
        assertEquals(planCreated, at(changed, "createdAt"), "createdAt stays");
        assertTrue(at(changed, "updatedAt").isAfter(planCreated), "the answer to the PUT shows the new updatedAt");
        Instant planUpdated = at(changed, "updatedAt");
        assertEquals(planUpdated, at(get("/api/v1/plans/sync-times-14th"), "updatedAt"));

        // a row: POST, then PATCH
        JsonNode row = addRow("sync-times-14th", "人均预期寿命");
        long rowId = row.get("id").asLong();
        assertEquals("sync-times-14th", row.get("planCode").asText());
        Instant rowCreated = at(row, "createdAt");
        assertEquals(rowCreated, at(row, "updatedAt"));
        pause();
        JsonNode patched = json(given().contentType("application/merge-patch+json; charset=UTF-8").body("{\"remarks\": \"新增\"}")
                .when().patch("/api/v1/plans/sync-times-14th/indicators/" + rowId)
                .then().log().ifValidationFails().statusCode(200).extract().asString());
        assertEquals(rowCreated, at(patched, "createdAt"));
        assertTrue(at(patched, "updatedAt").isAfter(rowCreated));
        assertEquals("sync-times-14th", patched.get("planCode").asText());
        JsonNode listed = get("/api/v1/plans/sync-times-14th/indicators").get("items").get(0);
        assertEquals(at(patched, "updatedAt"), at(listed, "updatedAt"));
        assertEquals("sync-times-14th", listed.get("planCode").asText());

        // an upper target only (kept in a table of its own) is a change of the row too
        pause();
        JsonNode upper = json(given().contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"upperTargets\": [{\"scope\": \"市级目标\", \"raw\": \"≥80\"}]}")
                .when().patch("/api/v1/plans/sync-times-14th/indicators/" + rowId)
                .then().log().ifValidationFails().statusCode(200).extract().asString());
        assertTrue(at(upper, "updatedAt").isAfter(at(patched, "updatedAt")));
        assertEquals(at(upper, "updatedAt"), at(get("/api/v1/plans/sync-times-14th/indicators/" + rowId), "updatedAt"));

        // a value: PUT creates, PUT changes
        JsonNode value = putValue("sync-times-14th", rowId, 2022, "80.1");
        assertEquals("sync-times-14th", value.get("planCode").asText());
        assertEquals(rowId, value.get("indicatorId").asLong());
        Instant valueCreated = at(value, "createdAt");
        assertEquals(valueCreated, at(value, "updatedAt"));
        pause();
        JsonNode value2 = putValue("sync-times-14th", rowId, 2022, "80.4");
        assertEquals(valueCreated, at(value2, "createdAt"));
        assertTrue(at(value2, "updatedAt").isAfter(valueCreated));
        JsonNode valueRead = get("/api/v1/plans/sync-times-14th/indicators/" + rowId + "/values/2022");
        assertEquals(at(value2, "updatedAt"), at(valueRead, "updatedAt"));
        assertEquals("sync-times-14th", valueRead.get("planCode").asText());
        JsonNode valueListed = get("/api/v1/plans/sync-times-14th/indicators/" + rowId + "/values").get("items").get(0);
        assertEquals(at(value2, "updatedAt"), at(valueListed, "updatedAt"));

        // writes to its rows and values change the plan's revision, not its updatedAt
        assertEquals(planUpdated, at(get("/api/v1/plans/sync-times-14th"), "updatedAt"));

        // a sent createdAt / updatedAt / planCode is ignored
        JsonNode ignored = json(given().contentType(ContentType.JSON)
                .body("{\"value\": 80.5, \"planCode\": \"other\", \"createdAt\": \"2000-01-01T00:00:00Z\", \"updatedAt\": \"2000-01-01T00:00:00Z\"}")
                .when().put("/api/v1/plans/sync-times-14th/indicators/" + rowId + "/values/2022")
                .then().log().ifValidationFails().statusCode(200).extract().asString());
        assertEquals("sync-times-14th", ignored.get("planCode").asText());
        assertEquals(valueCreated, at(ignored, "createdAt"));

        // a definition: POST, then PUT
        String def = """
                {"code": "SYNC_TIMES", "name": "同步测试指标", "unit": "%", "direction": "INCREASE", "aliases": ["同步测试别名"]}""";
        JsonNode d = json(given().contentType(ContentType.JSON).body(def).when().post("/api/v1/indicator-definitions")
                .then().log().ifValidationFails().statusCode(201).extract().asString());
        Instant defCreated = at(d, "createdAt");
        assertEquals(defCreated, at(d, "updatedAt"));
        pause();
        JsonNode d2 = json(given().contentType(ContentType.JSON).body(def.replace("同步测试别名", "同步测试别名二"))
                .when().put("/api/v1/indicator-definitions/SYNC_TIMES")
                .then().log().ifValidationFails().statusCode(200).extract().asString());
        assertEquals(defCreated, at(d2, "createdAt"));
        assertTrue(at(d2, "updatedAt").isAfter(defCreated), "a change of the aliases alone moves updatedAt");
        assertEquals(at(d2, "updatedAt"), at(get("/api/v1/indicator-definitions/SYNC_TIMES"), "updatedAt"));
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aDefinitionsDirectionAndUpperTargetsWrittenInSqlMoveTheRowsUpdatedAt() throws Exception {
        given().contentType(ContentType.JSON).body("""
                {"code": "SYNC_DIRECTION", "name": "同步方向指标", "direction": "INCREASE"}""")
                .when().post("/api/v1/indicator-definitions").then().statusCode(201);
        putPlan("sync-dir-14th", "500151", "方向规划", 201);
        JsonNode row = addRow("sync-dir-14th", "同步方向指标");
        long id = row.get("id").asLong();
        assertEquals("INCREASE", row.get("direction").asText());
        Instant created = at(row, "updatedAt");
        pause();
        given().contentType(ContentType.JSON).body("""
                {"code": "SYNC_DIRECTION", "name": "同步方向指标", "direction": "DECREASE"}""")
                .when().put("/api/v1/indicator-definitions/SYNC_DIRECTION").then().statusCode(200);
        JsonNode after = get("/api/v1/plans/sync-dir-14th/indicators/" + id);
        assertEquals("DECREASE", after.get("direction").asText());
        Instant moved = at(after, "updatedAt");
        assertTrue(moved.isAfter(created), "the row shows another direction, so it changed");
        assertEquals(created, at(after, "createdAt"));
        assertEquals(List.of(id), ids(get("/api/v1/plan-indicators?planCode=sync-dir-14th&updatedAfter=" + created), "id"));

        pause();
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("insert into plan_indicator_upper_target (indicator_id, position, scope, raw, comparator, value)"
                    + " values (" + id + ", 0, '市级', '≤5', '<=', 5)");
        }
        JsonNode upper = get("/api/v1/plans/sync-dir-14th/indicators/" + id);
        assertEquals(1, upper.get("upperTargets").size());
        assertTrue(at(upper, "updatedAt").isAfter(moved), "an upper target written in SQL moves the row's updatedAt");
        assertEquals(List.of(id), ids(get("/api/v1/plan-indicators?planCode=sync-dir-14th&updatedAfter=" + moved), "id"));
    }

    @Test
    void updatedAfterAnswersExactlyWhatChangedAfterTheInstantInChangeOrder() {
        putPlan("sync-since-14th", "500103", "增量规划", 201);
        long r1 = addRow("sync-since-14th", "指标一").get("id").asLong();
        long r2 = addRow("sync-since-14th", "指标二").get("id").asLong();
        JsonNode third = addRow("sync-since-14th", "指标三");
        long r3 = third.get("id").asLong();
        putValue("sync-since-14th", r1, 2021, "1");
        JsonNode v2 = putValue("sync-since-14th", r2, 2021, "2");
        Instant since = at(v2, "updatedAt");
        pause();

        // later: row 2 changes, then row 1; a value of row 3 is added; row 1's value changes
        given().contentType("application/merge-patch+json; charset=UTF-8").body("{\"remarks\": \"改\"}")
                .when().patch("/api/v1/plans/sync-since-14th/indicators/" + r2).then().statusCode(200);
        given().contentType("application/merge-patch+json; charset=UTF-8").body("{\"remarks\": \"改\"}")
                .when().patch("/api/v1/plans/sync-since-14th/indicators/" + r1).then().statusCode(200);
        putValue("sync-since-14th", r3, 2022, "3");
        putValue("sync-since-14th", r1, 2021, "1.5");

        JsonNode rows = get("/api/v1/plans/sync-since-14th/indicators?updatedAfter=" + since);
        assertEquals(List.of(r2, r1), ids(rows, "id"));
        assertEquals(2, rows.get("total").asLong());
        assertEquals(0, rows.get("page").asInt());
        assertNotNull(rows.get("cursor").textValue(), "an incremental read answers a cursor");
        assertTrue(rows.get("next").isNull(), "one page only");
        JsonNode allRows = get("/api/v1/plan-indicators?planCode=sync-since-14th&updatedAfter=" + since);
        assertEquals(List.of(r2, r1), ids(allRows, "id"));
        // the same instant written with an offset
        String offset = since.atOffset(java.time.ZoneOffset.ofHours(8)).toString();
        assertEquals(List.of(r2, r1), ids(json(given().queryParam("planCode", "sync-since-14th").queryParam("updatedAfter", offset)
                .when().get("/api/v1/plan-indicators").then().statusCode(200).extract().asString()), "id"));
        // with the list's other filters
        assertEquals(List.of(), ids(get("/api/v1/plans/sync-since-14th/indicators?nature=BINDING&updatedAfter=" + since), "id"));

        JsonNode values = get("/api/v1/monitoring-values?planCode=sync-since-14th&updatedAfter=" + since);
        List<String> keys = new ArrayList<>();
        values.get("items").forEach(v -> keys.add(v.get("planCode").asText() + "/" + v.get("indicatorId").asLong() + "/" + v.get("year").asInt()));
        assertEquals(List.of("sync-since-14th/" + r3 + "/2022", "sync-since-14th/" + r1 + "/2021"), keys);
        assertEquals(List.of(2022), years(get("/api/v1/plans/sync-since-14th/indicators/" + r3 + "/values?updatedAfter=" + since)));
        assertEquals(List.of(), years(get("/api/v1/plans/sync-since-14th/indicators/" + r2 + "/values?updatedAfter=" + since)));

        // order: updatedAt ascending, every item after the instant
        Instant previous = since;
        for (JsonNode item : values.get("items")) {
            assertTrue(at(item, "updatedAt").isAfter(since) && !at(item, "updatedAt").isBefore(previous), item.toString());
            previous = at(item, "updatedAt");
        }

        // plans: one changed after the instant, one created after it; a plan's rows do not count as its change
        pause();
        Instant beforePlans = at(putPlan("sync-since-a", "500103", "甲", 201), "updatedAt");
        pause();
        putPlan("sync-since-b", "500103", "乙", 201);
        putPlan("sync-since-a", "500103", "甲（改）", 200);
        addRow("sync-since-14th", "指标四");
        JsonNode plans = get("/api/v1/plans?updatedAfter=" + beforePlans);
        List<String> codes = new ArrayList<>();
        plans.get("items").forEach(p -> codes.add(p.get("code").asText()));
        assertEquals(List.of("sync-since-b", "sync-since-a"), codes);
        assertEquals(List.of("sync-since-a"), codesOf(get("/api/v1/plans?regionCode=500103&year=2023&updatedAfter="
                + at(get("/api/v1/plans/sync-since-b"), "updatedAt"))));

        // definitions
        pause();
        Instant beforeDefinition = Instant.parse(get("/api/v1/plans/sync-since-a").get("updatedAt").asText());
        given().contentType(ContentType.JSON).body("""
                {"code": "SYNC_SINCE", "name": "增量测试指标", "direction": "DECREASE"}""")
                .when().post("/api/v1/indicator-definitions").then().statusCode(201);
        JsonNode defs = get("/api/v1/indicator-definitions?updatedAfter=" + beforeDefinition);
        List<String> defCodes = new ArrayList<>();
        defs.get("items").forEach(d -> defCodes.add(d.get("code").asText()));
        assertEquals(List.of("SYNC_SINCE"), defCodes);
        assertEquals(List.of(), codesOf(get("/api/v1/indicator-definitions?direction=INCREASE&updatedAfter=" + beforeDefinition)));
    }

    private static List<String> codesOf(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.get("items").forEach(p -> codes.add(p.get("code").asText()));
        return codes;
    }

    private static List<Long> ids(JsonNode page, String field) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get(field).asLong()));
        return ids;
    }

    private static List<Integer> years(JsonNode page) {
        List<Integer> years = new ArrayList<>();
        page.get("items").forEach(i -> years.add(i.get("year").asInt()));
        return years;
    }

    @Test
    void cursorPagesCarryOnWhereTheLastOneEnded() {
        putPlan("sync-pages-14th", "500151", "分页规划", 201);
        JsonNode first = addRow("sync-pages-14th", "分页一");
        for (int i = 2; i <= 5; i++) {
            addRow("sync-pages-14th", "分页" + i);
        }
        Instant since = at(first, "createdAt").minusNanos(1000);
        JsonNode page = get("/api/v1/plan-indicators?planCode=sync-pages-14th&size=2&updatedAfter=" + since);
        List<Long> seen = new ArrayList<>(ids(page, "id"));
        assertEquals(5, page.get("total").asLong());
        int pages = 1;
        while (!page.get("next").isNull()) {
            String next = page.get("next").asText();
            assertTrue(next.contains("after=") && !next.contains("updatedAfter=") && next.contains("planCode=sync-pages-14th"), next);
            page = get(next);
            seen.addAll(ids(page, "id"));
            pages++;
        }
        assertEquals(3, pages);
        assertEquals(5, seen.size());
        assertEquals(5, new HashSet<>(seen).size(), "nothing repeated");
        // the last cursor: nothing new yet; then a change shows up after it
        String cursor = page.get("cursor").asText();
        assertEquals(0, get("/api/v1/plan-indicators?planCode=sync-pages-14th&after=" + cursor).get("items").size());
        given().contentType("application/merge-patch+json; charset=UTF-8").body("{\"remarks\": \"后改\"}")
                .when().patch("/api/v1/plans/sync-pages-14th/indicators/" + seen.get(0)).then().statusCode(200);
        JsonNode later = get("/api/v1/plan-indicators?planCode=sync-pages-14th&after=" + cursor);
        assertEquals(List.of(seen.get(0)), ids(later, "id"));
        // a cursor of the row list works on the plan's list too (same order, same keys)
        assertEquals(List.of(seen.get(0)), ids(get("/api/v1/plans/sync-pages-14th/indicators?after=" + cursor), "id"));
    }

    /**
     * A client copies a plan's rows and values by cursor, with the deletion feed, while another thread
     * creates, changes and deletes rows and values (and re-creates deleted values under the same key):
     * the copy ends equal to the server's state, and no change is answered twice.
     */
    @Test
    void aCopyKeptByCursorEqualsTheServerWhileOthersWrite() throws Exception {
        String plan = "sync-copy-14th";
        Instant start = at(putPlan(plan, "500151", "同步复制规划", 201), "createdAt");
        List<Long> live = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long id = addRow(plan, "复制" + i).get("id").asLong();
            live.add(id);
            putValue(plan, id, 2021, String.valueOf(i));
        }
        Client client = new Client(plan, start);
        client.sync();

        AtomicBoolean done = new AtomicBoolean();
        String token = Tokens.admin();
        CompletableFuture<Integer> writer = CompletableFuture.supplyAsync(() -> {
            Random random = new Random(42);
            int writes = 0;
            for (int n = 0; n < 60; n++) {
                long row = live.get(random.nextInt(live.size()));
                int year = 2021 + random.nextInt(3);
                switch (random.nextInt(6)) {
                    case 0 -> {
                        long id = given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"name\": \"新增" + n + "\"}")
                                .when().post("/api/v1/plans/" + plan + "/indicators").then().statusCode(201)
                                .extract().jsonPath().getLong("id");
                        live.add(id);
                    }
                    case 1 -> {
                        if (live.size() > 2) {
                            live.remove(Long.valueOf(row));
                            given().auth().oauth2(token).when().delete("/api/v1/plans/" + plan + "/indicators/" + row)
                                    .then().statusCode(204);
                        }
                    }
                    case 2 -> given().auth().oauth2(token).when().delete("/api/v1/plans/" + plan + "/indicators/" + row + "/values/" + year)
                            .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(204), equalTo(404)));
                    case 3 -> given().auth().oauth2(token).contentType("application/merge-patch+json; charset=UTF-8")
                            .body("{\"remarks\": \"第" + n + "次\"}")
                            .when().patch("/api/v1/plans/" + plan + "/indicators/" + row).then().statusCode(200);
                    default -> given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"value\": " + n + "}")
                            .when().put("/api/v1/plans/" + plan + "/indicators/" + row + "/values/" + year)
                            .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
                }
                writes++;
            }
            done.set(true);
            return writes;
        });
        int rounds = 0;
        while (!done.get()) {
            client.sync();
            rounds++;
        }
        assertEquals(60, writer.get(60, TimeUnit.SECONDS));
        // one more pass after the last write
        client.sync();
        assertTrue(rounds > 0);

        Map<String, JsonNode> serverRows = new TreeMap<>();
        for (JsonNode r : get("/api/v1/plan-indicators?planCode=" + plan + "&size=500").get("items")) {
            serverRows.put(plan + "/" + r.get("id").asLong(), r);
        }
        Map<String, JsonNode> serverValues = new TreeMap<>();
        for (JsonNode v : get("/api/v1/monitoring-values?planCode=" + plan + "&size=500").get("items")) {
            serverValues.put(plan + "/" + v.get("indicatorId").asLong() + "/" + v.get("year").asInt(), v);
        }
        assertEquals(serverRows, new TreeMap<>(client.rows), "rows copied by cursor equal the server's");
        assertEquals(serverValues, new TreeMap<>(client.values), "values copied by cursor equal the server's");
        assertTrue(client.deletionsApplied > 0, "deletions were applied");
    }

    /** A synchronising client: rows and values by cursor (service-wide lists), deletions from the feed. */
    private static final class Client {
        final String plan;
        final Map<String, JsonNode> rows = new HashMap<>();
        final Map<String, JsonNode> values = new HashMap<>();
        /** When each key was last deleted: a copy not changed after it goes, a newer write (a key used again) stays. */
        final Map<String, Instant> tombstones = new HashMap<>();
        final Set<String> answered = new HashSet<>();
        String rowCursor;
        String valueCursor;
        String deletionCursor;
        final Instant since;
        int deletionsApplied;

        Client(String plan, Instant since) {
            this.plan = plan;
            this.since = since;
        }

        void sync() {
            rowCursor = drain("/api/v1/plan-indicators?planCode=" + plan + "&size=3", rowCursor, rows,
                    r -> plan + "/" + r.get("id").asLong());
            valueCursor = drain("/api/v1/monitoring-values?planCode=" + plan + "&size=4", valueCursor, values,
                    v -> plan + "/" + v.get("indicatorId").asLong() + "/" + v.get("year").asInt());
            String path = "/api/v1/deletions?size=5&" + (deletionCursor == null ? "since=" + since : "after=" + deletionCursor);
            while (path != null) {
                JsonNode page = get(path);
                for (JsonNode d : page.get("items")) {
                    String key = d.get("key").asText();
                    if (!key.startsWith(plan + "/")) {
                        continue;
                    }
                    Instant deletedAt = at(d, "deletedAt");
                    tombstones.merge(key, deletedAt, (a, b) -> a.isAfter(b) ? a : b);
                    Map<String, JsonNode> copy = "plan-indicator".equals(d.get("resourceType").asText()) ? rows : values;
                    JsonNode held = copy.get(key);
                    if (held != null && !at(held, "updatedAt").isAfter(deletedAt)) {
                        copy.remove(key);
                        deletionsApplied++;
                    }
                }
                deletionCursor = page.get("cursor").asText();
                path = page.get("next").isNull() ? null : page.get("next").asText();
            }
        }

        private String drain(String list, String cursor, Map<String, JsonNode> copy, java.util.function.Function<JsonNode, String> key) {
            String path = list + (cursor == null ? "&updatedAfter=" + since : "&after=" + cursor);
            String last = cursor;
            while (path != null) {
                JsonNode page = get(path);
                for (JsonNode item : page.get("items")) {
                    String k = key.apply(item);
                    assertTrue(answered.add(k + "@" + item.get("updatedAt").asText()), "answered twice: " + k + " " + item);
                    Instant deleted = tombstones.get(k);
                    if (deleted == null || at(item, "updatedAt").isAfter(deleted)) {
                        copy.put(k, item);
                    }
                }
                last = page.get("cursor").asText();
                path = page.get("next").isNull() ? null : page.get("next").asText();
            }
            return last;
        }
    }

    @Test
    void deletionsAreListedWithTheirCascades() {
        putPlan("sync-del-14th", "500198", "删除规划", 201);
        long a = addRow("sync-del-14th", "删除一").get("id").asLong();
        long b = addRow("sync-del-14th", "删除二").get("id").asLong();
        putValue("sync-del-14th", a, 2021, "1");
        putValue("sync-del-14th", a, 2022, "2");
        putValue("sync-del-14th", b, 2023, "3");
        Instant since = at(putValue("sync-del-14th", b, 2024, "4"), "updatedAt");

        // a value on its own
        given().when().delete("/api/v1/plans/sync-del-14th/indicators/" + b + "/values/2024").then().statusCode(204);
        JsonNode feed = get("/api/v1/deletions?since=" + since);
        assertEquals(List.of("monitoring-value sync-del-14th/" + b + "/2024 500198"), deletions(feed));
        String cursor = feed.get("cursor").asText();

        // a row takes its values with it
        given().when().delete("/api/v1/plans/sync-del-14th/indicators/" + a).then().statusCode(204);
        feed = get("/api/v1/deletions?after=" + cursor);
        assertEquals(Set.of("monitoring-value sync-del-14th/" + a + "/2021 500198", "monitoring-value sync-del-14th/" + a + "/2022 500198",
                "plan-indicator sync-del-14th/" + a + " 500198"), new HashSet<>(deletions(feed)));
        assertEquals(3, feed.get("total").asLong());
        cursor = feed.get("cursor").asText();

        // a plan takes its rows and their values
        given().when().delete("/api/v1/plans/sync-del-14th").then().statusCode(204);
        feed = get("/api/v1/deletions?after=" + cursor);
        assertEquals(Set.of("monitoring-value sync-del-14th/" + b + "/2023 500198", "plan-indicator sync-del-14th/" + b + " 500198",
                "plan sync-del-14th 500198"), new HashSet<>(deletions(feed)));
        JsonNode plansOnly = get("/api/v1/deletions?resourceType=plan&after=" + cursor);
        assertEquals(List.of("plan sync-del-14th 500198"), deletions(plansOnly));
        JsonNode one = plansOnly.get("items").get(0);
        assertFalse(at(one, "deletedAt").isBefore(since));
        cursor = feed.get("cursor").asText();

        // a definition
        given().contentType(ContentType.JSON).body("""
                {"code": "SYNC_DELETED", "name": "删除测试指标", "direction": "INCREASE"}""")
                .when().post("/api/v1/indicator-definitions").then().statusCode(201);
        given().when().delete("/api/v1/indicator-definitions/SYNC_DELETED").then().statusCode(204);
        assertEquals(List.of("indicator-definition SYNC_DELETED null"), deletions(get("/api/v1/deletions?after=" + cursor)));

        given().when().get("/api/v1/deletions?resourceType=plan-values").then().statusCode(400)
                .body("errors.field", hasItem("resourceType"));
    }

    @Test
    void replacingImportsListWhatTheyDelete() {
        putPlan("sync-import-14th", "500199", "导入规划", 201);
        given().contentType(ContentType.JSON).body("[{\"name\": \"导入一\"}, {\"name\": \"导入二\"}]")
                .when().post("/api/v1/plans/sync-import-14th/indicators/import?mode=replace").then().statusCode(200);
        JsonNode rows = get("/api/v1/plans/sync-import-14th/indicators");
        long one = rows.get("items").get(0).get("id").asLong();
        long two = rows.get("items").get(1).get("id").asLong();
        Instant since = at(putValue("sync-import-14th", two, 2022, "2"), "updatedAt");
        putValue("sync-import-14th", one, 2021, "1");

        // replace the values: both are removed and one is written again in the same transaction, which
        // replaces it: only the other is listed as deleted, the rewritten one reads as changed
        given().contentType(ContentType.JSON).body("[{\"indicatorId\": " + one + ", \"year\": 2021, \"value\": 1.5}]")
                .when().post("/api/v1/plans/sync-import-14th/values/import?mode=replace").then().statusCode(200);
        JsonNode feed = get("/api/v1/deletions?resourceType=monitoring-value&since=" + since);
        assertEquals(List.of("monitoring-value sync-import-14th/" + two + "/2022 500199"), deletions(feed));
        JsonNode rewritten = get("/api/v1/plans/sync-import-14th/indicators/" + one + "/values/2021");
        assertEquals(at(feed.get("items").get(0), "deletedAt"), at(rewritten, "updatedAt"), "written in the same transaction");
        assertEquals(List.of(2021), years(get("/api/v1/plans/sync-import-14th/indicators/" + one + "/values?updatedAfter=" + since)));
        String cursor = feed.get("cursor").asText();

        // replace the rows without 导入一: it goes with its value
        given().contentType(ContentType.JSON).body("[{\"name\": \"导入二\"}, {\"name\": \"导入三\"}]")
                .when().post("/api/v1/plans/sync-import-14th/indicators/import?mode=replace").then().statusCode(200);
        feed = get("/api/v1/deletions?after=" + cursor);
        List<String> listed = deletions(feed).stream().filter(d -> d.contains("sync-import-14th")).toList();
        assertEquals(Set.of("monitoring-value sync-import-14th/" + one + "/2021 500199", "plan-indicator sync-import-14th/" + one + " 500199"),
                new HashSet<>(listed));
    }

    private static List<String> deletions(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(d -> out.add(d.get("resourceType").asText() + " " + d.get("key").asText() + " "
                + (d.get("regionCode").isNull() ? "null" : d.get("regionCode").asText())));
        return out;
    }

    @Test
    void malformedIncrementalReadsAreRefusedNamingTheParameter() {
        putPlan("sync-bad-14th", "500151", "参数规划", 201);
        long row = addRow("sync-bad-14th", "参数一").get("id").asLong();
        String cursor = get("/api/v1/plans?updatedAfter=2000-01-01T00:00:00Z&size=1").get("cursor").asText();
        for (String list : List.of("/api/v1/plans", "/api/v1/indicator-definitions", "/api/v1/plans/sync-bad-14th/indicators",
                "/api/v1/plans/sync-bad-14th/indicators/" + row + "/values", "/api/v1/plan-indicators", "/api/v1/monitoring-values")) {
            refused(list + "?updatedAfter=yesterday", "updatedAfter");
            refused(list + "?updatedAfter=2026-03-01T08:00:00", "updatedAfter");
            refused(list + "?after=not-a-cursor", "after");
            refused(list + "?after=" + cursor + "&page=1", "page");
            refused(list + "?updatedAfter=2026-03-01T08:00:00Z&page=0", "page");
            refused(list + "?regioncode=500151", "regioncode");
        }
        for (String list : List.of("/api/v1/plans", "/api/v1/indicator-definitions", "/api/v1/plans/sync-bad-14th/indicators",
                "/api/v1/plans/sync-bad-14th/indicators/" + row + "/values")) {
            refused(list + "?updatedAfter=2026-03-01T08:00:00Z&sort=-" + (list.endsWith("values") ? "year" : list.endsWith("indicators") ? "position" : "code"), "sort");
        }
        // a cursor whose key is not a number
        String alien = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("c1:1:abc".getBytes());
        refused("/api/v1/plans?after=" + alien, "after");

        // an undeclared parameter on a write is refused and writes nothing
        given().contentType(ContentType.JSON).body(plan("sync-bad-put", "500151", "未写"))
                .when().put("/api/v1/plans/sync-bad-put?regioncode=500151")
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("regioncode")).body("detail", containsString("regioncode"));
        given().when().get("/api/v1/plans/sync-bad-put").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"value\": 3}")
                .when().put("/api/v1/plans/sync-bad-14th/indicators/" + row + "/values/2022?dryRun=true")
                .then().log().ifValidationFails().statusCode(400).body("errors.field", hasItem("dryRun"));
        given().when().get("/api/v1/plans/sync-bad-14th/indicators/" + row + "/values/2022").then().statusCode(404);
    }

    private static void refused(String path, String field) {
        given().when().get(path).then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @Test
    void unchangedListsAndResourcesAnswer304() {
        putPlan("sync-etag-14th", "500199", "缓存规划", 201);
        long row = addRow("sync-etag-14th", "缓存一").get("id").asLong();
        for (String path : List.of("/api/v1/plans?regionCode=500199", "/api/v1/plans/sync-etag-14th",
                "/api/v1/plan-indicators?planCode=sync-etag-14th", "/api/v1/plans/sync-etag-14th/indicators/" + row,
                "/api/v1/plans/sync-etag-14th/indicators?updatedAfter=2000-01-01T00:00:00Z")) {
            String etag = given().when().get(path).then().statusCode(200).header("ETag", notNullValue()).extract().header("ETag");
            given().header("If-None-Match", etag).when().get(path).then().log().ifValidationFails().statusCode(304);
        }
        String listTag = given().when().get("/api/v1/plan-indicators?planCode=sync-etag-14th").then().statusCode(200).extract().header("ETag");
        String planTag = given().when().get("/api/v1/plans/sync-etag-14th").then().statusCode(200).extract().header("ETag");
        String plansTag = given().when().get("/api/v1/plans?regionCode=500199").then().statusCode(200).extract().header("ETag");
        putPlan("sync-etag-14th", "500199", "缓存规划（改）", 200);
        given().contentType("application/merge-patch+json; charset=UTF-8").body("{\"remarks\": \"改\"}")
                .when().patch("/api/v1/plans/sync-etag-14th/indicators/" + row).then().statusCode(200);
        String newPlanTag = given().header("If-None-Match", planTag).when().get("/api/v1/plans/sync-etag-14th")
                .then().statusCode(200).body("title", equalTo("缓存规划（改）")).extract().header("ETag");
        assertNotEquals(planTag, newPlanTag);
        given().header("If-None-Match", plansTag).when().get("/api/v1/plans?regionCode=500199")
                .then().statusCode(200).body("items.find { it.code == 'sync-etag-14th' }.title", equalTo("缓存规划（改）"));
        given().header("If-None-Match", listTag).when().get("/api/v1/plan-indicators?planCode=sync-etag-14th")
                .then().statusCode(200).body("items[0].remarks", equalTo("改")).body("cursor", nullValue());
    }
}
