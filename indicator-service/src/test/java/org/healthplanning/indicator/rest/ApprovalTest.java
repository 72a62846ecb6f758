package org.healthplanning.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * Approval of monitoring values per plan and year: every transition by role (editor, reviewer, admin,
 * anonymous, reader) and region (covered, not covered, covered by the parent region), the locks on
 * submitted and approved values (single writes, imports, row and plan deletion), returned values edited
 * and resubmitted, {@code approvedOnly} on the evaluation, the comparison and the export, the history in
 * the status and one audit row per transition.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class ApprovalTest {
    static final AtomicInteger SEQ = new AtomicInteger();
    static final String EDITOR = Tokens.editor("editor-tongliang", "500151");
    static final String EDITOR_OTHER = Tokens.editor("editor-yuzhong", "500103");
    static final String REVIEWER = Tokens.reviewer("reviewer-tongliang", "500151");
    static final String REVIEWER_PARENT = Tokens.reviewer("reviewer-chongqing", "500000");
    static final String REVIEWER_OTHER = Tokens.reviewer("reviewer-yuzhong", "500103");
    static final String READER = Tokens.reader("reader-tongliang");
    static final String ADMIN = Tokens.admin();

    static final String LIFE = "{\"seq\": \"1\", \"name\": \"人口平均预期寿命\", \"unit\": \"岁\", \"baseline\": {\"raw\": \"80.78\"}, \"target\": {\"raw\": \"≥81\"}}";
    static final String MATERNAL = "{\"seq\": \"2\", \"name\": \"孕产妇死亡率\", \"unit\": \"/10万\", \"baseline\": {\"raw\": \"10\"}, \"target\": {\"raw\": \"≤9\"}}";

    @BeforeEach
    void noDefaultToken() {
        Tokens.anonymousByDefault();
    }

    static RequestSpecification as(String token) {
        RequestSpecification spec = given();
        return token == null ? spec : spec.header("Authorization", Tokens.bearer(token));
    }

    /** A new plan of 铜梁区 (500151), 2021-2025 (values 2020..2025). */
    static String plan() {
        String code = "appr-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
        as(ADMIN).contentType(ContentType.JSON).body("""
                {"code": "%s", "regionCode": "500151", "title": "审批测试规划", "periodStart": 2021, "periodEnd": 2025}""".formatted(code))
                .when().post("/api/v1/plans").then().statusCode(201);
        return code;
    }

    static long row(String plan, String json) {
        return as(ADMIN).contentType(ContentType.JSON).body(json).when().post("/api/v1/plans/" + plan + "/indicators")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static String valuePath(String plan, long row, int year) {
        return "/api/v1/plans/" + plan + "/indicators/" + row + "/values/" + year;
    }

    static Response putValue(String token, String plan, long row, int year, String value) {
        return as(token).contentType(ContentType.JSON).body("{\"value\": " + value + ", \"status\": \"FINAL\"}")
                .when().put(valuePath(plan, row, year));
    }

    static JsonPath value(String plan, long row, int year) {
        return given().when().get(valuePath(plan, row, year)).then().statusCode(200).extract().jsonPath();
    }

    static Response act(String token, String plan, int year, String action, String comment) {
        RequestSpecification spec = as(token);
        if (comment != null) {
            spec = spec.contentType(ContentType.JSON).body(Map.of("comment", comment));
        }
        return spec.when().post("/api/v1/plans/" + plan + "/approvals/" + year + "/" + action);
    }

    static JsonPath ok(Response r) {
        return r.then().log().ifValidationFails().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    static JsonPath status(String plan, int year) {
        return ok(given().when().get("/api/v1/plans/" + plan + "/approvals/" + year));
    }

    static void refused(Response r, int status) {
        r.then().log().ifValidationFails().statusCode(status).contentType("application/problem+json");
    }

    static void assertCounts(JsonPath s, int draft, int returned, int submitted, int approved) {
        assertEquals(List.of(draft, returned, submitted, approved),
                List.of(s.getInt("counts.DRAFT"), s.getInt("counts.RETURNED"), s.getInt("counts.SUBMITTED"), s.getInt("counts.APPROVED")));
    }

    /** A plan with two rows and their 2023 values (79.1 and 9.5), as DRAFT. */
    record Fixture(String plan, long life, long maternal) {
    }

    static Fixture fixture() {
        String plan = plan();
        long life = row(plan, LIFE);
        long maternal = row(plan, MATERNAL);
        putValue(EDITOR, plan, life, 2023, "79.1").then().statusCode(201).body("approvalState", equalTo("DRAFT"));
        putValue(EDITOR, plan, maternal, 2023, "9.5").then().statusCode(201);
        return new Fixture(plan, life, maternal);
    }

    static JsonPath audit(String plan, int year) {
        return as(ADMIN).when().get("/api/v1/audit?resourceType=plan-approval&key=" + plan + "/" + year)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void submitNeedsAnEditorOfThePlansRegionOrAnAdmin() {
        Fixture f = fixture();
        refused(act(null, f.plan(), 2023, "submit", null), 401);
        refused(act(READER, f.plan(), 2023, "submit", null), 403);
        refused(act(REVIEWER, f.plan(), 2023, "submit", null), 403);
        refused(act(EDITOR_OTHER, f.plan(), 2023, "submit", null), 403);
        JsonPath s = status(f.plan(), 2023);
        assertEquals("DRAFT", s.getString("state"));
        assertCounts(s, 2, 0, 0, 0);
        assertEquals(0, s.getList("history").size(), "refusals leave no history");
        assertEquals(0, audit(f.plan(), 2023).getInt("total"), "refusals leave no audit row");

        s = ok(act(EDITOR, f.plan(), 2023, "submit", null));
        assertEquals(f.plan(), s.getString("planCode"));
        assertEquals(2023, s.getInt("year"));
        assertEquals("SUBMITTED", s.getString("state"));
        assertCounts(s, 0, 0, 2, 0);
        assertEquals("SUBMIT", s.getString("history[0].action"));
        assertEquals("DRAFT", s.getString("history[0].fromState"));
        assertEquals("SUBMITTED", s.getString("history[0].toState"));
        assertEquals("editor-tongliang", s.getString("history[0].by"));
        assertEquals(2, s.getInt("history[0].values"));
        assertNull(s.get("history[0].comment"));
        assertEquals("SUBMITTED", value(f.plan(), f.life(), 2023).getString("approvalState"));

        // nothing left to submit: 409 naming the year's state
        act(EDITOR, f.plan(), 2023, "submit", null).then().statusCode(409).contentType("application/problem+json")
                .body("approvalState", equalTo("SUBMITTED")).body("detail", containsString("DRAFT or RETURNED"));

        // an admin submits too (another plan)
        Fixture g = fixture();
        assertEquals("SUBMITTED", ok(act(ADMIN, g.plan(), 2023, "submit", "年报数据已录入")).getString("state"));
        assertEquals("年报数据已录入", status(g.plan(), 2023).getString("history[0].comment"));
    }

    @Test
    void reviewersOfTheRegionApproveReturnAndReopenWithHistoryAndAudit() {
        Fixture f = fixture();
        ok(act(EDITOR, f.plan(), 2023, "submit", null));
        for (String action : List.of("approve", "return", "reopen")) {
            refused(act(null, f.plan(), 2023, action, "原因"), 401);
            refused(act(READER, f.plan(), 2023, action, "原因"), 403);
            refused(act(EDITOR, f.plan(), 2023, action, "原因"), 403);
            refused(act(REVIEWER_OTHER, f.plan(), 2023, action, "原因"), 403);
        }
        assertCounts(status(f.plan(), 2023), 0, 0, 2, 0);

        // return needs a comment
        act(REVIEWER, f.plan(), 2023, "return", null).then().statusCode(400).body("errors[0].field", equalTo("comment"));
        act(REVIEWER, f.plan(), 2023, "return", "  ").then().statusCode(400).body("errors[0].field", equalTo("comment"));
        JsonPath s = ok(act(REVIEWER, f.plan(), 2023, "return", "孕产妇死亡率与妇幼年报不一致"));
        assertEquals("RETURNED", s.getString("state"));
        assertCounts(s, 0, 2, 0, 0);
        act(REVIEWER, f.plan(), 2023, "approve", null).then().statusCode(409).body("approvalState", equalTo("RETURNED"));

        // a returned value edited becomes DRAFT; the other stays RETURNED; both are resubmitted
        putValue(EDITOR, f.plan(), f.maternal(), 2023, "9.7").then().statusCode(200).body("approvalState", equalTo("DRAFT"));
        assertEquals("RETURNED", value(f.plan(), f.life(), 2023).getString("approvalState"));
        s = status(f.plan(), 2023);
        assertEquals("DRAFT", s.getString("state"), "the lowest state");
        assertCounts(s, 1, 1, 0, 0);
        s = ok(act(EDITOR, f.plan(), 2023, "submit", null));
        assertCounts(s, 0, 0, 2, 0);
        assertEquals(2, s.getInt("history[0].values"));

        // a reviewer of the parent region (500000 covers 500151) approves
        s = ok(act(REVIEWER_PARENT, f.plan(), 2023, "approve", null));
        assertEquals("APPROVED", s.getString("state"));
        assertCounts(s, 0, 0, 0, 2);
        act(REVIEWER, f.plan(), 2023, "approve", null).then().statusCode(409).body("approvalState", equalTo("APPROVED"));
        act(REVIEWER, f.plan(), 2023, "return", "再核对").then().statusCode(409).body("approvalState", equalTo("APPROVED"));

        // reopen needs a comment; an admin reopens
        act(REVIEWER, f.plan(), 2023, "reopen", null).then().statusCode(400).body("errors[0].field", equalTo("comment"));
        s = ok(act(ADMIN, f.plan(), 2023, "reopen", "统计局修订了人口数"));
        assertEquals("DRAFT", s.getString("state"));
        assertCounts(s, 2, 0, 0, 0);
        act(REVIEWER, f.plan(), 2023, "reopen", "再次").then().statusCode(409).body("approvalState", equalTo("DRAFT"));

        // the history, newest first
        s = status(f.plan(), 2023);
        assertEquals(List.of("REOPEN", "APPROVE", "SUBMIT", "RETURN", "SUBMIT"), s.getList("history.action"));
        assertEquals(List.of(Tokens.ADMIN_SUBJECT, "reviewer-chongqing", "editor-tongliang", "reviewer-tongliang", "editor-tongliang"),
                s.getList("history.by"));
        assertEquals(List.of("APPROVED", "SUBMITTED", "DRAFT", "SUBMITTED", "DRAFT"), s.getList("history.fromState"));
        assertEquals(List.of("DRAFT", "APPROVED", "SUBMITTED", "RETURNED", "SUBMITTED"), s.getList("history.toState"));
        assertEquals("统计局修订了人口数", s.getString("history[0].comment"));
        assertEquals("孕产妇死亡率与妇幼年报不一致", s.getString("history[3].comment"));
        assertEquals(List.of(2, 2, 2, 2, 2), s.getList("history.values"));
        assertTrue(!s.getString("history[0].at").isBlank());

        // one audit row per transition, newest first, with who, the comment and the counts
        JsonPath a = audit(f.plan(), 2023);
        assertEquals(5, a.getInt("total"));
        assertEquals(List.of("REOPEN", "APPROVE", "SUBMIT", "RETURN", "SUBMIT"), a.getList("items.operation"));
        assertEquals(List.of(Tokens.ADMIN_SUBJECT, "reviewer-chongqing", "editor-tongliang", "reviewer-tongliang", "editor-tongliang"),
                a.getList("items.subject"));
        assertEquals("500151", a.getString("items[0].regionCode"));
        assertEquals("APPROVED", a.getString("items[0].before.state"));
        assertEquals(2, a.getInt("items[0].before.counts.APPROVED"));
        assertEquals(2, a.getInt("items[0].after.counts.DRAFT"));
        assertEquals(0, a.getInt("items[0].after.counts.APPROVED"));
        assertEquals("REOPEN", a.getString("items[0].after.action"));
        assertEquals("统计局修订了人口数", a.getString("items[0].after.comment"));
        assertEquals("孕产妇死亡率与妇幼年报不一致", a.getString("items[3].after.comment"));
        assertEquals(1, a.getInt("items[2].before.counts.DRAFT"));
        assertEquals(1, a.getInt("items[2].before.counts.RETURNED"));
        assertEquals(2, a.getInt("items[2].after.counts.SUBMITTED"));

        // the list: one status per year with values
        putValue(EDITOR, f.plan(), f.life(), 2022, "79.0").then().statusCode(201);
        JsonPath list = ok(given().when().get("/api/v1/plans/" + f.plan() + "/approvals"));
        assertEquals(List.of(2022, 2023), list.getList("items.year"));
        assertEquals(List.of("DRAFT", "DRAFT"), list.getList("items.state"));
        assertEquals(1, list.getInt("items[0].counts.DRAFT"));
        assertEquals(0, list.getList("items[0].history").size());
        assertEquals(5, list.getList("items[1].history").size());
    }

    @Test
    void unknownPlansYearsOutsideThePlanAndEmptyYearsAreRefused() {
        Fixture f = fixture();
        refused(act(ADMIN, "no-such-plan", 2023, "submit", null), 404);
        refused(given().when().get("/api/v1/plans/no-such-plan/approvals"), 404);
        act(ADMIN, f.plan(), 2030, "submit", null).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("year")).body("detail", containsString("2020"));
        act(ADMIN, f.plan(), 2019, "approve", null).then().statusCode(400).body("errors[0].field", equalTo("year"));
        as(ADMIN).when().post("/api/v1/plans/" + f.plan() + "/approvals/abc/submit").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        given().when().get("/api/v1/plans/" + f.plan() + "/approvals/2026").then().statusCode(400).body("errors[0].field", equalTo("year"));
        act(ADMIN, f.plan(), 2023, "return", "x".repeat(2001)).then().statusCode(400).body("errors[0].field", equalTo("comment"));
        as(ADMIN).contentType(ContentType.JSON).body("{\"comment\": 5}").when()
                .post("/api/v1/plans/" + f.plan() + "/approvals/2023/return").then().statusCode(400).body("errors[0].field", equalTo("comment"));

        // a year without values: nothing to submit
        act(EDITOR, f.plan(), 2022, "submit", null).then().statusCode(409).contentType("application/problem+json")
                .body("approvalState", nullValue()).body("detail", containsString("no monitoring value for 2022"));
        JsonPath empty = status(f.plan(), 2022);
        assertNull(empty.get("state"));
        assertCounts(empty, 0, 0, 0, 0);
        // approving DRAFT values: nothing submitted
        act(REVIEWER, f.plan(), 2023, "approve", null).then().statusCode(409)
                .body("approvalState", equalTo("DRAFT")).body("detail", containsString("SUBMITTED"));
        assertCounts(status(f.plan(), 2023), 2, 0, 0, 0);
        assertEquals(0, audit(f.plan(), 2023).getInt("total"));
    }

    @Test
    void submittedAndApprovedValuesAreLocked() {
        Fixture f = fixture();
        putValue(EDITOR, f.plan(), f.life(), 2022, "79.0").then().statusCode(201);
        ok(act(EDITOR, f.plan(), 2023, "submit", null));
        assertLocked(f, "SUBMITTED");
        ok(act(REVIEWER, f.plan(), 2023, "approve", null));
        assertLocked(f, "APPROVED");

        // a reviewer cannot write values
        refused(putValue(REVIEWER, f.plan(), f.life(), 2022, "79.2"), 403);
        // after reopening, values can be changed and deleted again
        ok(act(REVIEWER, f.plan(), 2023, "reopen", "修订"));
        putValue(EDITOR, f.plan(), f.life(), 2023, "79.3").then().statusCode(200).body("value", equalTo(79.3f));
        as(EDITOR).when().delete(valuePath(f.plan(), f.maternal(), 2023)).then().statusCode(204);
        as(ADMIN).when().delete("/api/v1/plans/" + f.plan()).then().statusCode(204);
    }

    /** Every write touching the 2023 values is refused with 409 naming the state, and nothing changes. */
    private void assertLocked(Fixture f, String state) {
        JsonPath before = value(f.plan(), f.life(), 2023);
        assertEquals(state, before.getString("approvalState"));
        String exported = given().when().get("/api/v1/plans/" + f.plan() + "/values/export").then().statusCode(200).extract().asString();

        putValue(EDITOR, f.plan(), f.life(), 2023, "80.0").then().statusCode(409).contentType("application/problem+json")
                .body("approvalState", equalTo(state)).body("detail", containsString(state));
        putValue(ADMIN, f.plan(), f.life(), 2023, "80.0").then().statusCode(409).body("approvalState", equalTo(state));
        as(EDITOR).when().delete(valuePath(f.plan(), f.life(), 2023)).then().statusCode(409).body("approvalState", equalTo(state));

        // an import changing a locked value is refused whole, naming its row; the DRAFT 2022 value in it is not written either
        String changing = "[{\"indicatorId\": %d, \"year\": 2022, \"value\": 78.0}, {\"indicatorId\": %d, \"year\": 2023, \"value\": 10.5}]"
                .formatted(f.life(), f.maternal());
        as(EDITOR).contentType(ContentType.JSON).body(changing).when().post("/api/v1/plans/" + f.plan() + "/values/import")
                .then().statusCode(409).contentType("application/problem+json").body("approvalState", equalTo(state))
                .body("errors[0].row", equalTo(2)).body("errors[0].field", equalTo("approvalState"));
        assertEquals("79.0", value(f.plan(), f.life(), 2022).getString("value"));
        // mode=replace leaving locked values out would delete them
        String onlyDraft = "[{\"indicatorId\": %d, \"year\": 2022, \"value\": 78.0}]".formatted(f.life());
        as(EDITOR).contentType(ContentType.JSON).body(onlyDraft).when().post("/api/v1/plans/" + f.plan() + "/values/import?mode=replace")
                .then().statusCode(409).body("approvalState", equalTo(state)).body("errors.size()", equalTo(2));
        as(EDITOR).contentType(ContentType.JSON).body(onlyDraft)
                .when().post("/api/v1/plans/" + f.plan() + "/values/import?mode=replace&dryRun=true").then().statusCode(409);
        assertEquals("79.0", value(f.plan(), f.life(), 2022).getString("value"));

        // deleting a row or the plan holding locked values
        as(EDITOR).when().delete("/api/v1/plans/" + f.plan() + "/indicators/" + f.life()).then().statusCode(409)
                .contentType("application/problem+json").body("approvalState", equalTo(state));
        as(ADMIN).when().delete("/api/v1/plans/" + f.plan()).then().statusCode(409).body("approvalState", equalTo(state));
        as(ADMIN).contentType(ContentType.JSON).body("[" + MATERNAL + "]")
                .when().post("/api/v1/plans/" + f.plan() + "/indicators/import?mode=replace").then().statusCode(409)
                .body("approvalState", equalTo(state));
        given().when().get("/api/v1/plans/" + f.plan() + "/indicators/" + f.life()).then().statusCode(200);

        JsonPath after = value(f.plan(), f.life(), 2023);
        assertEquals(before.getString("value"), after.getString("value"));
        assertEquals(before.getLong("version"), after.getLong("version"));
        assertEquals(state, after.getString("approvalState"));

        // the export re-imports unchanged (locked values sent as they are); a DRAFT value still changes
        as(EDITOR).contentType("text/csv; charset=UTF-8").body(exported.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/plans/" + f.plan() + "/values/import?mode=replace").then().statusCode(200).body("imported", equalTo(3));
        assertEquals(exported, given().when().get("/api/v1/plans/" + f.plan() + "/values/export").then().statusCode(200).extract().asString());
        putValue(EDITOR, f.plan(), f.life(), 2022, "79.05").then().statusCode(200).body("approvalState", equalTo("DRAFT"));
        putValue(EDITOR, f.plan(), f.life(), 2022, "79.0").then().statusCode(200);
        assertCounts(status(f.plan(), 2023), 0, 0, "SUBMITTED".equals(state) ? 2 : 0, "APPROVED".equals(state) ? 2 : 0);
    }

    @Test
    void approvedOnlyEvaluationCountsOnlyApprovedValues() {
        Fixture f = fixture();
        // 2022: life expectancy approved; 2023 (the fixture's): both DRAFT
        putValue(EDITOR, f.plan(), f.life(), 2022, "79.0").then().statusCode(201);
        ok(act(EDITOR, f.plan(), 2022, "submit", null));
        ok(act(REVIEWER, f.plan(), 2022, "approve", null));
        String url = "/api/v1/plans/" + f.plan() + "/evaluation";

        JsonPath all = ok(given().when().get(url));
        assertEquals(2023, all.getInt("year"));
        assertEquals("79.1", all.getString("indicators.find { it.id == " + f.life() + " }.actual.value"));
        assertEquals(2023, all.getInt("indicators.find { it.id == " + f.life() + " }.actual.year"));
        assertEquals("DRAFT", all.getString("indicators.find { it.id == " + f.life() + " }.approvalState"));
        assertEquals("9.5", all.getString("indicators.find { it.id == " + f.maternal() + " }.actual.value"));

        for (int i = 0; i < 2; i++) { // the second answer comes from the cache, which keeps both apart
            JsonPath approved = ok(given().when().get(url + "?approvedOnly=true"));
            assertEquals(2022, approved.getInt("year"), "the latest year with an approved value");
            assertEquals("79.0", approved.getString("indicators.find { it.id == " + f.life() + " }.actual.value"));
            assertEquals("APPROVED", approved.getString("indicators.find { it.id == " + f.life() + " }.approvalState"));
            assertNull(approved.get("indicators.find { it.id == " + f.maternal() + " }.actual"));
            assertNull(approved.get("indicators.find { it.id == " + f.maternal() + " }.approvalState"));
            assertEquals("NO_DATA", approved.getString("indicators.find { it.id == " + f.maternal() + " }.status"));
            assertEquals(1, approved.getInt("summary.NO_DATA"));
        }
        JsonPath at2023 = ok(given().when().get(url + "?year=2023&approvedOnly=true"));
        assertEquals(2022, at2023.getInt("indicators.find { it.id == " + f.life() + " }.actual.year"), "the latest approved at or before");
        assertEquals(2023, ok(given().when().get(url + "?approvedOnly=false")).getInt("year"));
        given().when().get(url + "?approvedOnly=maybe").then().statusCode(400).body("errors[0].field", equalTo("approvedOnly"));

        // a transition changes the plan's revision: the ETag and the cached approvedOnly answer follow
        String etag = given().when().get(url + "?approvedOnly=true").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get(url + "?approvedOnly=true").then().statusCode(304);
        ok(act(EDITOR, f.plan(), 2023, "submit", null));
        String submitted = given().when().get(url + "?approvedOnly=true").then().statusCode(200).extract().header("ETag");
        assertNotEquals(etag, submitted);
        given().header("If-None-Match", etag).when().get(url + "?approvedOnly=true").then().statusCode(200);
        ok(act(REVIEWER, f.plan(), 2023, "approve", null));
        JsonPath now = ok(given().when().get(url + "?approvedOnly=true"));
        assertEquals(2023, now.getInt("year"));
        assertEquals("79.1", now.getString("indicators.find { it.id == " + f.life() + " }.actual.value"));
        assertEquals("APPROVED", now.getString("indicators.find { it.id == " + f.maternal() + " }.approvalState"));
        assertEquals("APPROVED", ok(given().when().get(url)).getString("indicators.find { it.id == " + f.life() + " }.approvalState"));
    }

    @Test
    void approvedOnlyComparisonAndExport() {
        Fixture approved = fixture();
        Fixture draft = fixture();
        ok(act(EDITOR, approved.plan(), 2023, "submit", null));
        ok(act(REVIEWER, approved.plan(), 2023, "approve", null));
        String url = "/api/v1/indicator-definitions/LIFE_EXPECTANCY/comparison?year=2023";

        JsonPath all = ok(given().when().get(url));
        assertEquals("79.1", all.getString("find { it.planCode == '" + approved.plan() + "' }.actual.value"));
        assertEquals("79.1", all.getString("find { it.planCode == '" + draft.plan() + "' }.actual.value"));
        assertEquals("actual", all.getString("find { it.planCode == '" + draft.plan() + "' }.rankedBy"));

        JsonPath only = ok(given().when().get(url + "&approvedOnly=true"));
        assertEquals("79.1", only.getString("find { it.planCode == '" + approved.plan() + "' }.actual.value"));
        assertEquals("actual", only.getString("find { it.planCode == '" + approved.plan() + "' }.rankedBy"));
        assertNull(only.get("find { it.planCode == '" + draft.plan() + "' }.actual"));
        assertEquals("baseline", only.getString("find { it.planCode == '" + draft.plan() + "' }.rankedBy"));
        assertEquals("80.78", only.getString("find { it.planCode == '" + draft.plan() + "' }.rankValue"));
        given().when().get(url + "&approvedOnly=2").then().statusCode(400).body("errors[0].field", equalTo("approvedOnly"));

        // the export: approvalState last; approvedOnly keeps the approved lines
        putValue(EDITOR, approved.plan(), approved.life(), 2022, "79.0").then().statusCode(201);
        String csv = given().when().get("/api/v1/plans/" + approved.plan() + "/values/export").then().statusCode(200).extract().asString();
        List<String> lines = csv.lines().toList();
        assertTrue(lines.get(0).endsWith(",note,approvalState"), lines.get(0));
        assertEquals(4, lines.size(), csv);
        assertEquals(2, lines.stream().filter(l -> l.endsWith(",APPROVED")).count(), csv);
        assertEquals(1, lines.stream().filter(l -> l.endsWith(",DRAFT")).count(), csv);
        String approvedCsv = given().when().get("/api/v1/plans/" + approved.plan() + "/values/export?approvedOnly=true")
                .then().statusCode(200).extract().asString();
        List<String> approvedLines = approvedCsv.lines().toList();
        assertEquals(3, approvedLines.size(), approvedCsv);
        assertTrue(approvedLines.stream().skip(1).allMatch(l -> l.contains(",2023,") && l.endsWith(",APPROVED")), approvedCsv);
        given().when().get("/api/v1/plans/" + approved.plan() + "/values/export?approvedOnly=x").then().statusCode(400)
                .body("errors[0].field", equalTo("approvedOnly"));

        // the export re-imports (approvalState read and ignored): nothing changes
        as(EDITOR).contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/plans/" + approved.plan() + "/values/import").then().statusCode(200).body("imported", equalTo(3));
        assertEquals(csv, given().when().get("/api/v1/plans/" + approved.plan() + "/values/export").then().statusCode(200).extract().asString());
        // a JSON import carrying approvalState does not approve anything
        as(EDITOR).contentType(ContentType.JSON)
                .body("[{\"indicatorId\": %d, \"year\": 2023, \"value\": 9.5, \"approvalState\": \"APPROVED\"}]".formatted(draft.maternal()))
                .when().post("/api/v1/plans/" + draft.plan() + "/values/import").then().statusCode(200);
        assertEquals("DRAFT", value(draft.plan(), draft.maternal(), 2023).getString("approvalState"));
        // nor does a PUT
        as(EDITOR).contentType(ContentType.JSON).body("{\"value\": 9.4, \"approvalState\": \"APPROVED\"}")
                .when().put(valuePath(draft.plan(), draft.maternal(), 2023)).then().statusCode(200).body("approvalState", equalTo("DRAFT"));
    }
}
