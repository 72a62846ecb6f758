package org.healthplanning.project.rest;

import org.healthplanning.project.config.KnownPlans;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
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
 * an expired token (401); an editor of 500151 on a 500151 resource (2xx) and on a 500103 resource
 * (403); an admin (2xx). A successful write leaves exactly one audit row with the resource's JSON
 * before and after; a refused one leaves none and changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class WriteSecurityTest {
    static final String OWN = "500151";
    static final String OTHER = "500103";
    static final String EDITOR = "editor-tongliang";
    static final AtomicInteger SEQ = new AtomicInteger();

    /** What a write works on: a plan of its own, the key of the resource, its region. */
    record Target(String plan, String key, String region) {
    }

    @BeforeEach
    void noDefaultToken() {
        Tokens.anonymousByDefault();
    }

    static RequestSpecification as(String token) {
        RequestSpecification spec = given();
        return token == null ? spec : spec.header("Authorization", Tokens.bearer(token));
    }

    static RequestSpecification admin() {
        return as(Tokens.admin());
    }

    static String project(String plan, String region, String name) {
        return """
                {"planCode": "%s", "regionCode": "%s", "name": "%s", "content": "新建业务用房，设医疗床位100张。",
                 "constructionTypeRaw": "新建", "floorAreaM2": 16000, "investment10kCny": 12000, "yearsRaw": "2023-2025",
                 "statusRaw": "初步选址"}""".formatted(plan, region, name);
    }

    static int createProject(String plan, String region) {
        return admin().contentType(ContentType.JSON).body(project(plan, region, "铜梁区人民医院安居分院建设项目"))
                .when().post("/api/v1/projects").then().statusCode(201).extract().path("id");
    }

    static void putTotals(String plan, String region) {
        admin().contentType(ContentType.JSON)
                .body("{\"regionCode\": \"" + region + "\", \"floorAreaM2\": 594970, \"investment10kCny\": 421068, \"newLandMu\": 576}")
                .when().put("/api/v1/plans/" + plan + "/declared-totals").then().statusCode(201);
    }

    /** A new plan of {@code region}, as indicator-service would know it. */
    static String newPlan(String prefix, String region) {
        String plan = prefix + SEQ.incrementAndGet();
        KnownPlans.add(plan, region);
        return plan;
    }

    static Target setup(String op, String region) {
        String plan = newPlan("sec-" + op + "-", region);
        return switch (op) {
            case "create" -> new Target(plan, null, region);
            case "put", "patch", "delete" -> new Target(plan, Integer.toString(createProject(plan, region)), region);
            case "importJson", "importCsv" -> {
                createProject(plan, region);
                yield new Target(plan, plan, region);
            }
            case "putTotals", "deleteTotals" -> {
                putTotals(plan, region);
                yield new Target(plan, plan, region);
            }
            default -> throw new IllegalArgumentException(op);
        };
    }

    static Response call(String op, RequestSpecification spec, Target t) {
        return switch (op) {
            case "create" -> spec.contentType(ContentType.JSON).body(project(t.plan(), t.region(), "新建项目"))
                    .when().post("/api/v1/projects");
            case "put" -> spec.contentType(ContentType.JSON)
                    .body(project(t.plan(), t.region(), "铜梁区人民医院安居分院建设项目").replace("12000", "12500.75"))
                    .when().put("/api/v1/projects/" + t.key());
            case "patch" -> spec.contentType("application/merge-patch+json").body("{\"investment10kCny\": 13000}")
                    .when().patch("/api/v1/projects/" + t.key());
            case "delete" -> spec.when().delete("/api/v1/projects/" + t.key());
            case "importJson" -> spec.contentType(ContentType.JSON)
                    .body("[" + project(t.plan(), t.region(), "一号项目") + ", " + project(t.plan(), t.region(), "二号项目") + "]")
                    .when().post("/api/v1/projects/import?planCode=" + t.plan() + "&mode=replace");
            case "importCsv" -> spec.contentType("text/csv; charset=UTF-8")
                    .body(("planCode,regionCode,name,floorAreaM2,investment10kCny,yearsRaw\n"
                            + "%1$s,%2$s,一号项目,1000,500,2021-2023\n%1$s,%2$s,二号项目,2000,800.5,2022-2024\n")
                            .formatted(t.plan(), t.region()).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .when().post("/api/v1/projects/import?planCode=" + t.plan() + "&mode=replace");
            case "putTotals" -> spec.contentType(ContentType.JSON)
                    .body("{\"floorAreaM2\": 600000, \"investment10kCny\": 430000.5, \"newLandMu\": 580}")
                    .when().put("/api/v1/plans/" + t.plan() + "/declared-totals");
            case "deleteTotals" -> spec.when().delete("/api/v1/plans/" + t.plan() + "/declared-totals");
            default -> throw new IllegalArgumentException(op);
        };
    }

    static int success(String op) {
        return switch (op) {
            case "create" -> 201;
            case "delete", "deleteTotals" -> 204;
            default -> 200;
        };
    }

    /** Everything a write on the target could change, as the public API shows it. */
    static String state(Target t) {
        String projects = given().when().get("/api/v1/projects?size=500&planCode=" + t.plan()).then().statusCode(200)
                .extract().asString();
        Response totals = given().when().get("/api/v1/plans/" + t.plan() + "/declared-totals");
        return projects + "\n" + totals.statusCode() + " " + totals.asString();
    }

    /** The resource a write changes, read through the API before the write (null when there is none). */
    static Map<String, Object> resource(String op, Target t) {
        Response r = switch (op) {
            case "put", "patch", "delete" -> given().when().get("/api/v1/projects/" + t.key());
            case "putTotals", "deleteTotals" -> given().when().get("/api/v1/plans/" + t.plan() + "/declared-totals");
            default -> null;
        };
        return r == null ? null : r.then().statusCode(200).extract().jsonPath().getMap("");
    }

    static long auditTotal() {
        return admin().when().get("/api/v1/audit?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    static JsonPath newestAudit() {
        return admin().when().get("/api/v1/audit?size=1").then().statusCode(200).extract().jsonPath();
    }

    static void assertRefused(String op, String token, String region, int status) {
        Target t = setup(op, region);
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

    static void assertWrites(String op, String token, String subject, String region) {
        Target t = setup(op, region);
        String stateBefore = state(t);
        Map<String, Object> before = resource(op, t);
        long audits = auditTotal();
        Response r = call(op, as(token), t);
        r.then().statusCode(success(op));
        assertNotEquals(stateBefore, state(t), op + " must change something");
        assertEquals(audits + 1, auditTotal(), op + " leaves exactly one audit row");
        JsonPath row = newestAudit();
        assertEquals(subject, row.getString("items[0].subject"));
        assertEquals(region, row.getString("items[0].regionCode"));
        Map<String, Object> auditBefore = row.getMap("items[0].before");
        Map<String, Object> auditAfter = row.getMap("items[0].after");
        switch (op) {
            case "create" -> {
                assertEquals("CREATE", row.getString("items[0].operation"));
                assertEquals("project", row.getString("items[0].resourceType"));
                assertEquals(r.jsonPath().getString("id"), row.getString("items[0].key"));
                assertNull(auditBefore);
                assertEquals(r.jsonPath().getMap(""), auditAfter);
                assertEquals("新建项目", auditAfter.get("name"));
            }
            case "put", "patch" -> {
                assertEquals("UPDATE", row.getString("items[0].operation"));
                assertEquals("project", row.getString("items[0].resourceType"));
                assertEquals(t.key(), row.getString("items[0].key"));
                assertEquals(before, auditBefore);
                assertEquals(12000, auditBefore.get("investment10kCny"));
                assertEquals(r.jsonPath().getMap(""), auditAfter);
                assertEquals(given().when().get("/api/v1/projects/" + t.key()).jsonPath().getMap(""), auditAfter);
                assertEquals(op.equals("put") ? 12500.75f : (Object) 13000, auditAfter.get("investment10kCny"));
                assertEquals(1, auditAfter.get("version"));
            }
            case "delete" -> {
                assertEquals("DELETE", row.getString("items[0].operation"));
                assertEquals(t.key(), row.getString("items[0].key"));
                assertEquals(before, auditBefore);
                assertNull(auditAfter);
                given().when().get("/api/v1/projects/" + t.key()).then().statusCode(404);
            }
            case "importJson", "importCsv" -> {
                assertEquals("IMPORT", row.getString("items[0].operation"));
                assertEquals("plan-projects", row.getString("items[0].resourceType"));
                assertEquals(t.plan(), row.getString("items[0].key"));
                assertEquals(1, auditBefore.get("projects"));
                assertEquals(2, auditAfter.get("projects"));
                assertEquals(2, auditAfter.get("imported"));
                assertEquals("REPLACE", auditAfter.get("mode"));
                List<Integer> ids = given().when().get("/api/v1/projects?planCode=" + t.plan()).jsonPath().getList("items.id");
                assertEquals(ids, auditAfter.get("ids"));
            }
            case "putTotals" -> {
                assertEquals("UPDATE", row.getString("items[0].operation"));
                assertEquals("declared-totals", row.getString("items[0].resourceType"));
                assertEquals(t.plan(), row.getString("items[0].key"));
                assertEquals(before, auditBefore);
                assertEquals(421068, auditBefore.get("investment10kCny"));
                assertEquals(r.jsonPath().getMap(""), auditAfter);
                assertEquals(430000.5f, auditAfter.get("investment10kCny"));
                assertEquals(region, auditAfter.get("regionCode"));
            }
            case "deleteTotals" -> {
                assertEquals("DELETE", row.getString("items[0].operation"));
                assertEquals("declared-totals", row.getString("items[0].resourceType"));
                assertEquals(before, auditBefore);
                assertNull(auditAfter);
            }
            default -> throw new IllegalArgumentException(op);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"create", "put", "patch", "delete", "importJson", "importCsv", "putTotals", "deleteTotals"})
    void everyWriteFollowsTheMatrix(String op) {
        assertRefused(op, null, OWN, 401);
        assertRefused(op, Tokens.badSignature(), OWN, 401);
        assertRefused(op, Tokens.expired(), OWN, 401);
        assertRefused(op, Tokens.editor(EDITOR, OWN), OTHER, 403);
        assertWrites(op, Tokens.editor(EDITOR, OWN), EDITOR, OWN);
        assertWrites(op, Tokens.admin(), Tokens.ADMIN_SUBJECT, OTHER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"create", "put", "patch", "delete", "importJson", "importCsv", "putTotals", "deleteTotals"})
    void aTokenWithoutAWritingRoleIsForbidden(String op) {
        assertRefused(op, Tokens.reader("reader-1"), OWN, 403);
        assertRefused(op, Tokens.editor("editor-nowhere"), OWN, 403);
    }

    /**
     * An editor of district A against district B's plan, through every route that names a plan:
     * whatever region the body claims, the write needs rights on the plan's region.
     */
    @ParameterizedTest
    @ValueSource(strings = {"create", "put", "patch", "delete", "importJson", "importCsv", "putTotals", "deleteTotals"})
    void anEditorOfAnotherDistrictCannotWriteAPlansProjectsOrTotals(String op) {
        Target t = setup(op, OWN);
        String before = state(t);
        String summary = given().when().get("/api/v1/plans/" + t.plan() + "/project-summary").then().statusCode(200).extract().asString();
        long audits = auditTotal();
        for (String claimed : List.of(OTHER, OWN)) {
            Target claim = new Target(t.plan(), t.key(), claimed);
            call(op, as(Tokens.editor("editor-yuzhong", OTHER)), claim)
                    .then().statusCode(403).contentType("application/problem+json").body("detail", containsString(OWN));
        }
        assertEquals(before, state(t), op + ": nothing changed");
        assertEquals(summary, given().when().get("/api/v1/plans/" + t.plan() + "/project-summary").then().extract().asString());
        assertEquals(audits, auditTotal());
    }

    @Test
    void aProjectLiesInItsPlansRegionOrASubRegion() {
        String plan = newPlan("sec-within-", OWN);
        as(Tokens.editor(EDITOR, OWN)).contentType(ContentType.JSON).body(project(plan, OWN + "101000", "镇卫生院"))
                .when().post("/api/v1/projects").then().statusCode(201).body("regionCode", equalTo(OWN + "101000"));
        admin().contentType(ContentType.JSON).body(project(plan, OTHER, "外区项目"))
                .when().post("/api/v1/projects")
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("regionCode"));
        admin().contentType(ContentType.JSON).body("[" + project(plan, OTHER, "外区项目") + "]")
                .when().post("/api/v1/projects/import?planCode=" + plan)
                .then().statusCode(400).body("errors[0].field", equalTo("regionCode")).body("errors[0].row", equalTo(1));
        given().when().get("/api/v1/projects?planCode=" + plan).then().body("total", equalTo(1));
        given().when().get("/api/v1/plans/" + plan + "/project-summary").then().statusCode(200).body("count", equalTo(1));
    }

    @Test
    void movingAProjectToAnotherPlanNeedsRightsOnBothPlansRegions() {
        String plan = newPlan("sec-move-", OWN);
        String target = newPlan("sec-move-target-", OTHER);
        Target t = new Target(plan, Integer.toString(createProject(plan, OWN)), OWN);
        String before = state(t);
        long audits = auditTotal();
        String moved = project(target, OTHER, "铜梁区人民医院安居分院建设项目");
        as(Tokens.editor(EDITOR, OWN)).contentType(ContentType.JSON).body(moved)
                .when().put("/api/v1/projects/" + t.key())
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString(OTHER));
        as(Tokens.editor(EDITOR, OWN)).contentType("application/merge-patch+json")
                .body("{\"planCode\": \"" + target + "\", \"regionCode\": \"" + OTHER + "\"}")
                .when().patch("/api/v1/projects/" + t.key())
                .then().statusCode(403);
        as(Tokens.editor("editor-yuzhong", OTHER)).contentType(ContentType.JSON).body(moved)
                .when().put("/api/v1/projects/" + t.key())
                .then().statusCode(403).body("detail", containsString(OWN));
        assertEquals(before, state(t));
        assertEquals(audits, auditTotal());

        as(Tokens.editor("editor-both", OWN, OTHER)).contentType(ContentType.JSON).body(moved)
                .when().put("/api/v1/projects/" + t.key())
                .then().statusCode(200).body("regionCode", equalTo(OTHER)).body("planCode", equalTo(target));
        JsonPath row = newestAudit();
        assertEquals(audits + 1, auditTotal());
        assertEquals(OWN, row.getString("items[0].before.regionCode"));
        assertEquals(OTHER, row.getString("items[0].after.regionCode"));
        assertEquals(OTHER, row.getString("items[0].regionCode"));
        assertEquals("editor-both", row.getString("items[0].subject"));
    }

    @Test
    void declaredTotalsAreInThePlansRegion() {
        String plan = newPlan("sec-totals-region-", OWN);
        String body = "{\"floorAreaM2\": 10, \"investment10kCny\": 20, \"newLandMu\": 0}";
        as(Tokens.editor("editor-yuzhong", OTHER)).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/plans/" + plan + "/declared-totals").then().statusCode(403);
        as(Tokens.editor(EDITOR, OWN)).contentType(ContentType.JSON)
                .body("{\"regionCode\": \"" + OTHER + "\", \"floorAreaM2\": 1, \"investment10kCny\": 1, \"newLandMu\": 1}")
                .when().put("/api/v1/plans/" + plan + "/declared-totals")
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("regionCode"));
        given().when().get("/api/v1/plans/" + plan + "/declared-totals").then().statusCode(404);
        as(Tokens.editor(EDITOR, OWN)).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/plans/" + plan + "/declared-totals")
                .then().statusCode(201).body("regionCode", equalTo(OWN));

        as(Tokens.editor(EDITOR, OWN)).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/plans/sec-no-such-plan/declared-totals")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/plans/sec-no-such-plan/project-summary").then().statusCode(404);
    }

    @Test
    void aProjectNamingAnUnknownPlanIs422AndWritesNothing() {
        admin().contentType(ContentType.JSON).body(project("sec-unknown-plan", OWN, "无主项目"))
                .when().post("/api/v1/projects")
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("planCode"));
        admin().contentType(ContentType.JSON).body("[" + project("sec-unknown-plan", OWN, "无主项目") + "]")
                .when().post("/api/v1/projects/import")
                .then().statusCode(400).body("errors[0].field", equalTo("planCode"));
        admin().contentType(ContentType.JSON).body("[]")
                .when().post("/api/v1/projects/import?planCode=sec-unknown-plan")
                .then().statusCode(422).body("errors[0].field", equalTo("planCode"));
        given().when().get("/api/v1/projects?planCode=sec-unknown-plan").then().body("total", equalTo(0));
    }

    @Test
    void whileTheOwnerOfPlansIsUnreachableAWriteIs503AndChangesNothing() {
        String plan = newPlan("sec-unreachable-", OWN);
        KnownPlans.reachable(false);
        try {
            as(Tokens.editor(EDITOR, OWN)).contentType(ContentType.JSON).body(project(plan, OWN, "停机项目"))
                    .when().post("/api/v1/projects")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                    .body("type", equalTo("/problems/dependency-unavailable"));
        } finally {
            KnownPlans.reachable(true);
        }
        given().when().get("/api/v1/projects?planCode=" + plan).then().body("total", equalTo(0));
    }

    @Test
    void readsArePublicByDefault() {
        String plan = newPlan("sec-read-", OWN);
        int id = createProject(plan, OWN);
        given().when().get("/api/v1/projects/" + id).then().statusCode(200).body("regionCode", equalTo(OWN));
        given().when().get("/api/v1/projects?planCode=" + plan).then().statusCode(200).body("total", equalTo(1));
        given().when().get("/api/v1/plans/" + plan + "/project-summary").then().statusCode(200).body("count", equalTo(1));
        given().when().get("/api/v1/projects/export?planCode=" + plan).then().statusCode(200);
    }
}
