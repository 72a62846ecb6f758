package org.healthplanning.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.healthplanning.suite.Http.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Facts one service owns and another relies on, with the real services: a plan's region (owned by
 * indicator-service) decides who may write the plan's projects and declared totals in
 * project-service, directly and through the gateway; a plan's region must exist in facility-service;
 * references to unknown plans are refused; while an owner is down, writes that need it answer 503.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrossServiceIT {
    /** Tongliang's plan, region 500151: "district B". */
    private static final String PLAN_B = "tongliang-14th";
    private static final String REGION_B = "500151";
    /** Yuzhong's plan, region 500103: "district A", whose editor attacks B's plan. */
    private static final String PLAN_A = "yuzhong-14th";
    private static final String REGION_A = "500103";

    private static SuiteUnderTest sut;
    private static Http editorA;
    private static Http editorB;

    @BeforeAll
    static void startSuite() throws Exception {
        sut = SuiteUnderTest.start("cross-service");
        String issuer = System.getenv().getOrDefault("HEALTHPLAN_JWT_ISSUER", DevToken.DEFAULT_ISSUER);
        editorA = new Http("", DevToken.editor(RunningSuite.ROOT, issuer, Duration.ofHours(1), REGION_A).orElseThrow(), Duration.ofSeconds(30));
        editorB = new Http("", DevToken.editor(RunningSuite.ROOT, issuer, Duration.ofHours(1), REGION_B).orElseThrow(), Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopSuite() {
        if (sut != null) {
            sut.close();
        }
    }

    /** project-service on its own port, and the gateway: the rules must hold on both. */
    private static List<String> entries() {
        return List.of(sut.services.get("project-service").baseUrl(), sut.suite.gatewayUrl());
    }

    /** What B's plan shows: its summary, its declared totals and its projects. */
    private static String stateOfB() {
        String base = sut.suite.gatewayUrl();
        Reply summary = sut.get(base + "/api/v1/plans/" + PLAN_B + "/project-summary");
        assertEquals(200, summary.status(), summary.toString());
        Reply totals = sut.get(base + "/api/v1/plans/" + PLAN_B + "/declared-totals");
        Reply projects = sut.get(base + "/api/v1/projects?planCode=" + PLAN_B + "&size=500");
        return summary.body() + "\n" + totals.body() + "\n" + projects.body();
    }

    private static long aProjectOf(String plan) {
        JsonNode items = sut.get(sut.suite.gatewayUrl() + "/api/v1/projects?planCode=" + plan + "&size=1").json().path("items");
        assertTrue(items.size() > 0, "plan " + plan + " has projects");
        return items.get(0).path("id").asLong();
    }

    @Test
    @Order(1)
    void anEditorOfAnotherDistrictCannotWriteAPlansProjectsOrTotalsThroughAnyRoute() {
        String before = stateOfB();
        long projectOfB = aProjectOf(PLAN_B);
        long projectOfA = aProjectOf(PLAN_A);
        JsonNode ownProject = sut.get(sut.suite.gatewayUrl() + "/api/v1/projects/" + projectOfA).json();
        String movedToB = ((com.fasterxml.jackson.databind.node.ObjectNode) ownProject.deepCopy()).put("planCode", PLAN_B).toString();
        List<String> refused = new ArrayList<>();
        for (String base : entries()) {
            Map<String, Reply> attempts = new java.util.LinkedHashMap<>();
            attempts.put("create in B's plan with A's region", editorA.post(base + "/api/v1/projects", """
                    {"planCode": "%s", "regionCode": "%s", "name": "越权项目", "investment10kCny": 99999}""".formatted(PLAN_B, REGION_A)));
            attempts.put("create in B's plan with B's region", editorA.post(base + "/api/v1/projects", """
                    {"planCode": "%s", "regionCode": "%s", "name": "越权项目", "investment10kCny": 99999}""".formatted(PLAN_B, REGION_B)));
            attempts.put("create in B's plan without a region", editorA.post(base + "/api/v1/projects", """
                    {"planCode": "%s", "name": "越权项目", "investment10kCny": 99999}""".formatted(PLAN_B)));
            attempts.put("import into B's plan (parameter)", editorA.send("POST", base + "/api/v1/projects/import?planCode=" + PLAN_B,
                    "application/json", """
                    [{"regionCode": "%s", "name": "越权导入", "investment10kCny": 88888}]""".formatted(REGION_A), null));
            attempts.put("import into B's plan (rows)", editorA.send("POST", base + "/api/v1/projects/import", "application/json", """
                    [{"planCode": "%s", "regionCode": "%s", "name": "越权导入", "investment10kCny": 88888}]""".formatted(PLAN_B, REGION_A), null));
            attempts.put("replace B's projects", editorA.send("POST", base + "/api/v1/projects/import?mode=replace&planCode=" + PLAN_B,
                    "application/json", "[]", null));
            attempts.put("set B's declared totals", editorA.put(base + "/api/v1/plans/" + PLAN_B + "/declared-totals", """
                    {"floorAreaM2": 1, "investment10kCny": 1, "newLandMu": 1}""", null));
            attempts.put("delete B's declared totals", editorA.send("DELETE", base + "/api/v1/plans/" + PLAN_B + "/declared-totals", null, null, null));
            attempts.put("patch B's project", editorA.patch(base + "/api/v1/projects/" + projectOfB, "{\"investment10kCny\": 1}", null));
            attempts.put("delete B's project", editorA.send("DELETE", base + "/api/v1/projects/" + projectOfB, null, null, null));
            attempts.put("move A's project into B's plan", editorA.put(base + "/api/v1/projects/" + projectOfA, movedToB, null));
            attempts.forEach((what, reply) -> {
                if (reply.status() != 403 || !reply.problem()) {
                    refused.add(base + ": " + what + " answered " + reply);
                }
            });
        }
        assertTrue(refused.isEmpty(), "every cross-district write is a 403 problem:\n" + String.join("\n", refused));
        assertEquals(before, stateOfB(), "B's summary, totals and projects are unchanged");
        assertEquals(PLAN_A, sut.get(sut.suite.gatewayUrl() + "/api/v1/projects/" + projectOfA).json().path("planCode").asText());
    }

    @Test
    @Order(2)
    void thePlansOwnEditorWritesItsProjectsInItsRegionAndSubRegionsOnly() {
        for (String base : entries()) {
            Reply town = editorB.post(base + "/api/v1/projects", """
                    {"planCode": "%s", "regionCode": "500151101000", "name": "镇卫生院改造", "investment10kCny": 120}""".formatted(PLAN_B));
            assertEquals(201, town.status(), "a project in a town of the plan's district: " + town);
            Reply defaulted = editorB.post(base + "/api/v1/projects", """
                    {"planCode": "%s", "name": "区级项目", "investment10kCny": 80}""".formatted(PLAN_B));
            assertEquals(201, defaulted.status(), defaulted.toString());
            assertEquals(REGION_B, defaulted.json().path("regionCode").asText(), "the region defaults to the plan's");
            assertEquals(204, editorB.send("DELETE", base + "/api/v1/projects/" + town.json().path("id").asLong(), null, null, null).status());
            assertEquals(204, editorB.send("DELETE", base + "/api/v1/projects/" + defaulted.json().path("id").asLong(), null, null, null).status());

            Reply outside = sut.http.post(base + "/api/v1/projects", """
                    {"planCode": "%s", "regionCode": "%s", "name": "外区项目", "investment10kCny": 80}""".formatted(PLAN_B, REGION_A));
            assertEquals(422, outside.status(), "even an admin cannot put A's region into B's plan: " + outside);
            assertEquals("regionCode", outside.json().path("errors").path(0).path("field").asText());
        }
    }

    @Test
    @Order(3)
    void unknownReferencesAreRefusedAndNothingIsWritten() {
        String gateway = sut.suite.gatewayUrl();
        for (String base : entries()) {
            Reply summary = sut.get(base + "/api/v1/plans/nope/project-summary");
            assertEquals(404, summary.status(), "the summary of an unknown plan: " + summary);
            assertTrue(summary.problem(), summary.toString());
            Reply project = sut.http.post(base + "/api/v1/projects", """
                    {"planCode": "no-such-plan", "regionCode": "500151", "name": "无主项目"}""");
            assertEquals(422, project.status(), project.toString());
            assertEquals("planCode", project.json().path("errors").path(0).path("field").asText());
            Reply totals = sut.http.put(base + "/api/v1/plans/no-such-plan/declared-totals", """
                    {"floorAreaM2": 1, "investment10kCny": 1, "newLandMu": 1}""", null);
            assertEquals(404, totals.status(), totals.toString());
        }
        assertEquals(0, sut.get(gateway + "/api/v1/projects?planCode=no-such-plan").json().path("total").asInt());

        Reply plan = sut.http.post(gateway + "/api/v1/plans", """
                {"code": "nowhere-15th", "regionCode": "999999", "title": "无此地区的规划", "periodStart": 2026, "periodEnd": 2030}""");
        assertEquals(422, plan.status(), "a plan for a region facility-service does not know: " + plan);
        assertEquals("regionCode", plan.json().path("errors").path(0).path("field").asText());
        assertEquals(404, sut.get(gateway + "/api/v1/plans/nowhere-15th").status());

        Reply named = sut.http.post(gateway + "/api/v1/plans", """
                {"code": "named-15th", "regionCode": "500151", "regionName": "随便写的名字", "title": "铜梁区“十五五”规划",
                 "periodStart": 2026, "periodEnd": 2030}""");
        assertEquals(201, named.status(), named.toString());
        assertEquals("重庆市铜梁区", named.json().path("regionName").asText(), "the region's name, not the text sent");

        long row = sut.get(gateway + "/api/v1/plans/" + PLAN_B + "/indicators?size=1").json().path("items").path(0).path("id").asLong();
        Reply value = sut.http.put(gateway + "/api/v1/plans/" + PLAN_B + "/indicators/" + row + "/values/1990", "{\"value\": 70}", null);
        assertEquals(400, value.status(), "a value before the plan's baseline year: " + value);
        assertEquals("year", value.json().path("errors").path(0).path("field").asText());
    }

    @Test
    @Order(4)
    void whileIndicatorServiceIsDownAWriteNamingAPlanIs503AndNothingIsWritten() throws Exception {
        String gateway = sut.suite.gatewayUrl();
        String projectService = sut.services.get("project-service").baseUrl();
        int before = sut.get(gateway + "/api/v1/projects?planCode=" + PLAN_B).json().path("total").asInt();
        ServiceProcess indicator = sut.suite.service("indicator-service");
        indicator.stop(Duration.ofSeconds(20));
        try {
            Thread.sleep(31_000); // the plan lookups cached by project-service (30 s) have expired
            Reply r = editorB.post(projectService + "/api/v1/projects", """
                    {"planCode": "%s", "regionCode": "%s", "name": "停机时的项目"}""".formatted(PLAN_B, REGION_B));
            assertEquals(503, r.status(), r.toString());
            assertTrue(r.problem(), r.toString());
            assertNotNull(r.retryAfter(), "Retry-After: " + r);
            assertTrue(r.seconds() < 10, "answered within seconds: " + r);
            Reply list = sut.get(projectService + "/api/v1/projects?planCode=" + PLAN_B);
            assertEquals(200, list.status(), "reads that need no plan still answer: " + list);
            assertEquals(before, list.json().path("total").asInt());
        } finally {
            sut.suite.restart("indicator-service");
        }
        Reply after = editorB.post(projectService + "/api/v1/projects", """
                {"planCode": "%s", "regionCode": "%s", "name": "恢复后的项目"}""".formatted(PLAN_B, REGION_B));
        for (int i = 0; i < 20 && after.status() == 503; i++) {
            Thread.sleep(1000); // the circuit breaker lets a trial call through after its delay
            after = editorB.post(projectService + "/api/v1/projects", """
                    {"planCode": "%s", "regionCode": "%s", "name": "恢复后的项目"}""".formatted(PLAN_B, REGION_B));
        }
        assertEquals(201, after.status(), "once indicator-service is back: " + after);
        assertEquals(before + 1, sut.get(gateway + "/api/v1/projects?planCode=" + PLAN_B).json().path("total").asInt());
    }
}
