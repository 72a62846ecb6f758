package org.healthplanning.facility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.healthplanning.platform.testing.PostgresResource;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Change tracking: createdAt/updatedAt on every resource, incremental reads by updatedAfter and cursor, the
 * service-wide lists of rows otherwise listed under their parent, and the deletion feed (cascades included).
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class SyncTest {
    private static final String EPOCH = "1970-01-01T00:00:00Z";

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    private static JsonPath put(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).when().put(path)
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)))
                .body("createdAt", notNullValue()).body("updatedAt", notNullValue())
                .extract().jsonPath();
    }

    private static Instant at(JsonPath json, String field) {
        return Instant.parse(json.getString(field));
    }

    @Test
    void theListsUnderARegionOrFacilityTakeUpdatedAfterToo() {
        put("/api/v1/regions/SY9-P", "{\"name\": \"同步九省\", \"level\": \"PROVINCE\", \"parentCode\": null}");
        put("/api/v1/facilities/SY9-H", "{\"name\": \"同步九医院\", \"regionCode\": \"SY9-P\", \"type\": \"GENERAL_HOSPITAL\"}");
        for (int year = 2019; year <= 2021; year++) {
            put("/api/v1/regions/SY9-P/population/" + year, "{\"residents\": 1000}");
            put("/api/v1/regions/SY9-P/resources/" + year, "{\"beds\": 10}");
            put("/api/v1/facilities/SY9-H/resources/" + year, "{\"beds\": 5}");
        }
        String mark = given().when().get("/api/v1/facilities/SY9-H/resources").then().statusCode(200)
                .extract().jsonPath().getString("[2].updatedAt");
        // change 2019 after the mark: only it is answered, and the plain list still holds every year, oldest first
        put("/api/v1/regions/SY9-P/population/2019", "{\"residents\": 1001}");
        put("/api/v1/regions/SY9-P/resources/2019", "{\"beds\": 11}");
        put("/api/v1/facilities/SY9-H/resources/2019", "{\"beds\": 6}");
        for (String list : List.of("/api/v1/regions/SY9-P/population", "/api/v1/regions/SY9-P/resources", "/api/v1/facilities/SY9-H/resources")) {
            given().queryParam("updatedAfter", mark).when().get(list).then().statusCode(200)
                    .body("year", org.hamcrest.Matchers.contains(2019));
            given().when().get(list).then().statusCode(200).body("year", org.hamcrest.Matchers.contains(2019, 2020, 2021));
            given().queryParam("updatedAfter", "2019").when().get(list).then().statusCode(400)
                    .body("errors[0].field", equalTo("updatedAfter"));
        }
    }

    @Test
    void everyResourceShowsWhenItWasCreatedAndLastChanged() {
        JsonPath region = put("/api/v1/regions/SY1-P", "{\"name\": \"同步省\", \"level\": \"PROVINCE\", \"parentCode\": null}");
        JsonPath population = put("/api/v1/regions/SY1-P/population/2020", "{\"residents\": 1000}");
        JsonPath totals = put("/api/v1/regions/SY1-P/resources/2020", "{\"beds\": 10}");
        JsonPath facility = put("/api/v1/facilities/SY1-H",
                "{\"name\": \"同步医院\", \"regionCode\": \"SY1-P\", \"type\": \"GENERAL_HOSPITAL\"}");
        JsonPath resources = put("/api/v1/facilities/SY1-H/resources/2020", "{\"beds\": 5}");
        JsonPath standard = put("/api/v1/standards/SY1-S",
                "{\"metric\": \"bedsPer1000\", \"comparator\": \">=\", \"value\": 6, \"scope\": \"PLAN\", \"regionCode\": \"SY1-P\"}");
        // the parent keys of rows listed under a parent
        assertEquals("SY1-P", totals.getString("regionCode"));
        assertEquals("SY1-H", resources.getString("facilityCode"));
        for (JsonPath created : List.of(region, population, totals, facility, resources, standard)) {
            assertEquals(created.getString("createdAt"), created.getString("updatedAt"));
            assertTrue(created.getString("updatedAt").endsWith("Z"), created.getString("updatedAt"));
        }
        // a GET shows the same times as the write's answer
        given().when().get("/api/v1/regions/SY1-P").then().statusCode(200)
                .body("createdAt", equalTo(region.getString("createdAt"))).body("updatedAt", equalTo(region.getString("updatedAt")));
        given().when().get("/api/v1/facilities/SY1-H/resources").then().statusCode(200)
                .body("[0].updatedAt", equalTo(resources.getString("updatedAt"))).body("[0].facilityCode", equalTo("SY1-H"));
        given().when().get("/api/v1/regions/SY1-P/resources").then().statusCode(200)
                .body("[0].regionCode", equalTo("SY1-P")).body("[0].createdAt", equalTo(totals.getString("createdAt")));
        given().when().get("/api/v1/standards/SY1-S").then().statusCode(200)
                .body("updatedAt", equalTo(standard.getString("updatedAt")));

        // an update moves updatedAt forward and keeps createdAt, on every resource
        List<JsonPath> updated = List.of(
                put("/api/v1/regions/SY1-P", "{\"name\": \"同步省（改）\", \"level\": \"PROVINCE\", \"parentCode\": null}"),
                put("/api/v1/regions/SY1-P/population/2020", "{\"residents\": 1001}"),
                put("/api/v1/regions/SY1-P/resources/2020", "{\"beds\": 11}"),
                put("/api/v1/facilities/SY1-H", "{\"name\": \"同步医院（改）\", \"regionCode\": \"SY1-P\", \"type\": \"GENERAL_HOSPITAL\"}"),
                put("/api/v1/facilities/SY1-H/resources/2020", "{\"beds\": 6}"),
                put("/api/v1/standards/SY1-S",
                        "{\"metric\": \"bedsPer1000\", \"comparator\": \">=\", \"value\": 7, \"scope\": \"PLAN\", \"regionCode\": \"SY1-P\"}"));
        List<JsonPath> before = List.of(region, population, totals, facility, resources, standard);
        for (int i = 0; i < before.size(); i++) {
            assertEquals(before.get(i).getString("createdAt"), updated.get(i).getString("createdAt"), "resource " + i);
            assertTrue(at(updated.get(i), "updatedAt").isAfter(at(before.get(i), "updatedAt")), "resource " + i);
            assertEquals(1, updated.get(i).getInt("version"), "resource " + i);
        }
        // a write that changes nothing keeps updatedAt; times sent in a body are ignored
        JsonPath same = put("/api/v1/facilities/SY1-H", "{\"name\": \"同步医院（改）\", \"regionCode\": \"SY1-P\","
                + " \"type\": \"GENERAL_HOSPITAL\", \"createdAt\": \"2000-01-01T00:00:00Z\", \"updatedAt\": \"2000-01-01T00:00:00Z\"}");
        assertEquals(updated.get(3).getString("updatedAt"), same.getString("updatedAt"));
        assertEquals(facility.getString("createdAt"), same.getString("createdAt"));
        // so does an import that writes the same counts again, while one that changes a count moves it
        String importBody = "[{\"code\": \"SY1-H\", \"name\": \"同步医院（改）\", \"regionCode\": \"SY1-P\", \"type\": \"GENERAL_HOSPITAL\","
                + " \"resources\": [{\"year\": 2020, \"beds\": 6}]}]";
        given().contentType(ContentType.JSON).body(importBody).when().post("/api/v1/facilities/import").then().statusCode(200);
        given().when().get("/api/v1/facility-resources?facilityCode=SY1-H").then().statusCode(200)
                .body("items[0].updatedAt", equalTo(updated.get(4).getString("updatedAt")))
                .body("items[0].facilityCode", equalTo("SY1-H")).body("items[0].year", equalTo(2020));
        given().contentType(ContentType.JSON).body(importBody.replace("\"beds\": 6", "\"beds\": 8"))
                .when().post("/api/v1/facilities/import").then().statusCode(200);
        String imported = given().when().get("/api/v1/facility-resources?facilityCode=SY1-H").then().statusCode(200)
                .body("items[0].beds", equalTo(8)).body("items[0].createdAt", equalTo(resources.getString("createdAt")))
                .extract().path("items[0].updatedAt");
        assertTrue(Instant.parse(imported).isAfter(at(updated.get(4), "updatedAt")));
    }

    @Test
    void updatedAfterAnswersExactlyTheRowsChangedAfterTheInstantInChangeOrder() {
        put("/api/v1/regions/SY2-P", "{\"name\": \"省\", \"level\": \"PROVINCE\", \"parentCode\": null}");
        Instant since = at(put("/api/v1/regions/SY2-P/population/2018", "{\"residents\": 100}"), "updatedAt");
        JsonPath p2019 = put("/api/v1/regions/SY2-P/population/2019", "{\"residents\": 200}");
        JsonPath p2020 = put("/api/v1/regions/SY2-P/population/2020", "{\"residents\": 300}");
        JsonPath p2018 = put("/api/v1/regions/SY2-P/population/2018", "{\"residents\": 101}");
        given().queryParam("regionCode", "SY2-P").queryParam("updatedAfter", since.toString())
                .when().get("/api/v1/populations")
                .then().statusCode(200)
                .body("items.year", org.hamcrest.Matchers.contains(2019, 2020, 2018))
                .body("items.regionCode", org.hamcrest.Matchers.everyItem(equalTo("SY2-P")))
                .body("items[2].residents", equalTo(101))
                .body("items.updatedAt", org.hamcrest.Matchers.contains(p2019.getString("updatedAt"), p2020.getString("updatedAt"),
                        p2018.getString("updatedAt")))
                .body("total", equalTo(3)).body("page", equalTo(0)).body("next", nullValue()).body("cursor", notNullValue());
        // the same instant with an offset; an instant after the last change answers nothing
        given().queryParam("regionCode", "SY2-P").queryParam("updatedAfter", p2020.getString("updatedAt"))
                .when().get("/api/v1/populations").then().statusCode(200).body("items.year", org.hamcrest.Matchers.contains(2018));
        given().queryParam("regionCode", "SY2-P").queryParam("updatedAfter", p2018.getString("updatedAt"))
                .when().get("/api/v1/populations").then().statusCode(200).body("items", org.hamcrest.Matchers.empty())
                .body("total", equalTo(0));
        // a plain paged list is unchanged: by region, then year, no cursor
        given().queryParam("regionCode", "SY2-P").when().get("/api/v1/populations").then().statusCode(200)
                .body("items.year", org.hamcrest.Matchers.contains(2018, 2019, 2020)).body("cursor", nullValue());
        // each list takes updatedAfter with its own filters
        Instant regionTime = at(put("/api/v1/regions/SY2-C", "{\"name\": \"市\", \"level\": \"CITY\", \"parentCode\": \"SY2-P\"}"), "updatedAt");
        put("/api/v1/regions/SY2-P/resources/2020", "{\"beds\": 1}");
        put("/api/v1/facilities/SY2-H", "{\"name\": \"院\", \"regionCode\": \"SY2-C\", \"type\": \"CLINIC\"}");
        put("/api/v1/facilities/SY2-H/resources/2021", "{\"beds\": 3}");
        put("/api/v1/standards/SY2-S", "{\"metric\": \"x\", \"comparator\": \"qualitative\", \"scope\": \"PLAN\", \"regionCode\": \"SY2-C\"}");
        String after = regionTime.minusNanos(1000).toString();
        given().queryParam("parentCode", "SY2-P").queryParam("updatedAfter", after).when().get("/api/v1/regions")
                .then().statusCode(200).body("items.code", org.hamcrest.Matchers.contains("SY2-C"));
        given().queryParam("regionCode", "SY2-P").queryParam("updatedAfter", after).when().get("/api/v1/facilities")
                .then().statusCode(200).body("items.code", org.hamcrest.Matchers.contains("SY2-H"));
        given().queryParam("regionCode", "SY2-P").queryParam("updatedAfter", after).when().get("/api/v1/reported-totals")
                .then().statusCode(200).body("items.year", org.hamcrest.Matchers.contains(2020)).body("items[0].regionCode", equalTo("SY2-P"));
        given().queryParam("facilityCode", "SY2-H").queryParam("updatedAfter", after).when().get("/api/v1/facility-resources")
                .then().statusCode(200).body("items.year", org.hamcrest.Matchers.contains(2021));
        given().queryParam("regionCode", "SY2-C").queryParam("updatedAfter", after).when().get("/api/v1/standards")
                .then().statusCode(200).body("items.code", org.hamcrest.Matchers.contains("SY2-S"));
        // the service-wide lists without a filter hold every parent's rows
        given().queryParam("updatedAfter", after).queryParam("size", 500).when().get("/api/v1/reported-totals")
                .then().statusCode(200).body("items.regionCode", hasItem("SY2-P"));
        given().queryParam("updatedAfter", after).queryParam("size", 500).when().get("/api/v1/facility-resources")
                .then().statusCode(200).body("items.facilityCode", hasItem("SY2-H"));
        given().queryParam("facilityCode", "SY2-NONE").when().get("/api/v1/facility-resources").then().statusCode(404);
        given().queryParam("regionCode", "SY2-NONE").when().get("/api/v1/populations").then().statusCode(404);
    }

    @Test
    void pagingByCursorWhileOthersWriteEndsWithTheServersState() throws Exception {
        put("/api/v1/regions/SY3-P", "{\"name\": \"省\", \"level\": \"PROVINCE\", \"parentCode\": null}");
        put("/api/v1/regions/SY3-C", "{\"name\": \"市\", \"level\": \"CITY\", \"parentCode\": \"SY3-P\"}");
        String since = null;
        for (int i = 0; i < 12; i++) {
            since = put("/api/v1/facilities/SY3-F" + i, facility("SY3-F" + i, "SY3-C", "v0")).getString("updatedAt");
        }
        // the client's deletion position: after everything deleted before its first read
        String deletions = readDeletions("since=" + since, d -> { });

        Map<String, String> copy = new TreeMap<>();      // code -> "name|version|updatedAt"
        Set<String> seen = new HashSet<>();               // code|version: a row version is read once
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger written = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        String token = Tokens.admin();
        // another client keeps changing (and moving within the subtree) facilities F0-F5 while the first one reads
        Thread writer = new Thread(() -> {
            try {
                for (int n = 0; n < 40 && !stop.get(); n++) {
                    int i = n % 6;
                    given().auth().oauth2(token).contentType(ContentType.JSON)
                            .body(facility("SY3-F" + i, i % 2 == 0 ? "SY3-P" : "SY3-C", "w" + n))
                            .when().put("/api/v1/facilities/SY3-F" + i).then()
                            // two writes of one row at once: the later one may find the version changed (412)
                            .statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(412)));
                    written.incrementAndGet();
                    Thread.sleep(15);
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        writer.start();
        String cursor = null;
        int pages = 0;
        try {
            String next = "/api/v1/facilities?regionCode=SY3-P&updatedAfter=" + EPOCH + "&size=4";
            while (next != null) {
                JsonPath page = given().urlEncodingEnabled(false).when().get(next).then().statusCode(200).extract().jsonPath();
                apply(copy, seen, page);
                cursor = page.getString("cursor");
                next = page.getString("next");
                pages++;
                // between pages: a new facility, a change to one, a deletion of one not read yet or already read
                if (pages <= 6) {
                    put("/api/v1/facilities/SY3-N" + pages, facility("SY3-N" + pages, "SY3-C", "new"));
                    putRetrying("/api/v1/facilities/SY3-F" + (pages % 6), facility("SY3-F" + (pages % 6), "SY3-C", "p" + pages));
                }
                if (pages <= 3) {
                    given().when().delete("/api/v1/facilities/SY3-F" + (11 - pages)).then().statusCode(204);
                }
                assertTrue(pages < 200, "the read ends");
            }
        } finally {
            stop.set(true);
            writer.join();
        }
        assertNull(failure.get());
        assertTrue(written.get() > 0);
        assertTrue(pages > 3, "paged by cursor: " + pages);
        // later, with nobody writing: go on from the cursor to the end, then apply the deletions since the first read
        String next = "/api/v1/facilities?regionCode=SY3-P&after=" + cursor + "&size=4";
        while (next != null) {
            JsonPath page = given().urlEncodingEnabled(false).when().get(next).then().statusCode(200).extract().jsonPath();
            apply(copy, seen, page);
            next = page.getString("next");
        }
        List<String> deleted = new ArrayList<>();
        readDeletions("after=" + deletions, d -> {
            if (d.get("resourceType").equals("facility")) {
                deleted.add(String.valueOf(d.get("key")));
            }
        });
        assertEquals(List.of("SY3-F10", "SY3-F9", "SY3-F8"), deleted);
        deleted.forEach(copy::remove);

        Map<String, String> server = new TreeMap<>();
        JsonPath all = given().queryParam("regionCode", "SY3-P").queryParam("size", 500).when().get("/api/v1/facilities")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = all.getList("items");
        for (Map<String, Object> f : items) {
            server.put((String) f.get("code"), f.get("name") + "|" + f.get("version") + "|" + f.get("updatedAt"));
        }
        assertEquals(15, server.size(), server.toString());
        assertEquals(server, copy);
    }

    /** A PUT that another writer of the same row may overtake (412): tried again until it lands. */
    private static void putRetrying(String path, String body) {
        for (int attempt = 0; ; attempt++) {
            int status = given().contentType(ContentType.JSON).body(body).when().put(path).then().extract().statusCode();
            if (status == 200 || status == 201) {
                return;
            }
            assertEquals(412, status);
            assertTrue(attempt < 20, "a PUT lands");
        }
    }

    private static String facility(String code, String region, String name) {
        return "{\"name\": \"" + code + " " + name + "\", \"regionCode\": \"" + region + "\", \"type\": \"CLINIC\"}";
    }

    private static void apply(Map<String, String> copy, Set<String> seen, JsonPath page) {
        List<Map<String, Object>> items = page.getList("items");
        for (Map<String, Object> f : items) {
            String code = (String) f.get("code");
            assertTrue(seen.add(code + "|" + f.get("version")), "read twice: " + code + " version " + f.get("version"));
            copy.put(code, f.get("name") + "|" + f.get("version") + "|" + f.get("updatedAt"));
        }
    }

    /** Reads the deletion feed from {@code start} ("since=..." or "after=...") to its end; the cursor where it ends. */
    private static String readDeletions(String start, java.util.function.Consumer<Map<String, Object>> each) {
        String next = "/api/v1/deletions?size=500&" + start;
        String cursor = null;
        while (next != null) {
            JsonPath page = given().urlEncodingEnabled(false).when().get(next).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            items.forEach(each);
            cursor = page.getString("cursor");
            next = page.getString("next");
        }
        return cursor;
    }

    @Test
    void deletionsAreListedWithCascadedRows() throws Exception {
        put("/api/v1/regions/SY4-P", "{\"name\": \"省\", \"level\": \"PROVINCE\", \"parentCode\": null}");
        put("/api/v1/regions/SY4-C", "{\"name\": \"市\", \"level\": \"CITY\", \"parentCode\": \"SY4-P\"}");
        put("/api/v1/regions/SY4-C/population/2020", "{\"residents\": 100}");
        put("/api/v1/regions/SY4-C/population/2021", "{\"residents\": 110}");
        put("/api/v1/regions/SY4-C/resources/2020", "{\"beds\": 1}");
        put("/api/v1/facilities/SY4-H", facility("SY4-H", "SY4-P", "x"));
        put("/api/v1/facilities/SY4-H/resources/2020", "{\"beds\": 1}");
        put("/api/v1/facilities/SY4-H/resources/2021", "{\"beds\": 2}");
        put("/api/v1/facilities/SY4-K", facility("SY4-K", "SY4-P", "x"));
        put("/api/v1/facilities/SY4-K/resources/2019", "{\"beds\": 1}");
        put("/api/v1/facilities/SY4-K/resources/2020", "{\"beds\": 1}");
        put("/api/v1/facilities/SY4-K/resources/2021", "{\"beds\": 1}");
        String since = put("/api/v1/standards/SY4-S",
                "{\"metric\": \"x\", \"comparator\": \"qualitative\", \"scope\": \"PLAN\", \"regionCode\": \"SY4-P\"}").getString("updatedAt");

        given().when().delete("/api/v1/facilities/SY4-K/resources/2019").then().statusCode(204);
        given().when().delete("/api/v1/regions/SY4-C/population/2021").then().statusCode(204);
        // the region's delete cascades to its population and reported totals
        given().when().delete("/api/v1/regions/SY4-C").then().statusCode(204);
        // the facility's delete removes its yearly rows
        given().when().delete("/api/v1/facilities/SY4-H").then().statusCode(204);
        given().when().delete("/api/v1/standards/SY4-S").then().statusCode(204);
        // a delete made in SQL cascades in the database (facility_resource references facility on delete cascade)
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("delete from facility where code = 'SY4-K'")) {
            assertEquals(1, ps.executeUpdate());
        }

        Response feed = given().queryParam("since", since).queryParam("size", 500).when().get("/api/v1/deletions");
        feed.then().statusCode(200);
        List<Map<String, Object>> items = feed.jsonPath().getList("items");
        // one group per deleting transaction (same deletedAt), in order; each deleted row exactly once
        assertEquals(List.of(
                List.of("facility-resources SY4-K/2019 SY4-P"),
                List.of("population SY4-C/2021 SY4-C"),
                List.of("population SY4-C/2020 SY4-C", "region SY4-C SY4-C", "reported-totals SY4-C/2020 SY4-C"),
                List.of("facility SY4-H SY4-P", "facility-resources SY4-H/2020 SY4-P", "facility-resources SY4-H/2021 SY4-P"),
                List.of("standard SY4-S SY4-P"),
                List.of("facility SY4-K SY4-P", "facility-resources SY4-K/2020 SY4-P", "facility-resources SY4-K/2021 SY4-P")),
                byTransaction(items));
        feed.then().body("total", equalTo(12)).body("next", nullValue());
        // one type only, and by cursor from the middle
        given().queryParam("since", since).queryParam("resourceType", "facility").when().get("/api/v1/deletions")
                .then().statusCode(200).body("items.key", org.hamcrest.Matchers.contains("SY4-H", "SY4-K"));
        String middle = (String) items.get(7).get("cursor");
        given().queryParam("after", middle).queryParam("size", 2).when().get("/api/v1/deletions")
                .then().statusCode(200).body("items.key", org.hamcrest.Matchers.contains(items.get(8).get("key"), items.get(9).get("key")))
                .body("next", containsString("after=")).body("total", equalTo(4));
        given().queryParam("resourceType", "plan").when().get("/api/v1/deletions")
                .then().statusCode(400).body("errors.field", hasItem("resourceType"));
    }

    /** The feed's rows as "type key region", grouped by deleting transaction (deletedAt) in feed order, sorted within a group. */
    private static List<List<String>> byTransaction(List<Map<String, Object>> items) {
        Map<String, List<String>> groups = new java.util.LinkedHashMap<>();
        for (Map<String, Object> d : items) {
            groups.computeIfAbsent((String) d.get("deletedAt"), k -> new ArrayList<>())
                    .add(d.get("resourceType") + " " + d.get("key") + " " + d.get("regionCode"));
        }
        return groups.values().stream().map(g -> g.stream().sorted().toList()).toList();
    }

    @Test
    void malformedIncrementalReadsAreRefusedNamingTheParameter() {
        given().queryParam("updatedAfter", "yesterday").when().get("/api/v1/regions")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("updatedAfter"));
        given().queryParam("updatedAfter", "2026-03-01T08:00:00").when().get("/api/v1/facilities")
                .then().statusCode(400).body("errors.field", hasItem("updatedAfter"));
        given().queryParam("after", "not-a-cursor").when().get("/api/v1/populations")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("after"));
        String cursor = given().queryParam("updatedAfter", EPOCH).queryParam("size", 1).when().get("/api/v1/standards")
                .then().statusCode(200).extract().path("cursor");
        given().queryParam("after", cursor).queryParam("page", 1).when().get("/api/v1/standards")
                .then().statusCode(400).body("errors.field", hasItem("page"));
        given().queryParam("updatedAfter", EPOCH).queryParam("sort", "code").when().get("/api/v1/regions")
                .then().statusCode(400).body("errors.field", hasItem("sort"));
        given().queryParam("updatedAfter", EPOCH).queryParam("size", 0).when().get("/api/v1/facility-resources")
                .then().statusCode(400).body("errors.field", hasItem("size"));
        given().queryParam("updatedAfter", EPOCH).queryParam("sort", "year").when().get("/api/v1/reported-totals")
                .then().statusCode(400).body("errors.field", hasItem("sort"));
    }

    @Test
    void undeclaredQueryParametersAreRefusedOnReadsAndWrites() {
        given().queryParam("regioncode", "500151").when().get("/api/v1/facilities")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("regioncode"));
        given().queryParam("updatedafter", EPOCH).when().get("/api/v1/populations")
                .then().statusCode(400).body("errors.field", hasItem("updatedafter"));
        given().contentType(ContentType.JSON).queryParam("regioncode", "SY6-P")
                .body("{\"name\": \"省\", \"level\": \"PROVINCE\", \"parentCode\": null}")
                .when().put("/api/v1/regions/SY6-P")
                .then().statusCode(400).body("errors.field", hasItem("regioncode"));
        // nothing was written
        given().when().get("/api/v1/regions/SY6-P").then().statusCode(404);
    }

    @Test
    void conditionalReadsAnswer304UntilSomethingChanges() {
        put("/api/v1/regions/SY7-P", "{\"name\": \"省\", \"level\": \"PROVINCE\", \"parentCode\": null}");
        put("/api/v1/regions/SY7-P/population/2020", "{\"residents\": 100}");
        String list = "/api/v1/populations?regionCode=SY7-P";
        String listTag = given().when().get(list).then().statusCode(200).extract().header("ETag");
        String regionTag = given().when().get("/api/v1/regions/SY7-P").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", listTag).when().get(list).then().statusCode(304);
        given().header("If-None-Match", regionTag).when().get("/api/v1/regions/SY7-P").then().statusCode(304);

        put("/api/v1/regions/SY7-P/population/2020", "{\"residents\": 101}");
        put("/api/v1/regions/SY7-P", "{\"name\": \"省（改）\", \"level\": \"PROVINCE\", \"parentCode\": null}");
        String newListTag = given().header("If-None-Match", listTag).when().get(list).then().statusCode(200)
                .body("items[0].residents", equalTo(101)).extract().header("ETag");
        assertNotEquals(listTag, newListTag);
        given().header("If-None-Match", regionTag).when().get("/api/v1/regions/SY7-P").then().statusCode(200)
                .body("name", equalTo("省（改）"));
        // an incremental read is conditional too
        String changes = "/api/v1/populations?regionCode=SY7-P&updatedAfter=" + EPOCH;
        String changesTag = given().when().get(changes).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", changesTag).when().get(changes).then().statusCode(304);
    }
}
