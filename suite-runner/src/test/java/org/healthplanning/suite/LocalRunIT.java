package org.healthplanning.suite;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The foundation through the gateway: one local run (as ./run-suite.sh starts it) on a fresh data
 * directory, with the demo data loaded; stopped at the end with Ctrl-C.
 */
class LocalRunIT {
    private static RunningSuite suite;
    private static String startOutput;

    @BeforeAll
    static void startSuite() throws Exception {
        suite = new RunningSuite("local-run");
        startOutput = suite.start("--reset");
        RestAssured.baseURI = "http://localhost";
        RestAssured.port = suite.gatewayPort;
        RunningSuite.token().ifPresent(t -> RestAssured.requestSpecification =
                new io.restassured.builder.RequestSpecBuilder().addHeader("Authorization", "Bearer " + t).build());
    }

    @AfterAll
    static void ctrlCStopsEverything() throws Exception {
        List<String> left = suite.stop(true);
        assertTrue(left.isEmpty(), "processes left after Ctrl-C: " + left + "\n" + suite.printed());
        assertTrue(Database.postmaster(suite.dataDir.resolve("postgres")).isEmpty(), "PostgreSQL still running after Ctrl-C");
        RestAssured.reset();
    }

    static String plan(String code, String title) {
        return """
                {"code": "%s", "regionCode": "500151", "regionName": "重庆市铜梁区", "title": "%s",
                 "periodStart": 2021, "periodEnd": 2025, "baselineYear": 2020, "targetYear": 2025,
                 "issuer": "重庆市铜梁区卫生健康委员会"}""".formatted(code, title);
    }

    @Test
    void allFourServicesAreHealthyWithinSixtySeconds() throws Exception {
        Map<String, Double> healthy = suite.healthyAfter();
        assertEquals(List.of("indicator-service", "project-service", "facility-service", "gateway"), List.copyOf(healthy.keySet()),
                startOutput);
        healthy.forEach((service, seconds) -> assertTrue(seconds <= 60.0, service + " took " + seconds + " s to be healthy"));
        for (int port : new int[] {suite.gatewayPort, suite.indicatorPort, suite.projectPort, suite.facilityPort}) {
            given().port(port).when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        }
        assertTrue(startOutput.contains(suite.gatewayUrl() + "/q/swagger-ui"), "the URLs are printed:\n" + startOutput);
    }

    @Test
    void gatewayListsBothDemoPlansAsPublished() throws Exception {
        given().when().get("/api/v1/plans?size=500")
                .then().statusCode(200)
                .body("items.code", hasItems("tongliang-14th", "yuzhong-14th"))
                .body("page", equalTo(0));
        for (String code : List.of("tongliang-14th", "yuzhong-14th")) {
            JsonNode published = DemoData.plan(code);
            Response r = given().when().get("/api/v1/plans/" + code);
            r.then().statusCode(200);
            for (Iterator<Map.Entry<String, JsonNode>> it = published.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                assertEquals(field.getValue().asText(), r.jsonPath().getString(field.getKey()), code + " " + field.getKey());
            }
        }
    }

    @Test
    void swaggerUiAndOpenApiLoadOnTheGateway() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200).contentType(containsString("text/html")).body(containsString("swagger-ui"));
        given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).body("paths", hasKey("/api/v1/plans"));
    }

    @Test
    void planWithoutRegionCodeIs400NamingItAndCreatesNothing() {
        given().contentType(ContentType.JSON).body(plan("e2e-noregion-14th", "无区划").replace("\"regionCode\": \"500151\",", ""))
                .when().post("/api/v1/plans")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("regionCode"));
        given().when().get("/api/v1/plans/e2e-noregion-14th")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void malformedJsonIs400AndChangesNothing() {
        int before = given().when().get("/api/v1/plans").then().statusCode(200).extract().path("total");
        given().contentType(ContentType.JSON).body("{\"code\": \"e2e-malformed-14th\", \"regionCode\": ")
                .when().post("/api/v1/plans")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        given().when().get("/api/v1/plans/e2e-malformed-14th").then().statusCode(404);
        given().when().get("/api/v1/plans").then().statusCode(200).body("total", equalTo(before));
    }

    @Test
    void sameCodeTwiceIs409AndKeepsTheFirst() {
        given().contentType(ContentType.JSON).body(plan("e2e-dup-14th", "第一次"))
                .when().post("/api/v1/plans")
                .then().statusCode(201).header("Location", endsWith("/api/v1/plans/e2e-dup-14th"));
        given().contentType(ContentType.JSON).body(plan("e2e-dup-14th", "第二次"))
                .when().post("/api/v1/plans")
                .then().statusCode(409).contentType("application/problem+json").body("status", equalTo(409));
        given().when().get("/api/v1/plans/e2e-dup-14th")
                .then().statusCode(200).body("title", equalTo("第一次")).body("version", equalTo(0));
    }

    @Test
    void staleIfMatchIs412AndKeepsTheCurrentVersion() {
        String created = given().contentType(ContentType.JSON).body(plan("e2e-etag-14th", "初稿"))
                .when().post("/api/v1/plans")
                .then().statusCode(201).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", created).body(plan("e2e-etag-14th", "修订稿"))
                .when().put("/api/v1/plans/e2e-etag-14th")
                .then().statusCode(200).body("version", equalTo(1)).header("ETag", "\"1\"");
        given().contentType(ContentType.JSON).header("If-Match", created).body(plan("e2e-etag-14th", "过期的修改"))
                .when().put("/api/v1/plans/e2e-etag-14th")
                .then().statusCode(412).contentType("application/problem+json").body("status", equalTo(412));
        given().when().get("/api/v1/plans/e2e-etag-14th")
                .then().statusCode(200).header("ETag", "\"1\"").body("title", equalTo("修订稿")).body("version", equalTo(1));
    }

    @Test
    void demoRegionsHaveChongqingAsParent() throws Exception {
        for (JsonNode region : DemoData.read("regions.json")) {
            String code = region.get("code").asText();
            given().when().get("/api/v1/regions/" + code)
                    .then().statusCode(200)
                    .body("name", equalTo(region.get("name").asText()))
                    .body("level", equalTo(region.get("level").asText()))
                    .body("parentCode", equalTo(region.get("parentCode").isNull() ? null : region.get("parentCode").asText()));
        }
        given().when().get("/api/v1/regions/500151").then().statusCode(200).body("parentCode", equalTo("500000"));
        given().when().get("/api/v1/regions/500103").then().statusCode(200).body("parentCode", equalTo("500000"));
        given().when().get("/api/v1/regions?parentCode=500000")
                .then().statusCode(200).body("items.code", hasItems("500151", "500103"));
    }

    @Test
    void demoProjectsIndicatorsAndDeclaredTotalsAreLoadedForEachPlan() throws Exception {
        for (String plan : List.of("tongliang-14th", "yuzhong-14th")) {
            int projects = DemoData.read("projects-" + plan + ".json").size();
            given().when().get("/api/v1/projects?planCode=" + plan + "&size=500")
                    .then().statusCode(200).body("total", equalTo(projects))
                    .body("items.planCode", everyItem(equalTo(plan)));
            int rows = DemoData.read("indicators-" + plan + ".json").size();
            given().when().get("/api/v1/plans/" + plan + "/indicators?size=500")
                    .then().statusCode(200).body("total", equalTo(rows));
        }
        JsonNode declared = DemoData.read("declared-totals-tongliang-14th.json");
        Response totals = given().when().get("/api/v1/plans/tongliang-14th/declared-totals");
        totals.then().statusCode(200);
        for (String field : List.of("floorAreaM2", "investment10kCny", "newLandMu")) {
            assertEquals(declared.get(field).decimalValue().stripTrailingZeros(),
                    new java.math.BigDecimal(totals.jsonPath().getString(field)).stripTrailingZeros(), field);
        }
    }

    @Test
    void printsAnEditorTokenThatWritesOnlyItsOwnRegion() throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Editor token .*\\) (\\S+)").matcher(startOutput);
        assertTrue(m.find(), "no editor token printed:\n" + startOutput);
        String editor = m.group(1);
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        java.util.function.BiFunction<String, String, Integer> putPlan = (code, region) -> {
            try {
                return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(suite.gatewayUrl() + "/api/v1/plans/" + code))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + editor)
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(plan(code, "编辑权限").replace("500151", region),
                                java.nio.charset.StandardCharsets.UTF_8)).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        assertEquals(201, putPlan.apply("editor-own-14th", "500151"));
        assertEquals(403, putPlan.apply("editor-other-14th", "500103"));
        given().when().get("/api/v1/plans/editor-other-14th").then().statusCode(404);
        given().when().get("/api/v1/plans/editor-own-14th").then().statusCode(200).body("regionCode", equalTo("500151"));
    }

    // --- the plan's evaluation report, as a planning officer prints it ---

    /** What the report test enters for 2024 (and removes again): a row achieved, two binding rows behind. */
    private static final Map<String, String> REPORT_VALUES_2024 = Map.of("人均预期寿命", "79.35",
            "每千人口执业（助理）医师数", "2.95", "儿童青少年总体近视率", "49.5");
    private static final String REPORT_SOURCE = "端到端测试录入 / entered by the end-to-end test";

    /**
     * Enters three monitoring values for Tongliang's 2024 through the API and approves them, reads the report (JSON:
     * it agrees with the evaluation), renders its HTML in a real headless Chromium (no console error, one chart per
     * quantitative row plus investment and ratios, each with a title; the approved values drawn filled) and keeps a
     * screenshot and an A4 print to PDF in target/report-artifacts. Then reopens and deletes the values again.
     */
    @Test
    void tongliangsReportRendersInAHeadlessBrowserAndPrintsOnA4() throws Exception {
        ReportInBrowser.requireChromium();
        String plan = "/api/v1/plans/tongliang-14th";
        JsonNode table = DemoData.tree(given().when().get(plan + "/indicators?size=500").then().statusCode(200).extract().asString());
        Map<String, Long> ids = new java.util.HashMap<>();
        List<Long> quantitative = new java.util.ArrayList<>();
        for (JsonNode row : table.path("items")) {
            ids.putIfAbsent(row.path("name").asText(), row.path("id").asLong());
            if (row.path("target").path("value").isNumber() && !"qualitative".equals(row.path("target").path("comparator").asText())) {
                quantitative.add(row.path("id").asLong());
            }
        }
        try {
            REPORT_VALUES_2024.forEach((name, value) -> given().contentType(ContentType.JSON)
                    .body("{\"value\": " + value + ", \"raw\": \"" + value + "\", \"status\": \"PROVISIONAL\", \"source\": \"" + REPORT_SOURCE + "\"}")
                    .when().put(plan + "/indicators/" + ids.get(name) + "/values/2024")
                    .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201))));
            given().contentType(ContentType.JSON).body("{}").when().post(plan + "/approvals/2024/submit")
                    .then().statusCode(200).body("state", equalTo("SUBMITTED"));
            given().contentType(ContentType.JSON).body("{}").when().post(plan + "/approvals/2024/approve")
                    .then().statusCode(200).body("state", equalTo("APPROVED"));

            // the report's data: the latest year, the evaluation's counts, the three approved values among those used
            JsonNode report = DemoData.tree(given().accept(ContentType.JSON).when().get(plan + "/report")
                    .then().statusCode(200).extract().asString());
            JsonNode evaluation = DemoData.tree(given().when().get(plan + "/evaluation?year=2024").then().statusCode(200).extract().asString());
            assertEquals(2024, report.path("year").asInt(), report.toString());
            assertEquals(0, report.path("degraded").size(), report.path("degraded").toString());
            Map<String, String> counts = Map.of("ACHIEVED", "achieved", "ON_TRACK", "onTrack", "BEHIND", "behind", "NO_DATA", "noData",
                    "NOT_EVALUABLE", "notEvaluable");
            counts.forEach((status, field) -> assertEquals(evaluation.path("summary").path(status).asInt(),
                    report.path("summary").path(field).asInt(), status));
            assertEquals(evaluation.path("bindingBehind").toString(), report.path("summary").path("bindingOffTrack").toString());
            assertTrue(report.path("summary").path("bindingOffTrack").size() >= 2, "the doctors and myopia rows are binding and behind");
            assertEquals(3, report.path("approval").path("APPROVED").asInt(), report.path("approval").toString());
            assertEquals(table.path("items").size(), report.path("indicators").size());

            // the page as a program reads it, and kept beside the screenshot
            String html = given().accept("text/html").when().get(plan + "/report").then().statusCode(200)
                    .contentType(containsString("text/html")).extract().asString();
            java.nio.file.Files.createDirectories(ReportInBrowser.ARTIFACTS);
            java.nio.file.Files.writeString(ReportInBrowser.ARTIFACTS.resolve("tongliang-14th-report.html"), html);
            byte[] xlsx = given().accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").when().get(plan + "/report")
                    .then().statusCode(200).extract().asByteArray();
            assertTrue(xlsx.length > 4 && xlsx[0] == 'P' && xlsx[1] == 'K', "a workbook is a ZIP file");
            java.nio.file.Files.write(ReportInBrowser.ARTIFACTS.resolve("tongliang-14th-report.xlsx"), xlsx);

            try (ReportInBrowser browser = ReportInBrowser.start()) {
                browser.open(suite.gatewayUrl() + plan + "/report?format=html");
                assertEquals(List.of(), browser.severeLogEntries(), "the browser logged errors");
                assertEquals("zh-CN", browser.script("return document.documentElement.lang"));
                assertEquals("UTF-8", browser.script("return document.characterSet"));
                assertEquals(report.path("plan").path("title").asText(), browser.all("h1").get(0).getText());
                List<org.openqa.selenium.WebElement> charts = browser.all("svg[data-chart]");
                assertEquals(quantitative.size() + 2, charts.size(), "one chart per quantitative row (" + quantitative.size()
                        + "), the investment and the ratios");
                java.util.Set<String> names = new java.util.HashSet<>();
                for (org.openqa.selenium.WebElement chart : charts) {
                    names.add(chart.getAttribute("data-chart"));
                    assertTrue(chart.getRect().getWidth() > 200 && chart.getRect().getHeight() > 100,
                            chart.getAttribute("data-chart") + " is drawn " + chart.getRect().getDimension());
                }
                assertTrue(names.containsAll(List.of("investment", "ratios")), names.toString());
                quantitative.forEach(id -> assertTrue(names.contains("indicator-" + id), "no chart of row " + id + ": " + names));
                assertEquals(0L, browser.script("return [...document.querySelectorAll('svg[data-chart]')]"
                        + ".filter(s => !s.querySelector(':scope > title') || !s.querySelector(':scope > title').textContent.trim()).length"),
                        "every chart has a title");
                assertEquals(0, browser.all("[data-degraded]").size(), "a section is marked missing");
                for (String name : REPORT_VALUES_2024.keySet()) {
                    // the approved value of 2024 is drawn filled (the legend's sample is the other one)
                    assertTrue(browser.all("svg[data-chart='indicator-" + ids.get(name) + "'] circle.value.approved").size() >= 2, name);
                }
                java.nio.file.Path png = browser.screenshot("tongliang-14th-report.png");
                java.nio.file.Path pdf = browser.printA4("tongliang-14th-report.pdf");
                byte[] image = java.nio.file.Files.readAllBytes(png);
                assertTrue(image.length > 50_000 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G', png + ": " + image.length + " bytes");
                String printed = new String(java.nio.file.Files.readAllBytes(pdf), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertTrue(printed.startsWith("%PDF-"), pdf.toString());
                java.util.regex.Matcher box = java.util.regex.Pattern.compile("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)").matcher(printed);
                int pages = 0;
                while (box.find()) {
                    pages++;
                    assertEquals(595.3, Double.parseDouble(box.group(1)), 2.0, "A4 width in points");
                    assertEquals(841.9, Double.parseDouble(box.group(2)), 2.0, "A4 height in points");
                }
                assertTrue(pages >= 3, pdf + " has " + pages + " A4 pages");
            }
        } finally {
            // the suite as it was: the 2024 values reopened and deleted
            given().contentType(ContentType.JSON).body("{\"comment\": \"end-to-end report test: values removed again\"}")
                    .when().post(plan + "/approvals/2024/reopen");
            for (String name : REPORT_VALUES_2024.keySet()) {
                given().when().delete(plan + "/indicators/" + ids.get(name) + "/values/2024");
            }
        }
        given().when().get(plan + "/evaluation").then().statusCode(200).body("year", equalTo(2023));
    }

    // --- the first hour of a new user ---

    private static final List<String> DEMO_PLANS = List.of("tongliang-14th", "yuzhong-14th");

    @Test
    void demoEvaluationShowsEveryStatusFromIllustrativeValues() throws Exception {
        for (String plan : DEMO_PLANS) {
            Response r = given().when().get("/api/v1/plans/" + plan + "/evaluation");
            r.then().statusCode(200).body("year", equalTo(2023));
            for (String status : List.of("ACHIEVED", "ON_TRACK", "BEHIND", "NO_DATA")) {
                assertTrue(r.jsonPath().getInt("summary." + status) > 0, plan + " has no " + status + ": " + r.jsonPath().getMap("summary"));
            }
            // NOT_EVALUABLE rows stay without values
            for (Map<String, Object> row : r.jsonPath().<Map<String, Object>>getList("indicators")) {
                if ("NOT_EVALUABLE".equals(row.get("status"))) {
                    assertEquals(null, row.get("actual"), plan + " " + row);
                }
            }
            // every value says it is an illustration, not a published figure
            long valued = r.jsonPath().<Map<String, Object>>getList("indicators").stream()
                    .filter(row -> row.get("actual") != null).map(row -> ((Number) row.get("id")).longValue()).findFirst().orElseThrow();
            given().when().get("/api/v1/plans/" + plan + "/indicators/" + valued + "/values")
                    .then().statusCode(200)
                    .body("items.year", hasItems(2021, 2022, 2023))
                    .body("items.source", everyItem(equalTo(DemoValues.SOURCE)));
        }
        assertTrue(startOutput.contains("Demo values: illustrative monitoring values 2021–2023"), startOutput);
    }

    @Test
    void demoNumbersAsPublishedStayUnchangedBesideTheValues() throws Exception {
        for (String plan : DEMO_PLANS) {
            JsonNode published = DemoData.read("indicators-" + plan + ".json");
            List<Map<String, Object>> rows = given().when().get("/api/v1/plans/" + plan + "/indicators?size=500")
                    .then().statusCode(200).extract().jsonPath().getList("items");
            assertEquals(published.size(), rows.size(), plan);
            for (int i = 0; i < rows.size(); i++) {
                assertEquals(published.get(i).path("baseline").path("raw").asText(null), ((Map<?, ?>) rows.get(i).get("baseline")).get("raw"), plan + " row " + i);
                assertEquals(published.get(i).path("target").path("raw").asText(null), ((Map<?, ?>) rows.get(i).get("target")).get("raw"), plan + " row " + i);
            }
        }
    }

    /**
     * The demo regions have no population, so no counts give ratios; both plans publish their 2020 ratios, which the
     * dashboard shows with their source and the overview compares with the plans' baselines.
     */
    @Test
    void bothDemoRegionsShowTheRatiosTheirPlansPublishedFor2020() throws Exception {
        Map<String, String> regions = Map.of("tongliang-14th", "500151", "yuzhong-14th", "500103");
        Map<String, Map<String, java.math.BigDecimal>> published = new java.util.HashMap<>();
        Map<String, String> sources = new java.util.HashMap<>();
        for (JsonNode p : DemoData.read("published-ratios.json")) {
            if (p.path("year").asInt() == 2020) {
                published.computeIfAbsent(p.path("regionCode").asText(), k -> new java.util.HashMap<>())
                        .put(p.path("metric").asText(), p.path("value").decimalValue());
                sources.put(p.path("regionCode").asText(), p.path("source").asText());
            }
        }
        for (String plan : DEMO_PLANS) {
            String region = regions.get(plan);
            assertTrue(published.containsKey(region), "the demo publishes 2020 ratios of " + region);
            JsonNode dashboard = DemoData.tree(given().when().get("/api/v1/regions/" + region + "/dashboard?year=2023")
                    .then().statusCode(200).extract().asString());
            JsonNode ratios = dashboard.path("ratios");
            assertEquals(2020, ratios.path("year").asInt(), region + ": " + ratios);
            published.get(region).forEach((metric, value) -> {
                assertEquals(0, value.compareTo(ratios.path("ratios").path(metric).decimalValue()), region + " " + metric + ": " + ratios);
                assertEquals(sources.get(region), ratios.path("published").path(metric).path("source").asText(), region + " " + metric);
                assertTrue(!ratios.path("published").path(metric).path("quote").asText("").isBlank(), region + " " + metric + " quote");
            });

            JsonNode overview = DemoData.tree(given().when().get("/api/v1/plans/" + plan + "/overview?year=2020")
                    .then().statusCode(200).extract().asString());
            int compared = 0;
            for (JsonNode c : overview.path("consistency")) {
                if (c.path("computedRatio").isNull() || c.path("computedRatio").isMissingNode()) {
                    continue;
                }
                compared++;
                assertEquals("BASELINE", c.path("planValueSource").asText(), plan + ": " + c);
                java.math.BigDecimal expected = c.path("computedRatio").decimalValue().subtract(c.path("planValue").decimalValue())
                        .setScale(2, java.math.RoundingMode.HALF_UP);
                assertEquals(0, expected.compareTo(c.path("difference").decimalValue()), plan + ": " + c);
                assertEquals(0, published.get(region).get(c.path("resourceMetric").asText()).compareTo(c.path("computedRatio").decimalValue()),
                        plan + ": " + c);
            }
            assertTrue(compared > 0, plan + ": no baseline compared with a published ratio: " + overview.path("consistency"));
        }
    }

    @Test
    void overviewAndDashboardShowWhatTheDemoHolds() throws Exception {
        Map<String, String> regions = Map.of("tongliang-14th", "500151", "yuzhong-14th", "500103");
        for (String plan : DEMO_PLANS) {
            int rows = DemoData.read("indicators-" + plan + ".json").size();
            int projects = DemoData.read("projects-" + plan + ".json").size();
            Response overview = given().when().get("/api/v1/plans/" + plan + "/overview");
            overview.then().statusCode(200)
                    .body("planCode", equalTo(plan))
                    .body("plan.code", equalTo(plan))
                    .body("degraded", org.hamcrest.Matchers.empty())
                    .body("evaluation.indicators.size()", equalTo(rows))
                    .body("projectSummary.count", equalTo(projects));
            int evaluated = 0;
            for (String status : List.of("ACHIEVED", "ON_TRACK", "BEHIND")) {
                evaluated += overview.jsonPath().getInt("evaluation.summary." + status);
            }
            assertTrue(evaluated > 0, plan + " overview evaluates nothing: " + overview.asString());

            String region = regions.get(plan);
            given().when().get("/api/v1/regions/" + region + "/dashboard?year=2023")
                    .then().statusCode(200)
                    .body("region.code", equalTo(region))
                    .body("plans.code", hasItem(plan))
                    .body("activeProjects.total", org.hamcrest.Matchers.greaterThan(0))
                    .body("activeProjects.items.planCode", everyItem(equalTo(plan)));
        }
        // what is suggested can be shown: no ratio URL while the demo has no population
        assertTrue(startOutput.contains(suite.gatewayUrl() + "/api/v1/plans/tongliang-14th/overview"), startOutput);
        assertTrue(startOutput.contains(suite.gatewayUrl() + "/api/v1/regions/500151/dashboard?year=2023"), startOutput);
        assertTrue(!startOutput.contains("/ratios"), "a ratio URL is suggested although the demo has no population:\n" + startOutput);
        for (String url : List.of("/api/v1/plans/tongliang-14th/evaluation", "/api/v1/plans/tongliang-14th/project-summary?periodStart=2021&periodEnd=2025")) {
            given().when().get(url).then().statusCode(200);
        }
    }

    @Test
    void aTakenGatewayPortFailsTheStartWithinSecondsNamingThePortAndLeavesNoProcess() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0)) {
            int port = taken.getLocalPort();
            int[] others = RunningSuite.freePorts(4);
            java.nio.file.Path dataDir = suite.dataDir.resolveSibling(suite.dataDir.getFileName() + "-taken-port");
            List<String> command = List.of(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", RunningSuite.JAR.toString(), "--root", RunningSuite.ROOT.toString(), "--data-dir", dataDir.toString(),
                    "--gateway-port", Integer.toString(port), "--indicator-port", Integer.toString(others[0]),
                    "--project-port", Integer.toString(others[1]), "--facility-port", Integer.toString(others[2]),
                    "--pg-port", Integer.toString(others[3]));
            long started = System.nanoTime();
            Process launcher = new ProcessBuilder(command).redirectErrorStream(true).start();
            java.util.Set<ProcessHandle> seen = new java.util.HashSet<>();
            while (launcher.isAlive() && System.nanoTime() - started < 30_000_000_000L) {
                launcher.descendants().forEach(seen::add);
                Thread.sleep(50);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            String printed = new String(launcher.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (launcher.isAlive()) {
                launcher.destroyForcibly();
            }
            assertTrue(!launcher.isAlive(), "the launcher is still running after 30 s:\n" + printed);
            assertTrue(seconds < 10, "the start took " + seconds + " s to fail:\n" + printed);
            assertTrue(launcher.exitValue() != 0, "exit " + launcher.exitValue() + ":\n" + printed);
            assertTrue(printed.contains("port " + port + " (gateway) is already in use"), printed);
            assertTrue(printed.contains("--gateway-port"), printed);
            assertTrue(!printed.contains("Started ") && !printed.contains("PostgreSQL: embedded"), "something was started:\n" + printed);
            assertTrue(seen.stream().noneMatch(ProcessHandle::isAlive), "processes left: " + seen);
            for (int other : others) {
                assertTrue(!Ports.inUse(other), "port " + other + " is in use after the failed start");
            }
        }
    }

    @Test
    void helpAndBadOptionsAnswerInUnderTwoSecondsWithoutBuilding() throws Exception {
        for (List<String> args : List.of(List.of("--help"), List.of("-h"), List.of("--no-such-option"), List.of("--gateway-port", "eighty"))) {
            List<String> command = new java.util.ArrayList<>(List.of("bash", RunningSuite.ROOT.resolve("run-suite.sh").toString()));
            command.addAll(args);
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().remove("SUITE_SKIP_BUILD");
            long started = System.nanoTime();
            Process p = pb.start();
            String printed = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS), args + " did not answer");
            double seconds = (System.nanoTime() - started) / 1e9;
            assertTrue(seconds < 2, args + " took " + seconds + " s");
            assertTrue(!printed.contains("Build") && !printed.contains("mvnw -B package"), args + " builds:\n" + printed);
            if (args.get(0).equals("--help") || args.get(0).equals("-h")) {
                assertEquals(0, p.exitValue(), printed);
                assertTrue(printed.contains("--gateway-port") && printed.contains("--no-demo-values") && printed.contains("token --admin"), printed);
            } else {
                assertEquals(2, p.exitValue(), printed);
                assertTrue(printed.contains(args.get(0)), printed);
            }
        }
    }

    @Test
    void tokenCommandPrintsATokenTheSuiteAcceptsWithoutStartingAnything() throws Exception {
        for (List<String> args : List.of(List.of("token", "--admin"), List.of("token", "--editor", "500151"))) {
            List<String> command = new java.util.ArrayList<>(List.of("bash", RunningSuite.ROOT.resolve("run-suite.sh").toString()));
            command.addAll(args);
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String printed = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
            assertTrue(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), printed);
            assertTrue(printed.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), "not one JWT: " + printed);
            String code = "token-" + args.get(1).substring(2) + "-14th";
            java.net.http.HttpResponse<String> put = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(suite.gatewayUrl() + "/api/v1/plans/" + code))
                            .header("Content-Type", "application/json").header("Authorization", "Bearer " + printed)
                            .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(plan(code, "令牌"), java.nio.charset.StandardCharsets.UTF_8))
                            .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(201, put.statusCode(), args + ": " + put.body());
        }
    }
}
