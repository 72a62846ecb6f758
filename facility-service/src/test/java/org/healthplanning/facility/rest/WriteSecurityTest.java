package org.healthplanning.facility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.healthplanning.platform.testing.PostgresResource;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every write operation against every kind of caller: no token, a token signed by an unknown key,
 * an expired token (401); an editor of 500151 on a 500151 resource (2xx, or 403 for the admin-only
 * standards) and on a 500103 resource (403); an admin (2xx). Each write works on a fresh town (a
 * town's 12-digit code) under 500151 or 500103, so an editor's code covering its sub-regions is
 * exercised throughout. A successful write leaves exactly one audit row with the resource's JSON
 * before and after; a refused one leaves none and changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class WriteSecurityTest {
    static final String OWN = "500151";
    static final String OTHER = "500103";
    /** A special zone of the province (not an administrative division, so its code is outside the scheme). */
    static final String ZONE = "500000-SEC-ZONE";
    static final String EDITOR = "editor-tongliang";
    static final AtomicInteger SEQ = new AtomicInteger();
    static final List<String> OPS = List.of("regionCreate", "regionPut", "regionDelete", "populationPut", "populationDelete",
            "reportedPut", "reportedDelete", "publishedPut", "publishedDelete", "facilityCreate", "facilityPut", "facilityDelete",
            "resourcesPut", "resourcesDelete", "importJson", "importCsv", "standardCreate", "standardPut", "standardDelete");

    /** What a write works on: a fresh town (its region, with a town's code under the parent district), a facility and a standard code in it. */
    record Target(int n, String town, String parent, String facility, String standard) {
    }

    @BeforeEach
    void noDefaultToken() {
        Tokens.anonymousByDefault();
        ensureRegion("500000", "重庆市", "PROVINCE", null);
        ensureRegion(OWN, "铜梁区", "DISTRICT", "500000");
        ensureRegion(OTHER, "渝中区", "DISTRICT", "500000");
    }

    static RequestSpecification as(String token) {
        RequestSpecification spec = given();
        return token == null ? spec : spec.header("Authorization", Tokens.bearer(token));
    }

    static RequestSpecification admin() {
        return as(Tokens.admin());
    }

    static void ensureRegion(String code, String name, String level, String parent) {
        if (given().when().get("/api/v1/regions/" + code).statusCode() == 404) {
            admin().contentType(ContentType.JSON).body(region(name, level, parent))
                    .when().put("/api/v1/regions/" + code).then().statusCode(201);
        }
    }

    static String region(String name, String level, String parent) {
        return "{\"name\": \"" + name + "\", \"level\": \"" + level + "\", \"parentCode\": "
                + (parent == null ? "null" : "\"" + parent + "\"") + "}";
    }

    /** The code of town {@code n} of a district: the district's 6 digits, 3 more, then 000. */
    static String town(String district, int n) {
        return district + String.format("%03d", n) + "000";
    }

    static String facility(String region, String name) {
        return "{\"name\": \"" + name + "\", \"regionCode\": \"" + region
                + "\", \"type\": \"TOWNSHIP_HEALTH_CENTER\", \"ownership\": \"PUBLIC\", \"openedYear\": 1958}";
    }

    static String standard(String region, String value) {
        return "{\"metric\": \"bedsPer1000\", \"comparator\": \">=\", \"value\": " + value
                + ", \"scope\": \"PLAN\", \"regionCode\": \"" + region + "\", \"year\": 2025, \"source\": \"每千人口床位\"}";
    }

    /** A fresh town under {@code parent} with population, reported totals, a facility with 2020 resources and a standard. */
    static Target setup(String op, String parent) {
        int n = SEQ.incrementAndGet();
        Target t = new Target(n, town(parent, n), parent, "sec-fac-" + n, "sec-std-" + n);
        if (op.equals("regionCreate")) {
            return t;
        }
        admin().contentType(ContentType.JSON).body(region("安全测试镇" + n, "TOWN", parent))
                .when().put("/api/v1/regions/" + t.town()).then().statusCode(201);
        if (op.equals("regionPut") || op.equals("regionDelete")) {
            return t;
        }
        admin().contentType(ContentType.JSON).body("{\"residents\": 700000, \"projected\": false, \"source\": \"统计公报\"}")
                .when().put("/api/v1/regions/" + t.town() + "/population/2025").then().statusCode(201);
        admin().contentType(ContentType.JSON).body("{\"beds\": 16500, \"licensedDoctors\": 7450, \"source\": \"统计年鉴\"}")
                .when().put("/api/v1/regions/" + t.town() + "/resources/2020").then().statusCode(201);
        if (op.startsWith("published")) {
            admin().contentType(ContentType.JSON).body("{\"value\": 6.15, \"source\": \"区卫生健康规划\"}")
                    .when().put("/api/v1/regions/" + t.town() + "/published-ratios/2020/bedsPer1000").then().statusCode(201);
        }
        if (!op.equals("facilityCreate")) {
            admin().contentType(ContentType.JSON).body(facility(t.town(), "安全测试镇卫生院"))
                    .when().put("/api/v1/facilities/" + t.facility()).then().statusCode(201);
            admin().contentType(ContentType.JSON).body("{\"beds\": 60, \"licensedDoctors\": 12}")
                    .when().put("/api/v1/facilities/" + t.facility() + "/resources/2020").then().statusCode(201);
        }
        if (op.equals("standardPut") || op.equals("standardDelete")) {
            admin().contentType(ContentType.JSON).body(standard(t.town(), "6.5"))
                    .when().put("/api/v1/standards/" + t.standard()).then().statusCode(201);
        }
        return t;
    }

    static Response call(String op, RequestSpecification spec, Target t) {
        String importJson = "[{\"code\": \"" + t.facility() + "\", \"name\": \"安全测试镇中心卫生院\", \"regionCode\": \"" + t.town()
                + "\", \"type\": \"TOWNSHIP_HEALTH_CENTER\", \"ownership\": \"PUBLIC\", \"resources\": [{\"year\": 2021, \"beds\": 80}]},"
                + " {\"code\": \"" + t.facility() + "-2\", \"name\": \"安全测试村卫生室\", \"regionCode\": \"" + t.town()
                + "\", \"type\": \"VILLAGE_CLINIC\", \"ownership\": \"PUBLIC\"}]";
        String importCsv = ("code,name,regionCode,type,ownership,resources.year,resources.beds\n"
                + "%1$s,安全测试镇中心卫生院,%2$s,TOWNSHIP_HEALTH_CENTER,PUBLIC,2021,80\n"
                + "%1$s-2,安全测试村卫生室,%2$s,VILLAGE_CLINIC,PUBLIC,,\n").formatted(t.facility(), t.town());
        return switch (op) {
            case "regionCreate" -> spec.contentType(ContentType.JSON)
                    .body("{\"code\": \"" + t.town() + "\", \"name\": \"新设镇\", \"level\": \"TOWN\", \"parentCode\": \"" + t.parent() + "\"}")
                    .when().post("/api/v1/regions");
            case "regionPut" -> spec.contentType(ContentType.JSON).body(region("更名镇", "TOWN", t.parent()))
                    .when().put("/api/v1/regions/" + t.town());
            case "regionDelete" -> spec.when().delete("/api/v1/regions/" + t.town());
            case "populationPut" -> spec.contentType(ContentType.JSON).body("{\"residents\": 712345, \"projected\": true}")
                    .when().put("/api/v1/regions/" + t.town() + "/population/2025");
            case "populationDelete" -> spec.when().delete("/api/v1/regions/" + t.town() + "/population/2025");
            case "reportedPut" -> spec.contentType(ContentType.JSON).body("{\"beds\": 16800, \"licensedDoctors\": 7500}")
                    .when().put("/api/v1/regions/" + t.town() + "/resources/2020");
            case "reportedDelete" -> spec.when().delete("/api/v1/regions/" + t.town() + "/resources/2020");
            case "publishedPut" -> spec.contentType(ContentType.JSON)
                    .body("{\"value\": 6.5, \"source\": \"区卫生健康规划\", \"quote\": \"每千人口床位6.5张\"}")
                    .when().put("/api/v1/regions/" + t.town() + "/published-ratios/2020/bedsPer1000");
            case "publishedDelete" -> spec.when().delete("/api/v1/regions/" + t.town() + "/published-ratios/2020/bedsPer1000");
            case "facilityCreate" -> spec.contentType(ContentType.JSON)
                    .body(facility(t.town(), "新建卫生院").replace("{", "{\"code\": \"" + t.facility() + "\", "))
                    .when().post("/api/v1/facilities");
            case "facilityPut" -> spec.contentType(ContentType.JSON).body(facility(t.town(), "安全测试镇中心卫生院"))
                    .when().put("/api/v1/facilities/" + t.facility());
            case "facilityDelete" -> spec.when().delete("/api/v1/facilities/" + t.facility());
            case "resourcesPut" -> spec.contentType(ContentType.JSON).body("{\"beds\": 75, \"licensedDoctors\": 14}")
                    .when().put("/api/v1/facilities/" + t.facility() + "/resources/2020");
            case "resourcesDelete" -> spec.when().delete("/api/v1/facilities/" + t.facility() + "/resources/2020");
            case "importJson" -> spec.contentType(ContentType.JSON).body(importJson).when().post("/api/v1/facilities/import");
            case "importCsv" -> spec.contentType("text/csv; charset=UTF-8").body(importCsv.getBytes(StandardCharsets.UTF_8))
                    .when().post("/api/v1/facilities/import");
            case "standardCreate" -> spec.contentType(ContentType.JSON)
                    .body(standard(t.town(), "6.5").replace("{", "{\"code\": \"" + t.standard() + "\", "))
                    .when().post("/api/v1/standards");
            case "standardPut" -> spec.contentType(ContentType.JSON).body(standard(t.town(), "7.25"))
                    .when().put("/api/v1/standards/" + t.standard());
            case "standardDelete" -> spec.when().delete("/api/v1/standards/" + t.standard());
            default -> throw new IllegalArgumentException(op);
        };
    }

    static int success(String op) {
        if (op.endsWith("Create")) {
            return 201;
        }
        return op.endsWith("Delete") ? 204 : 200;
    }

    static String read(String path) {
        Response r = given().when().get(path);
        return r.statusCode() + " " + r.asString();
    }

    /** Everything a write on the target could change, as the public API shows it. */
    static String state(Target t) {
        return String.join("\n", read("/api/v1/regions/" + t.town()), read("/api/v1/regions/" + t.town() + "/population"),
                read("/api/v1/regions/" + t.town() + "/resources"), read("/api/v1/regions/" + t.town() + "/published-ratios"),
                read("/api/v1/facilities?regionCode=" + t.town()),
                read("/api/v1/facilities/" + t.facility() + "/resources"), read("/api/v1/standards/" + t.standard()));
    }

    /** The audit trail's key and the resource's path for the operation. */
    static String[] keyAndPath(String op, Target t) {
        return switch (op) {
            case "regionCreate", "regionPut", "regionDelete" -> new String[] {"region", t.town(), "/api/v1/regions/" + t.town()};
            case "populationPut", "populationDelete" -> new String[] {"population", t.town() + "/2025", null};
            case "reportedPut", "reportedDelete" -> new String[] {"reported-totals", t.town() + "/2020", null};
            case "publishedPut", "publishedDelete" -> new String[] {"published-ratio", t.town() + "/2020/bedsPer1000", null};
            case "facilityCreate", "facilityPut", "facilityDelete" -> new String[] {"facility", t.facility(), "/api/v1/facilities/" + t.facility()};
            case "resourcesPut", "resourcesDelete" -> new String[] {"facility-resources", t.facility() + "/2020", null};
            case "importJson", "importCsv" -> new String[] {"facility-import", t.town(), null};
            default -> new String[] {"standard", t.standard(), "/api/v1/standards/" + t.standard()};
        };
    }

    /** The resource a write changes, read through the API before or after it (null when there is none). */
    static Map<String, Object> resource(String op, Target t) {
        Response r = switch (op) {
            case "populationPut", "populationDelete" -> given().when().get("/api/v1/regions/" + t.town() + "/population");
            case "reportedPut", "reportedDelete" -> given().when().get("/api/v1/regions/" + t.town() + "/resources");
            case "publishedPut", "publishedDelete" -> given().when().get("/api/v1/regions/" + t.town() + "/published-ratios");
            case "resourcesPut", "resourcesDelete" -> given().when().get("/api/v1/facilities/" + t.facility() + "/resources");
            case "importJson", "importCsv" -> null;
            default -> given().when().get(keyAndPath(op, t)[2]);
        };
        if (r == null || r.statusCode() == 404) {
            return null;
        }
        r.then().statusCode(200);
        Object body = r.jsonPath().get("");
        if (body instanceof List<?> list) {
            @SuppressWarnings("unchecked")
            Map<String, Object> first = list.isEmpty() ? null : (Map<String, Object>) list.get(0);
            return first;
        }
        return r.jsonPath().getMap("");
    }

    static long auditTotal() {
        return admin().when().get("/api/v1/audit?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    static JsonPath newestAudit() {
        return admin().when().get("/api/v1/audit?size=1").then().statusCode(200).extract().jsonPath();
    }

    static void assertRefused(String op, String token, String parent, int status) {
        Target t = setup(op, parent);
        String before = state(t);
        long audits = auditTotal();
        Response r = call(op, as(token), t);
        r.then().statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
        if (status == 401) {
            r.then().header("WWW-Authenticate", startsWith("Bearer"));
        }
        assertEquals(before, state(t), op + ": a refused write must change nothing");
        assertEquals(audits, auditTotal(), op + ": a refused write leaves no audit row");
    }

    static void assertWrites(String op, String token, String subject, String parent) {
        Target t = setup(op, parent);
        String stateBefore = state(t);
        Map<String, Object> before = resource(op, t);
        long audits = auditTotal();
        Response r = call(op, as(token), t);
        r.then().statusCode(success(op));
        assertNotEquals(stateBefore, state(t), op + " must change something");
        assertEquals(audits + 1, auditTotal(), op + " leaves exactly one audit row");
        JsonPath row = newestAudit();
        String[] kp = keyAndPath(op, t);
        assertEquals(subject, row.getString("items[0].subject"));
        assertEquals(t.town(), row.getString("items[0].regionCode"));
        assertEquals(kp[0], row.getString("items[0].resourceType"));
        assertEquals(kp[1], row.getString("items[0].key"));
        Map<String, Object> auditBefore = row.getMap("items[0].before");
        Map<String, Object> auditAfter = row.getMap("items[0].after");
        if (op.startsWith("import")) {
            assertEquals("IMPORT", row.getString("items[0].operation"));
            assertEquals(Map.of("facilities", 1, "resources", 1), auditBefore);
            assertEquals(2, auditAfter.get("facilities"));
            assertEquals(1, auditAfter.get("created"));
            assertEquals(1, auditAfter.get("updated"));
            assertEquals(1, auditAfter.get("resourcesCreated"));
            assertEquals(List.of(t.town()), auditAfter.get("regions"));
            given().when().get("/api/v1/facilities?regionCode=" + t.town()).then().body("total", equalTo(2));
            return;
        }
        if (op.endsWith("Create")) {
            assertEquals("CREATE", row.getString("items[0].operation"));
            assertNull(before);
            assertNull(auditBefore);
            assertEquals(r.jsonPath().getMap(""), auditAfter);
            assertEquals(resource(op, t), auditAfter);
        } else if (op.endsWith("Delete")) {
            assertEquals("DELETE", row.getString("items[0].operation"));
            assertEquals(before, auditBefore);
            assertNull(auditAfter);
            assertNull(resource(op, t), op + ": the resource is gone");
        } else {
            assertEquals("UPDATE", row.getString("items[0].operation"));
            assertEquals(before, auditBefore);
            assertEquals(0, auditBefore.get("version"));
            assertEquals(r.jsonPath().getMap(""), auditAfter);
            assertEquals(resource(op, t), auditAfter);
            assertEquals(1, auditAfter.get("version"));
        }
        switch (op) {
            case "regionPut" -> {
                assertEquals("安全测试镇" + t.n(), auditBefore.get("name"));
                assertEquals("更名镇", auditAfter.get("name"));
            }
            case "populationPut" -> {
                assertEquals(700000, auditBefore.get("residents"));
                assertEquals(712345, auditAfter.get("residents"));
            }
            case "reportedPut" -> {
                assertEquals(16500, auditBefore.get("beds"));
                assertEquals(16800, auditAfter.get("beds"));
            }
            case "publishedPut" -> {
                assertEquals(6.15f, auditBefore.get("value"));
                assertEquals(6.5f, auditAfter.get("value"));
                assertEquals("每千人口床位6.5张", auditAfter.get("quote"));
            }
            case "resourcesPut" -> {
                assertEquals(60, auditBefore.get("beds"));
                assertEquals(75, auditAfter.get("beds"));
            }
            case "standardPut" -> {
                assertEquals(6.5f, auditBefore.get("value"));
                assertEquals(7.25f, auditAfter.get("value"));
            }
            default -> {
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"regionCreate", "regionPut", "regionDelete", "populationPut", "populationDelete", "reportedPut",
            "reportedDelete", "publishedPut", "publishedDelete", "facilityCreate", "facilityPut", "facilityDelete", "resourcesPut", "resourcesDelete",
            "importJson", "importCsv", "standardCreate", "standardPut", "standardDelete"})
    void everyWriteFollowsTheMatrix(String op) {
        assertRefused(op, null, OWN, 401);
        assertRefused(op, Tokens.badSignature(), OWN, 401);
        assertRefused(op, Tokens.expired(), OWN, 401);
        assertRefused(op, Tokens.editor(EDITOR, OWN), OTHER, 403);
        if (op.startsWith("standard")) {
            assertRefused(op, Tokens.editor(EDITOR, OWN), OWN, 403);
        } else {
            assertWrites(op, Tokens.editor(EDITOR, OWN), EDITOR, OWN);
        }
        assertWrites(op, Tokens.admin(), Tokens.ADMIN_SUBJECT, OTHER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"regionCreate", "regionPut", "populationPut", "facilityCreate", "facilityPut", "resourcesDelete", "importCsv"})
    void aTokenWithoutAWritingRoleIsForbidden(String op) {
        assertRefused(op, Tokens.reader("reader-1"), OWN, 403);
        assertRefused(op, Tokens.editor("editor-nowhere"), OWN, 403);
    }

    @Test
    void movingAFacilityNeedsRightsOnBothRegions() {
        Target t = setup("facilityPut", OWN);
        String otherTown = setup("regionPut", OTHER).town();
        String before = state(t);
        long audits = auditTotal();
        as(Tokens.editor(EDITOR, OWN)).contentType(ContentType.JSON).body(facility(otherTown, "安全测试镇卫生院"))
                .when().put("/api/v1/facilities/" + t.facility())
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString(otherTown));
        as(Tokens.editor("editor-yuzhong", OTHER)).contentType(ContentType.JSON).body(facility(otherTown, "安全测试镇卫生院"))
                .when().put("/api/v1/facilities/" + t.facility())
                .then().statusCode(403).body("detail", containsString(t.town()));
        assertEquals(before, state(t));
        assertEquals(audits, auditTotal());

        as(Tokens.editor("editor-both", OWN, OTHER)).contentType(ContentType.JSON).body(facility(otherTown, "安全测试镇卫生院"))
                .when().put("/api/v1/facilities/" + t.facility())
                .then().statusCode(200).body("regionCode", equalTo(otherTown));
        JsonPath row = newestAudit();
        assertEquals(audits + 1, auditTotal());
        assertEquals(t.town(), row.getString("items[0].before.regionCode"));
        assertEquals(otherTown, row.getString("items[0].after.regionCode"));
        assertEquals("editor-both", row.getString("items[0].subject"));
    }

    @Test
    void movingARegionUnderANewParentNeedsRightsOnBoth() {
        ensureRegion(ZONE, "安全测试新区", "SPECIAL_ZONE", "500000");
        Target t = setup("regionPut", OWN);
        String before = state(t);
        long audits = auditTotal();
        // a town may move into a special zone of its province, with rights on both places
        as(Tokens.editor(EDITOR, OWN)).contentType(ContentType.JSON).body(region("安全测试镇", "TOWN", ZONE))
                .when().put("/api/v1/regions/" + t.town())
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString(ZONE));
        as(Tokens.editor("editor-zone", ZONE)).contentType(ContentType.JSON).body(region("安全测试镇", "TOWN", ZONE))
                .when().put("/api/v1/regions/" + t.town())
                .then().statusCode(403);
        // listing the town's own code is not enough to move it under a region the token does not cover
        as(Tokens.editor("editor-town", t.town())).contentType(ContentType.JSON).body(region("安全测试镇", "TOWN", ZONE))
                .when().put("/api/v1/regions/" + t.town())
                .then().statusCode(403);
        // and rights on both districts do not move a town's code out of its district
        as(Tokens.editor("editor-both", OWN, OTHER)).contentType(ContentType.JSON).body(region("安全测试镇", "TOWN", OTHER))
                .when().put("/api/v1/regions/" + t.town())
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("parentCode"))
                .body("detail", containsString("not within parent " + OTHER));
        assertEquals(before, state(t));
        assertEquals(audits, auditTotal());
        as(Tokens.editor("editor-both", OWN, ZONE)).contentType(ContentType.JSON).body(region("安全测试镇", "TOWN", ZONE))
                .when().put("/api/v1/regions/" + t.town())
                .then().statusCode(200).body("parentCode", equalTo(ZONE));
        assertEquals(audits + 1, auditTotal());
        assertEquals(OWN, newestAudit().getString("items[0].before.parentCode"));
    }

    @Test
    void aCityCodeCoversItsDistrictsAndTowns() {
        Target t = setup("populationPut", OWN);
        as(Tokens.editor("editor-chongqing", "500000")).contentType(ContentType.JSON).body("{\"residents\": 699999}")
                .when().put("/api/v1/regions/" + t.town() + "/population/2025")
                .then().statusCode(200).body("residents", equalTo(699999));
        // a district's editor does not cover its parent city
        as(Tokens.editor(EDITOR, OWN)).contentType(ContentType.JSON).body("{\"residents\": 1}")
                .when().put("/api/v1/regions/500000/population/2030").then().statusCode(403);
        given().when().get("/api/v1/regions/500000/population").then().statusCode(200)
                .body("findAll { it.year == 2030 }.size()", equalTo(0));
    }

    @Test
    void anImportTouchingAnotherRegionIsRefusedWhole() {
        Target own = setup("importJson", OWN);
        Target other = setup("importJson", OTHER);
        String beforeOwn = state(own);
        String beforeOther = state(other);
        long audits = auditTotal();
        // the second row moves a facility of the other district's town into the editor's own town
        String body = "[{\"code\": \"" + own.facility() + "-new\", \"name\": \"新卫生室\", \"regionCode\": \"" + own.town()
                + "\", \"type\": \"VILLAGE_CLINIC\", \"ownership\": \"PUBLIC\"},"
                + " {\"code\": \"" + other.facility() + "\", \"name\": \"被移走\", \"regionCode\": \"" + own.town()
                + "\", \"type\": \"TOWNSHIP_HEALTH_CENTER\", \"ownership\": \"PUBLIC\"}]";
        as(Tokens.editor(EDITOR, OWN)).contentType(ContentType.JSON).body(body).when().post("/api/v1/facilities/import")
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString(other.town()));
        assertEquals(beforeOwn, state(own));
        assertEquals(beforeOther, state(other));
        assertEquals(audits, auditTotal());
    }

    @Test
    void aDryRunImportLeavesNoAuditRow() {
        Target t = setup("importJson", OWN);
        long audits = auditTotal();
        String before = state(t);
        call("importJson", as(Tokens.editor(EDITOR, OWN)).queryParam("dryRun", "true"), t).then().statusCode(200)
                .body("dryRun", equalTo(true)).body("imported", equalTo(2));
        assertEquals(before, state(t));
        assertEquals(audits, auditTotal());
    }

    @Test
    void readsArePublicByDefault() {
        Target t = setup("facilityPut", OWN);
        given().when().get("/api/v1/facilities/" + t.facility()).then().statusCode(200).body("regionCode", equalTo(t.town()));
        given().when().get("/api/v1/regions/" + t.town()).then().statusCode(200);
        given().when().get("/api/v1/regions/" + t.town() + "/ratios?year=2020").then().statusCode(200);
        given().when().get("/api/v1/facilities/export?regionCode=" + t.town()).then().statusCode(200);
        given().when().get("/api/v1/audit").then().statusCode(401);
        as(Tokens.editor(EDITOR, OWN)).when().get("/api/v1/audit").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("admin"));
    }
}
