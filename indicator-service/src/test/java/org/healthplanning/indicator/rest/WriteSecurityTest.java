package org.healthplanning.indicator.rest;

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
import java.nio.charset.StandardCharsets;
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
 * (403); an admin (2xx). Indicator definitions belong to no region: an editor gets 403 on them
 * whatever its regions. A successful write leaves exactly one audit row with the resource's JSON
 * before and after; a refused one leaves none and changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class WriteSecurityTest {
    static final String OWN = "500151";
    static final String OTHER = "500103";
    static final String EDITOR = "editor-tongliang";
    static final AtomicInteger SEQ = new AtomicInteger();

    static final String[] PLAN_OPS = {"createPlan", "putPlan", "deletePlan", "createRow", "putRow", "patchRow", "deleteRow",
            "importRowsJson", "importRowsCsv", "putValue", "deleteValue", "importValues"};
    static final String[] DEFINITION_OPS = {"createDefinition", "putDefinition", "deleteDefinition"};

    /** What a write works on: its plan (or definition code), the key of the resource, the plan's region. */
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

    static String plan(String code, String region, String title) {
        return """
                {"code": "%s", "regionCode": "%s", "regionName": "测试区", "title": "%s",
                 "periodStart": 2021, "periodEnd": 2025, "issuer": "区卫生健康委员会"}""".formatted(code, region, title);
    }

    static String definition(String code, String name, String unit) {
        return """
                {"code": "%s", "name": "%s", "unit": "%s", "direction": "INCREASE", "aliases": ["%s别名"]}"""
                .formatted(code, name, unit, name);
    }

    static final String ROW = "{\"seq\": \"1\", \"name\": \"人口平均预期寿命\", \"unit\": \"岁\", \"baseline\": {\"raw\": \"80.78\"}, \"target\": {\"raw\": \"≥81\"}}";

    static void createPlan(String code, String region) {
        admin().contentType(ContentType.JSON).body(plan(code, region, "十四五卫生健康发展规划"))
                .when().post("/api/v1/plans").then().statusCode(201);
    }

    static long createRow(String planCode) {
        return admin().contentType(ContentType.JSON).body(ROW).when().post("/api/v1/plans/" + planCode + "/indicators")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static void putValue(String planCode, long row, int year, String value) {
        admin().contentType(ContentType.JSON).body("{\"value\": " + value + ", \"source\": \"统计年鉴\"}")
                .when().put("/api/v1/plans/" + planCode + "/indicators/" + row + "/values/" + year)
                .then().statusCode(201);
    }

    static Target setup(String op, String region) {
        int n = SEQ.incrementAndGet();
        String plan = "sec-" + op.toLowerCase() + "-" + n;
        switch (op) {
            case "createPlan":
                return new Target(plan, plan, region);
            case "putPlan", "deletePlan":
                createPlan(plan, region);
                return new Target(plan, plan, region);
            case "createDefinition":
                return new Target("TEST_SEC_" + n, "TEST_SEC_" + n, null);
            case "putDefinition", "deleteDefinition": {
                String code = "TEST_SEC_" + n;
                admin().contentType(ContentType.JSON).body(definition(code, "安全测试指标" + n, "人"))
                        .when().post("/api/v1/indicator-definitions").then().statusCode(201);
                return new Target(code, code, null);
            }
            case "createRow", "importRowsJson", "importRowsCsv":
                createPlan(plan, region);
                return new Target(plan, Long.toString(createRow(plan)), region);
            case "putRow", "patchRow", "deleteRow":
                createPlan(plan, region);
                return new Target(plan, Long.toString(createRow(plan)), region);
            case "putValue", "deleteValue", "importValues": {
                createPlan(plan, region);
                long row = createRow(plan);
                putValue(plan, row, 2022, "80.9");
                return new Target(plan, Long.toString(row), region);
            }
            default:
                throw new IllegalArgumentException(op);
        }
    }

    static Response call(String op, RequestSpecification spec, Target t) {
        String rows = "/api/v1/plans/" + t.plan() + "/indicators";
        return switch (op) {
            case "createPlan" -> spec.contentType(ContentType.JSON).body(plan(t.plan(), t.region(), "新建规划"))
                    .when().post("/api/v1/plans");
            case "putPlan" -> spec.contentType(ContentType.JSON).body(plan(t.plan(), t.region(), "十四五卫生健康规划（修订）"))
                    .when().put("/api/v1/plans/" + t.plan());
            case "deletePlan" -> spec.when().delete("/api/v1/plans/" + t.plan());
            case "createDefinition" -> spec.contentType(ContentType.JSON)
                    .body(definition(t.key(), "新建安全测试指标" + t.key(), "人")).when().post("/api/v1/indicator-definitions");
            case "putDefinition" -> spec.contentType(ContentType.JSON)
                    .body(definition(t.key(), "安全测试指标" + t.key().substring(9), "万人")).when().put("/api/v1/indicator-definitions/" + t.key());
            case "deleteDefinition" -> spec.when().delete("/api/v1/indicator-definitions/" + t.key());
            case "createRow" -> spec.contentType(ContentType.JSON)
                    .body("{\"seq\": \"2\", \"name\": \"婴儿死亡率\", \"unit\": \"‰\", \"target\": {\"raw\": \"≤3\"}}").when().post(rows);
            case "putRow" -> spec.contentType(ContentType.JSON).body(ROW.replace("≥81", "≥81.5")).when().put(rows + "/" + t.key());
            case "patchRow" -> spec.contentType("application/merge-patch+json; charset=UTF-8").body("{\"remarks\": \"按年度监测\"}")
                    .when().patch(rows + "/" + t.key());
            case "deleteRow" -> spec.when().delete(rows + "/" + t.key());
            case "importRowsJson" -> spec.contentType(ContentType.JSON)
                    .body("[" + ROW + ", {\"seq\": \"2\", \"name\": \"孕产妇死亡率\", \"unit\": \"1/10万\", \"target\": {\"raw\": \"≤10\"}}]")
                    .when().post(rows + "/import?mode=replace");
            case "importRowsCsv" -> spec.contentType("text/csv; charset=UTF-8")
                    .body("seq,name,unit,baseline.raw,target.raw\n1,人口平均预期寿命,岁,80.78,≥81\n2,孕产妇死亡率,1/10万,,≤10\n"
                            .getBytes(StandardCharsets.UTF_8))
                    .when().post(rows + "/import?mode=replace");
            case "putValue" -> spec.contentType(ContentType.JSON).body("{\"value\": 78.47, \"source\": \"统计年鉴\"}")
                    .when().put(rows + "/" + t.key() + "/values/2022");
            case "deleteValue" -> spec.when().delete(rows + "/" + t.key() + "/values/2022");
            case "importValues" -> spec.contentType(ContentType.JSON)
                    .body("[{\"indicatorId\": " + t.key() + ", \"year\": 2022, \"value\": 81.02},"
                            + " {\"indicatorId\": " + t.key() + ", \"year\": 2023, \"value\": 81.2}]")
                    .when().post("/api/v1/plans/" + t.plan() + "/values/import");
            default -> throw new IllegalArgumentException(op);
        };
    }

    static int success(String op) {
        return switch (op) {
            case "createPlan", "createDefinition", "createRow" -> 201;
            case "deletePlan", "deleteDefinition", "deleteRow", "deleteValue" -> 204;
            default -> 200;
        };
    }

    static boolean definitionOp(String op) {
        return op.endsWith("Definition");
    }

    /** Everything a write on the target could change, as the public API shows it. */
    static String state(String op, Target t) {
        if (definitionOp(op)) {
            Response d = given().when().get("/api/v1/indicator-definitions/" + t.key());
            return d.statusCode() + " " + d.asString();
        }
        Response plan = given().when().get("/api/v1/plans/" + t.plan());
        Response rows = given().when().get("/api/v1/plans/" + t.plan() + "/indicators?size=500");
        Response values = given().when().get("/api/v1/plans/" + t.plan() + "/values/export");
        return plan.statusCode() + " " + plan.asString() + "\n" + rows.statusCode() + " " + rows.asString() + "\n"
                + values.statusCode() + " " + values.asString();
    }

    static String resourcePath(String op, Target t) {
        String rows = "/api/v1/plans/" + t.plan() + "/indicators";
        return switch (op) {
            case "putPlan", "deletePlan" -> "/api/v1/plans/" + t.plan();
            case "putDefinition", "deleteDefinition" -> "/api/v1/indicator-definitions/" + t.key();
            case "putRow", "patchRow", "deleteRow" -> rows + "/" + t.key();
            case "putValue", "deleteValue" -> rows + "/" + t.key() + "/values/2022";
            default -> null;
        };
    }

    /** The resource a write changes, read through the API before the write (null when there is none). */
    static Map<String, Object> resource(String op, Target t) {
        String path = resourcePath(op, t);
        return path == null ? null : given().when().get(path).then().statusCode(200).extract().jsonPath().getMap("");
    }

    static long auditTotal() {
        return admin().when().get("/api/v1/audit?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    static JsonPath newestAudit() {
        return admin().when().get("/api/v1/audit?size=1").then().statusCode(200).extract().jsonPath();
    }

    static void assertRefused(String op, String token, String region, int status) {
        Target t = setup(op, region);
        String before = state(op, t);
        long audits = auditTotal();
        Response r = call(op, as(token), t);
        r.then().statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
        if (status == 401) {
            r.then().header("WWW-Authenticate", startsWith("Bearer"));
        }
        assertEquals(before, state(op, t), op + ": a refused write must change nothing");
        assertEquals(audits, auditTotal(), op + ": a refused write leaves no audit row");
    }

    static void assertWrites(String op, String token, String subject, String region) {
        Target t = setup(op, region);
        String stateBefore = state(op, t);
        Map<String, Object> before = resource(op, t);
        long audits = auditTotal();
        Response r = call(op, as(token), t);
        r.then().statusCode(success(op));
        assertNotEquals(stateBefore, state(op, t), op + " must change something");
        assertEquals(audits + 1, auditTotal(), op + " leaves exactly one audit row");
        JsonPath row = newestAudit();
        assertEquals(subject, row.getString("items[0].subject"));
        assertEquals(definitionOp(op) ? null : region, row.getString("items[0].regionCode"));
        Map<String, Object> auditBefore = row.getMap("items[0].before");
        Map<String, Object> auditAfter = row.getMap("items[0].after");
        String operation = row.getString("items[0].operation");
        String type = row.getString("items[0].resourceType");
        String key = row.getString("items[0].key");
        switch (op) {
            case "createPlan", "createDefinition" -> {
                assertEquals("CREATE", operation);
                assertEquals(op.equals("createPlan") ? "plan" : "indicator-definition", type);
                assertEquals(t.key(), key);
                assertNull(auditBefore);
                assertEquals(r.jsonPath().getMap(""), auditAfter);
                assertEquals(given().when().get(op.equals("createPlan") ? "/api/v1/plans/" + t.key()
                        : "/api/v1/indicator-definitions/" + t.key()).jsonPath().getMap(""), auditAfter);
            }
            case "createRow" -> {
                assertEquals("CREATE", operation);
                assertEquals("plan-indicator", type);
                assertEquals(t.plan() + "/" + r.jsonPath().getString("id"), key);
                assertNull(auditBefore);
                assertEquals(r.jsonPath().getMap(""), auditAfter);
                assertEquals("婴儿死亡率", auditAfter.get("name"));
            }
            case "putPlan", "putDefinition", "putRow", "patchRow", "putValue" -> {
                assertEquals("UPDATE", operation);
                assertEquals(switch (op) {
                    case "putPlan" -> "plan";
                    case "putDefinition" -> "indicator-definition";
                    case "putValue" -> "monitoring-value";
                    default -> "plan-indicator";
                }, type);
                assertEquals(switch (op) {
                    case "putPlan", "putDefinition" -> t.key();
                    case "putValue" -> t.plan() + "/" + t.key() + "/2022";
                    default -> t.plan() + "/" + t.key();
                }, key);
                assertEquals(before, auditBefore);
                assertEquals(0, auditBefore.get("version"));
                assertEquals(r.jsonPath().getMap(""), auditAfter);
                assertEquals(given().when().get(resourcePath(op, t)).jsonPath().getMap(""), auditAfter);
                assertEquals(1, auditAfter.get("version"));
                switch (op) {
                    case "putPlan" -> assertEquals("十四五卫生健康规划（修订）", auditAfter.get("title"));
                    case "putDefinition" -> {
                        assertEquals("人", auditBefore.get("unit"));
                        assertEquals("万人", auditAfter.get("unit"));
                    }
                    case "putRow" -> assertEquals("≥81.5", row.getString("items[0].after.target.raw"));
                    case "patchRow" -> assertEquals("按年度监测", auditAfter.get("remarks"));
                    default -> {
                        assertEquals("80.9", row.getString("items[0].before.value"));
                        assertEquals("78.47", row.getString("items[0].after.value"));
                    }
                }
            }
            case "deletePlan", "deleteDefinition", "deleteRow", "deleteValue" -> {
                assertEquals("DELETE", operation);
                assertEquals(before, auditBefore);
                assertNull(auditAfter);
                given().when().get(resourcePath(op, t)).then().statusCode(404);
            }
            case "importRowsJson", "importRowsCsv" -> {
                assertEquals("IMPORT", operation);
                assertEquals("plan-indicators", type);
                assertEquals(t.plan(), key);
                assertEquals(Map.of("rows", 1), auditBefore);
                assertEquals(Map.of("rows", 2, "mode", "REPLACE", "imported", 2), auditAfter);
                given().when().get("/api/v1/plans/" + t.plan() + "/indicators").then().body("total", equalTo(2));
            }
            case "importValues" -> {
                assertEquals("IMPORT", operation);
                assertEquals("plan-values", type);
                assertEquals(t.plan(), key);
                assertEquals(Map.of("values", 1), auditBefore);
                assertEquals(Map.of("values", 2, "mode", "APPEND", "imported", 2), auditAfter);
                given().when().get("/api/v1/plans/" + t.plan() + "/indicators/" + t.key() + "/values/2022")
                        .then().statusCode(200).body("value", equalTo(81.02f));
            }
            default -> throw new IllegalArgumentException(op);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"createPlan", "putPlan", "deletePlan", "createRow", "putRow", "patchRow", "deleteRow",
            "importRowsJson", "importRowsCsv", "putValue", "deleteValue", "importValues"})
    void everyPlanWriteFollowsTheMatrix(String op) {
        assertRefused(op, null, OWN, 401);
        assertRefused(op, Tokens.badSignature(), OWN, 401);
        assertRefused(op, Tokens.expired(), OWN, 401);
        assertRefused(op, Tokens.editor(EDITOR, OWN), OTHER, 403);
        assertWrites(op, Tokens.editor(EDITOR, OWN), EDITOR, OWN);
        assertWrites(op, Tokens.admin(), Tokens.ADMIN_SUBJECT, OTHER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"createDefinition", "putDefinition", "deleteDefinition"})
    void definitionWritesNeedAnAdmin(String op) {
        assertRefused(op, null, null, 401);
        assertRefused(op, Tokens.badSignature(), null, 401);
        assertRefused(op, Tokens.expired(), null, 401);
        assertRefused(op, Tokens.editor(EDITOR, OWN), null, 403);
        assertRefused(op, Tokens.editor("editor-all", OWN, OTHER), null, 403);
        assertWrites(op, Tokens.admin(), Tokens.ADMIN_SUBJECT, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"createPlan", "putPlan", "deletePlan", "createRow", "putRow", "patchRow", "deleteRow",
            "importRowsJson", "importRowsCsv", "putValue", "deleteValue", "importValues"})
    void aTokenWithoutAWritingRoleIsForbidden(String op) {
        assertRefused(op, Tokens.reader("reader-1"), OWN, 403);
        assertRefused(op, Tokens.editor("editor-nowhere"), OWN, 403);
    }

    @Test
    void movingAPlanNeedsRightsOnBothRegions() {
        Target t = setup("putPlan", OWN);
        String before = state("putPlan", t);
        long audits = auditTotal();
        String moved = plan(t.plan(), OTHER, "十四五卫生健康发展规划");
        as(Tokens.editor(EDITOR, OWN)).contentType(ContentType.JSON).body(moved).when().put("/api/v1/plans/" + t.plan())
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString(OTHER));
        as(Tokens.editor("editor-yuzhong", OTHER)).contentType(ContentType.JSON).body(moved).when().put("/api/v1/plans/" + t.plan())
                .then().statusCode(403).body("detail", containsString(OWN));
        assertEquals(before, state("putPlan", t));
        assertEquals(audits, auditTotal());

        as(Tokens.editor("editor-both", OWN, OTHER)).contentType(ContentType.JSON).body(moved).when().put("/api/v1/plans/" + t.plan())
                .then().statusCode(200).body("regionCode", equalTo(OTHER));
        JsonPath row = newestAudit();
        assertEquals(audits + 1, auditTotal());
        assertEquals(OWN, row.getString("items[0].before.regionCode"));
        assertEquals(OTHER, row.getString("items[0].after.regionCode"));
        assertEquals(OTHER, row.getString("items[0].regionCode"));
        assertEquals("editor-both", row.getString("items[0].subject"));
        // the plan's rows now belong to the new region: the first editor may no longer write them
        as(Tokens.editor(EDITOR, OWN)).contentType(ContentType.JSON).body(ROW).when().post("/api/v1/plans/" + t.plan() + "/indicators")
                .then().statusCode(403);
    }

    @Test
    void aDryRunImportWritesNoAuditRow() {
        Target t = setup("importRowsJson", OWN);
        String before = state("importRowsJson", t);
        long audits = auditTotal();
        as(Tokens.editor(EDITOR, OWN)).contentType(ContentType.JSON).body("[" + ROW + "]")
                .when().post("/api/v1/plans/" + t.plan() + "/indicators/import?mode=replace&dryRun=true")
                .then().statusCode(200).body("dryRun", equalTo(true));
        assertEquals(before, state("importRowsJson", t));
        assertEquals(audits, auditTotal());
    }

    @Test
    void aFailedWriteLeavesNoAuditRow() {
        Target t = setup("putRow", OWN);
        long audits = auditTotal();
        String before = state("putRow", t);
        as(Tokens.editor(EDITOR, OWN)).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(ROW)
                .when().put("/api/v1/plans/" + t.plan() + "/indicators/" + t.key()).then().statusCode(412);
        as(Tokens.editor(EDITOR, OWN)).contentType(ContentType.JSON).body("[{\"name\": \"\", \"target\": {\"raw\": \"≥81\"}}]")
                .when().post("/api/v1/plans/" + t.plan() + "/indicators/import?mode=replace").then().statusCode(400);
        assertEquals(before, state("putRow", t));
        assertEquals(audits, auditTotal());
    }

    @Test
    void readsArePublicByDefault() {
        Target t = setup("putValue", OWN);
        given().when().get("/api/v1/plans/" + t.plan()).then().statusCode(200).body("regionCode", equalTo(OWN));
        given().when().get("/api/v1/plans?regionCode=" + OWN).then().statusCode(200);
        given().when().get("/api/v1/plans/" + t.plan() + "/indicators").then().statusCode(200).body("total", equalTo(1));
        given().when().get("/api/v1/plans/" + t.plan() + "/indicators/" + t.key() + "/values/2022").then().statusCode(200);
        given().when().get("/api/v1/plans/" + t.plan() + "/evaluation").then().statusCode(200);
        given().when().get("/api/v1/indicator-definitions/LIFE_EXPECTANCY").then().statusCode(200);
    }
}
