package org.healthplanning.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.healthplanning.suite.Http.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The gateway against the real three backends (built jars, one embedded PostgreSQL), with both
 * shared plans loaded through the gateway by the demo loader: what a user of port 8080 sees.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewayEndToEndIT {
    private static SuiteUnderTest sut;
    private static Map<String, ServiceProcess> services;

    @BeforeAll
    static void startSuite() throws Exception {
        sut = SuiteUnderTest.start("gateway");
        services = sut.services;
    }

    @AfterAll
    static void stopSuite() {
        if (sut != null) {
            sut.close();
        }
    }

    @Test
    @Order(1)
    void bothDemoPlansAreThereThroughTheGateway() throws Exception {
        JsonNode plans = get(gateway("/api/v1/plans?sort=code")).json();
        List<String> codes = new ArrayList<>();
        plans.path("items").forEach(p -> codes.add(p.path("code").asText()));
        assertTrue(codes.containsAll(List.of("tongliang-14th", "yuzhong-14th")), "plans: " + codes);
        JsonNode rows = get(gateway("/api/v1/plans/tongliang-14th/indicators?size=100")).json();
        assertEquals(25, rows.path("total").asInt());
        assertEquals(31, get(gateway("/api/v1/projects?planCode=tongliang-14th&size=100")).json().path("total").asInt());
    }

    @Test
    @Order(2)
    void everyBackendOperationIsInTheMergedDocumentAndAnswersAsOnItsOwnPort() throws Exception {
        JsonNode merged = get(gateway("/q/openapi?format=json")).json();
        int compared = 0;
        for (ServiceProcess backend : backends()) {
            JsonNode own = get(backend.baseUrl() + "/q/openapi?format=json").json();
            Iterator<Map.Entry<String, JsonNode>> paths = own.path("paths").fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> path = paths.next();
                Iterator<String> methods = path.getValue().fieldNames();
                while (methods.hasNext()) {
                    String method = methods.next();
                    if (!List.of("get", "put", "post", "delete", "patch").contains(method)) {
                        continue;
                    }
                    assertTrue(merged.path("paths").path(path.getKey()).has(method),
                            backend.name() + " " + method.toUpperCase() + " " + path.getKey() + " is missing from the gateway's document");
                    if (path.getKey().equals("/api/v1/deletions")) {
                        // the gateway answers it itself, merging the three backends' feeds (SyncIT, SyncAtTheGatewayTest)
                        continue;
                    }
                    Optional<String> concrete = concrete(path.getKey(), method.equals("delete"));
                    if (concrete.isEmpty()) {
                        continue;
                    }
                    Reply direct = request(method, backend.baseUrl() + concrete.get());
                    Reply through = request(method, gateway(concrete.get()));
                    assertEquals(direct.status(), through.status(), method + " " + concrete.get() + ": status through the gateway");
                    assertEquals(direct.body(), through.body(), method + " " + concrete.get() + ": body through the gateway");
                    compared++;
                }
            }
        }
        assertTrue(compared > 40, "only " + compared + " operations compared");
    }

    @Test
    @Order(3)
    void evaluationAfterPostingMonitoringValues() throws Exception {
        long lifeExpectancy = indicatorId("人均预期寿命");
        long myopia = indicatorId("儿童青少年总体近视率");
        assertTrue(put("/api/v1/plans/tongliang-14th/indicators/" + lifeExpectancy + "/values/2023",
                "{\"year\": 2023, \"value\": 79.0, \"status\": \"FINAL\", \"source\": \"年度监测\"}").status() < 300);
        assertTrue(put("/api/v1/plans/tongliang-14th/indicators/" + myopia + "/values/2023",
                "{\"year\": 2023, \"value\": 50.5, \"status\": \"FINAL\", \"source\": \"年度监测\"}").status() < 300);
        JsonNode evaluation = get(gateway("/api/v1/plans/tongliang-14th/evaluation?year=2023")).json();
        JsonNode life = row(evaluation.path("indicators"), lifeExpectancy);
        assertEquals("ON_TRACK", life.path("status").asText());
        assertEquals(new BigDecimal("63.86"), life.path("progressPercent").decimalValue());
        JsonNode myopiaRow = row(evaluation.path("indicators"), myopia);
        assertEquals("BEHIND", myopiaRow.path("status").asText());
        List<Long> bindingBehind = new ArrayList<>();
        evaluation.path("bindingBehind").forEach(n -> bindingBehind.add(n.asLong()));
        assertTrue(bindingBehind.contains(myopia), "bindingBehind " + bindingBehind);
    }

    @Test
    @Order(4)
    void projectSummaryNumbersThroughTheGateway() throws Exception {
        JsonNode summary = get(gateway("/api/v1/plans/tongliang-14th/project-summary?periodStart=2021&periodEnd=2025")).json();
        assertEquals(0, new BigDecimal("594970").compareTo(summary.path("totals").path("floorAreaM2").decimalValue()));
        assertEquals(0, new BigDecimal("421068").compareTo(summary.path("totals").path("investment10kCny").decimalValue()));
        assertEquals(0, new BigDecimal("576").compareTo(summary.path("totals").path("newLandMu").decimalValue()));
        assertEquals(0, new BigDecimal("216439.67").compareTo(summary.path("inPeriod").path("investment10kCny").decimalValue()));
        assertEquals(0, new BigDecimal("204628.33").compareTo(summary.path("outOfPeriod").path("investment10kCny").decimalValue()));
    }

    @Test
    @Order(5)
    void ratiosAfterPostingPopulationAndFacilities() throws Exception {
        assertTrue(put("/api/v1/regions/500151/population/2023",
                "{\"year\": 2023, \"residents\": 685000, \"projected\": false, \"source\": \"e2e\"}").status() < 300);
        String facilities = """
                [{"code": "e2e-hospital-a", "name": "铜梁区 e2e 医院甲", "regionCode": "500151", "type": "GENERAL_HOSPITAL",
                  "ownership": "PUBLIC", "resources": [{"year": 2023, "beds": 2400, "licensedDoctors": 1500, "registeredNurses": 1700}]},
                 {"code": "e2e-hospital-b", "name": "铜梁区 e2e 医院乙", "regionCode": "500151", "type": "TCM_HOSPITAL",
                  "ownership": "PUBLIC", "resources": [{"year": 2023, "beds": 900, "licensedDoctors": 452, "registeredNurses": 600}]}]""";
        Reply imported = post("/api/v1/facilities/import", facilities);
        assertEquals(200, imported.status(), imported.body());
        JsonNode ratios = get(gateway("/api/v1/regions/500151/ratios?year=2023")).json();
        assertEquals("FACILITIES", ratios.path("basis").asText());
        assertEquals(685000, ratios.path("population").asLong());
        // 1952 doctors / 685 000 residents × 1000 = 2.8496 → 2.85; 3300 beds → 4.8175 → 4.82
        assertEquals(new BigDecimal("2.85"), ratios.path("ratios").path("licensedDoctorsPer1000").decimalValue());
        assertEquals(new BigDecimal("4.82"), ratios.path("ratios").path("bedsPer1000").decimalValue());
    }

    @Test
    @Order(6)
    void tongliangOverviewShowsIndicatorsProjectsAndRatios() throws Exception {
        Reply reply = get(gateway("/api/v1/plans/tongliang-14th/overview?year=2023"));
        assertEquals(200, reply.status(), reply.body());
        JsonNode overview = reply.json();
        assertEquals(0, overview.path("degraded").size(), "degraded: " + overview.path("degraded"));
        assertEquals(25, overview.path("evaluation").path("indicators").size());
        JsonNode summary = overview.path("evaluation").path("summary");
        int counted = 0;
        for (String status : List.of("ACHIEVED", "ON_TRACK", "BEHIND", "NO_DATA", "NOT_EVALUABLE")) {
            counted += summary.path(status).asInt();
        }
        assertEquals(25, counted);
        JsonNode projects = overview.path("projectSummary");
        assertEquals(0, new BigDecimal("594970").compareTo(projects.path("totals").path("floorAreaM2").decimalValue()));
        assertEquals(0, new BigDecimal("421068").compareTo(projects.path("totals").path("investment10kCny").decimalValue()));
        assertEquals(0, new BigDecimal("576").compareTo(projects.path("totals").path("newLandMu").decimalValue()));
        assertEquals(0, BigDecimal.ZERO.compareTo(projects.path("difference").path("investment10kCny").decimalValue()));
        assertEquals(new BigDecimal("2.85"), overview.path("ratios").path("ratios").path("licensedDoctorsPer1000").decimalValue());
        JsonNode doctors = null;
        for (JsonNode c : overview.path("consistency")) {
            if ("licensedDoctorsPer1000".equals(c.path("resourceMetric").asText())) {
                doctors = c;
            }
        }
        assertTrue(doctors != null, "no consistency row for licensedDoctorsPer1000: " + overview.path("consistency"));
        assertEquals(new BigDecimal("2.85"), doctors.path("computedRatio").decimalValue());
    }

    @Test
    @Order(7)
    void withProjectServiceStoppedTheOverviewDegradesAndRecovers() throws Exception {
        ServiceProcess project = services.get("project-service");
        project.stop(Duration.ofSeconds(20));
        try {
            long started = System.nanoTime();
            Reply reply = get(gateway("/api/v1/plans/tongliang-14th/overview?year=2023"));
            double seconds = (System.nanoTime() - started) / 1e9;
            assertEquals(200, reply.status(), reply.body());
            assertTrue(seconds < 3.0, "overview took " + seconds + " s with project-service down");
            JsonNode overview = reply.json();
            assertEquals(List.of("project-service"), strings(overview.path("degraded")));
            assertEquals(25, overview.path("evaluation").path("indicators").size());
            assertEquals(new BigDecimal("2.85"), overview.path("ratios").path("ratios").path("licensedDoctorsPer1000").decimalValue());
            Reply routed = get(gateway("/api/v1/projects?planCode=tongliang-14th"));
            assertEquals(503, routed.status());
            assertTrue(routed.body().contains("project-service"), routed.body());
        } finally {
            project.start(List.of());
            project.awaitReady(Duration.ofSeconds(120));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode overview;
        do {
            Thread.sleep(500);
            overview = get(gateway("/api/v1/plans/tongliang-14th/overview?year=2023")).json();
        } while (overview.path("degraded").size() > 0 && System.nanoTime() < deadline);
        assertEquals(0, overview.path("degraded").size(), "still degraded after restart: " + overview.path("degraded"));
        assertEquals(0, new BigDecimal("421068").compareTo(overview.path("projectSummary").path("totals").path("investment10kCny").decimalValue()));
    }

    @Test
    @Order(8)
    void swaggerUiListsTheOperationsOfAllFourComponents() throws Exception {
        Reply ui = get(gateway("/q/swagger-ui/"));
        assertEquals(200, ui.status());
        assertTrue(ui.body().toLowerCase().contains("swagger"), "not Swagger UI");
        JsonNode merged = get(gateway("/q/openapi?format=json")).json();
        TreeSet<String> services = new TreeSet<>();
        merged.path("paths").forEach(p -> p.forEach(op -> {
            if (op.has("x-service")) {
                services.add(op.path("x-service").asText());
            }
        }));
        assertTrue(services.containsAll(List.of("gateway", "indicator-service", "project-service", "facility-service")),
                "components in the merged document: " + services);
        assertTrue(merged.path("paths").has("/api/v1/plans/{planCode}/overview"));
        assertTrue(merged.path("paths").has("/api/v1/regions/{code}/dashboard"));
    }

    // --- helpers -----------------------------------------------------------------------------

    private static List<ServiceProcess> backends() {
        return sut.backends();
    }

    private static Optional<String> concrete(String template, boolean missing) throws Exception {
        return sut.concrete(template, missing);
    }

    private static long indicatorId(String name) throws Exception {
        return sut.indicatorId(name);
    }

    private static JsonNode row(JsonNode rows, long id) {
        for (JsonNode r : rows) {
            if (r.path("id").asLong() == id) {
                return r;
            }
        }
        throw new AssertionError("no evaluation row " + id);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String gateway(String path) {
        return sut.gateway(path);
    }

    private static Reply get(String url) throws Exception {
        return sut.get(url);
    }

    private static Reply put(String path, String body) throws Exception {
        return sut.put(path, body);
    }

    private static Reply post(String path, String body) throws Exception {
        return sut.post(path, body);
    }

    /**
     * The same request on a backend and on the gateway: a GET reads; a write is sent malformed (so it
     * is refused the same way on both and changes nothing); a DELETE names keys that do not exist.
     */
    private static Reply request(String method, String url) throws Exception {
        return switch (method) {
            case "get", "delete" -> sut.send(method.toUpperCase(), url, null, null);
            default -> sut.send(method.toUpperCase(), url, "application/json", "{\"malformed\": ");
        };
    }
}
