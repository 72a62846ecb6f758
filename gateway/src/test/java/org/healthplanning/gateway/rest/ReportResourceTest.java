package org.healthplanning.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.healthplanning.gateway.client.Backend;
import org.healthplanning.gateway.config.WireMockBackends;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The plan evaluation report as JSON, HTML and XLSX, against WireMock backends (ReportFixtures). */
@QuarkusTest
@QuarkusTestResource(WireMockBackends.class)
class ReportResourceTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Pattern SVG = Pattern.compile("<svg\\b[^>]*\\bdata-chart=\"([^\"]+)\"[^>]*>.*?</svg>", Pattern.DOTALL);

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        WireMockBackends.resetAll();
        breakers.resetAll();
    }

    @Test
    void jsonJoinsThePlanItsEvaluationValuesChecksInvestmentAndRatios() {
        ReportFixtures.stubTongliang();
        Response r = given().config(ViewResourceTest.DECIMALS).accept("application/json")
                .when().get("/api/v1/plans/tongliang-14th/report?year=2023");
        r.then().statusCode(200).contentType("application/json").header("ETag", startsWith("\"")).header("Vary", containsString("Accept"))
                .body("planCode", equalTo("tongliang-14th"))
                .body("year", equalTo(2023))
                .body("approvedOnly", equalTo(false))
                .body("plan.title", equalTo("重庆市铜梁区卫生健康发展“十四五”规划"))
                .body("plan.regionName", equalTo("重庆市铜梁区"))
                .body("plan.issuer", equalTo("重庆市铜梁区卫生健康委员会"))
                .body("summary.indicators", equalTo(6))
                .body("summary.achieved", equalTo(1))
                .body("summary.onTrack", equalTo(1))
                .body("summary.behind", equalTo(2))
                .body("summary.noData", equalTo(1))
                .body("summary.notEvaluable", equalTo(1))
                .body("summary.binding", equalTo(2))
                // row 8 comes first in the table, but the binding row 12 is listed first
                .body("summary.offTrack", contains(12, 8))
                .body("summary.bindingOffTrack", contains(12))
                .body("summary.valuesUsed", equalTo(4))
                .body("summary.valuesNotApproved", equalTo(3))
                .body("indicators.id", contains(1, 7, 8, 12, 20, 25))
                .body("indicators.category", contains("健康水平", "健康生活", "健康服务", "健康水平", "医疗资源", "中医药"))
                .body("indicators.unit", contains("岁", "%", "%", "/10万", "人", null))
                .body("indicators.quantitative", contains(true, true, true, true, true, false))
                .body("indicators[0].baseline.raw", equalTo("78.47"))
                .body("indicators[0].target.value", equalTo(new BigDecimal("79.3")))
                .body("indicators[0].expected", equalTo(new BigDecimal("78.968")))
                .body("indicators[0].values.year", contains(2021, 2022, 2023))
                .body("indicators[0].values.value", contains(new BigDecimal("78.9"), new BigDecimal("79.1"), new BigDecimal("79.31")))
                .body("indicators[0].actual.source", equalTo("铜梁区卫生健康统计年鉴2023"))
                .body("indicators[0].actual.approvalState", equalTo("APPROVED"))
                .body("indicators[3].target.raw", equalTo("＜10"))
                .body("indicators[3].target.comparator", equalTo("<"))
                .body("indicators[3].worseThanBaseline", equalTo(true))
                .body("indicators[4].actual", nullValue())
                .body("indicators[5].notEvaluableReason", equalTo("QUALITATIVE_TARGET"))
                .body("investment.projects", equalTo(31))
                .body("investment.total", equalTo(421068))
                .body("investment.inPeriod", equalTo(new BigDecimal("241268.5")))
                .body("investment.outOfPeriod", equalTo(new BigDecimal("179799.5")))
                .body("investment.outOfPeriodPercent", equalTo(new BigDecimal("42.70")))
                .body("investment.byYear.year", contains(2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030))
                .body("investment.byYear.inPeriod", contains(false, true, true, true, true, true, false, false, false, false, false))
                .body("ratios.regionCode", equalTo("500151"))
                // 2023 has no ratios: the latest year with any
                .body("ratios.year", equalTo(2022))
                .body("ratios.basis", equalTo("FACILITIES"))
                .body("ratios.population", equalTo(700000))
                .body("ratios.rows.metric", contains("bedsPer1000", "licensedDoctorsPer1000", "doctorNurseRatio", "childcareSlotsPer1000"))
                .body("ratios.rows.value", contains(new BigDecimal("7.12"), new BigDecimal("3.05"), new BigDecimal("1.12"), null))
                .body("ratios.rows.meetsStandards", contains(true, false, null, null))
                .body("ratios.rows[1].standards[0].target", equalTo(new BigDecimal("3.6")))
                .body("ratios.rows[1].standards[0].requiredCount", equalTo(2520))
                .body("ratios.rows[1].standards[0].gap", equalTo(385))
                // the two childcare standards of the plan say the same: one row, one standard
                .body("ratios.rows[3].standards", hasSize(1))
                .body("checks.code", contains("TARGET_MET_AT_BASELINE", "DIRECTION_UNKNOWN"))
                .body("approval.DRAFT", equalTo(2))
                .body("approval.SUBMITTED", equalTo(1))
                .body("approval.APPROVED", equalTo(1))
                .body("approval.RETURNED", equalTo(0))
                .body("sources", hasSize(4))
                .body("degraded", empty());
        // the years in the plan period add up to the investment in it
        JsonPath doc = r.jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        BigDecimal inPeriod = BigDecimal.ZERO;
        for (Map<String, Object> y : doc.<Map<String, Object>>getList("investment.byYear")) {
            if (Boolean.TRUE.equals(y.get("inPeriod"))) {
                inPeriod = inPeriod.add(new BigDecimal(y.get("investment10kCny").toString()));
            }
        }
        assertEquals(0, inPeriod.compareTo(new BigDecimal("241268.5")), inPeriod.toPlainString());

        WireMockBackends.server(Backend.PROJECT).verify(getRequestedFor(
                urlEqualTo("/api/v1/plans/tongliang-14th/project-summary?periodStart=2021&periodEnd=2025")));
        WireMockBackends.server(Backend.FACILITY).verify(getRequestedFor(urlEqualTo("/api/v1/regions/500151/ratios/series?from=2013&to=2023")));
        WireMockBackends.server(Backend.FACILITY).verify(getRequestedFor(urlEqualTo("/api/v1/regions/500151/gaps?targetYear=2025")));
        WireMockBackends.server(Backend.INDICATOR).verify(getRequestedFor(urlEqualTo("/api/v1/plans/tongliang-14th/evaluation?year=2023")));
        WireMockBackends.server(Backend.INDICATOR).verify(2, getRequestedFor(urlPathEqualTo("/api/v1/monitoring-values")));
    }

    @Test
    void approvedOnlyReachesTheEvaluationAndKeepsOnlyApprovedValues() {
        ReportFixtures.stubTongliang();
        given().when().get("/api/v1/plans/tongliang-14th/report?approvedOnly=true")
                .then().statusCode(200).body("approvedOnly", equalTo(true))
                .body("indicators[0].values.year", contains(2021, 2022, 2023))
                .body("indicators[2].values", empty())
                .body("indicators[1].values", empty());
        WireMockBackends.server(Backend.INDICATOR).verify(getRequestedFor(
                urlEqualTo("/api/v1/plans/tongliang-14th/evaluation?approvedOnly=true")));
    }

    @Test
    void htmlIsOnePrintableChinesePageWithAnSvgChartPerQuantitativeIndicator() throws Exception {
        ReportFixtures.stubTongliang();
        Response r = given().accept("text/html").when().get("/api/v1/plans/tongliang-14th/report?year=2023");
        r.then().statusCode(200).contentType("text/html").header("Content-Type", containsString("charset=UTF-8"))
                .header("ETag", startsWith("\""));
        String html = new String(r.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 60));
        assertTrue(html.contains("<html lang=\"zh-CN\">"));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("@page { size: A4;"), "A4 print rule");
        assertTrue(html.contains("\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Microsoft YaHei\""), "CJK font stack");
        // self-contained: no script, no stylesheet or image fetched from anywhere (the icon is an empty data URI, so that
        // a browser does not ask for /favicon.ico either)
        for (String external : List.of("<script", "src=", "@import", "url(", "<link rel=\"stylesheet")) {
            assertTrue(!html.contains(external), "the page contains " + external);
        }
        Matcher links = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (links.find()) {
            assertTrue(links.group(1).startsWith("data:"), "the page links to " + links.group(1));
        }
        assertTrue(html.contains("<link rel=\"icon\" href=\"data:,\">"), "an empty icon");
        // every quantitative row (5 of 6), the investment and the ratios: each a well-formed SVG with a title
        List<String> charts = new ArrayList<>();
        Matcher m = SVG.matcher(html);
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        while (m.find()) {
            charts.add(m.group(1));
            Document svg = xml.newDocumentBuilder().parse(new ByteArrayInputStream(m.group().getBytes(StandardCharsets.UTF_8)));
            assertEquals("title", svg.getDocumentElement().getElementsByTagName("title").item(0).getNodeName(), m.group(1));
            assertTrue(svg.getDocumentElement().getElementsByTagName("title").item(0).getTextContent().length() > 4, m.group(1));
        }
        assertEquals(List.of("indicator-1", "indicator-7", "indicator-8", "indicator-12", "indicator-20", "investment", "ratios"), charts);
        // the identity, the figures as given, the alerts with the binding row first
        for (String text : List.of("重庆市铜梁区卫生健康发展“十四五”规划", "tongliang-14th", "重庆市铜梁区（500151）", "2021–2025年",
                "2023年度规划实施中期评估报告", "421,068", "241,268.5", "179,799.5", "42.70%", "78.968", "79.31<br><span class=\"note\">2023年</span>", "<td>＜10</td>", "<th colspan=\"11\">健康生活</th>",
                "基线已达到目标", "铜梁区卫生健康统计年鉴2023", "已审核 1", "7.12", "标准≥7", "缺口385")) {
            assertTrue(html.contains(text), "the page shows " + text);
        }
        int binding = html.indexOf("【约束性·预警】9 孕产妇死亡率");
        int other = html.indexOf("【预期性】6 高血压患者规范管理率");
        assertTrue(binding > 0 && other > binding, "binding alerts first: " + binding + " " + other);
        assertTrue(html.contains("data-count=\"BEHIND\">2<"), "2 behind");
        assertTrue(!html.contains("data-degraded"), "nothing missing");
        // the planned line from the baseline to the target, the target and the values of row 1
        String first = charts.isEmpty() ? "" : firstChart(html);
        assertTrue(first.contains("class=\"plan\""), first);
        assertTrue(first.contains("class=\"target\""), first);
        assertTrue(first.contains("class=\"expected\""), first);
        assertEquals(3, count(first, "class=\"value approved\"") - 1, "3 approved values (and the legend's)");
    }

    @Test
    void formatWinsOverAcceptAndTheEtagAnswers304() {
        ReportFixtures.stubTongliang();
        String etag = given().accept("application/json").when().get("/api/v1/plans/tongliang-14th/report?format=html&year=2023")
                .then().statusCode(200).contentType("text/html").extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/plans/tongliang-14th/report?format=html&year=2023")
                .then().statusCode(304);
        // a browser's Accept gets the page, a client's the JSON, none the JSON
        given().header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .when().get("/api/v1/plans/tongliang-14th/report").then().statusCode(200).contentType("text/html");
        given().header("Accept", "application/json, application/problem+json")
                .when().get("/api/v1/plans/tongliang-14th/report").then().statusCode(200).contentType("application/json");
        given().when().get("/api/v1/plans/tongliang-14th/report").then().statusCode(200).contentType("application/json")
                .body("year", equalTo(2023));
    }

    @Test
    void xlsxIsAWorkbookWithNumericCellsUnitsInHeadersAndFrozenHeaderRows() throws Exception {
        ReportFixtures.stubTongliang();
        Response r = given().accept(XLSX).when().get("/api/v1/plans/tongliang-14th/report?year=2023");
        r.then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", equalTo("attachment; filename=\"tongliang-14th-report-2023.xlsx\""))
                .header("ETag", startsWith("W/\""));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.asByteArray()))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("概况", "指标", "监测值", "投资", "资源", "检查", "来源"), names);
            for (Sheet s : wb) {
                assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition(), s.getSheetName() + " header row frozen");
                assertTrue(s.getPaneInformation().isFreezePane(), s.getSheetName());
            }
            Sheet indicators = wb.getSheet("指标");
            assertEquals(7, indicators.getPhysicalNumberOfRows(), "header and 6 rows");
            List<String> header = new ArrayList<>();
            indicators.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertTrue(header.containsAll(List.of("单位", "基线值", "目标值", "2023年预期值", "监测值", "进度（%）", "评估状态", "审核状态")), header.toString());
            int value = header.indexOf("监测值");
            assertEquals(CellType.NUMERIC, indicators.getRow(1).getCell(value).getCellType());
            assertEquals(79.31, indicators.getRow(1).getCell(value).getNumericCellValue(), 1e-9);
            assertEquals("岁", indicators.getRow(1).getCell(header.indexOf("单位")).getStringCellValue());
            assertEquals(101.2, indicators.getRow(1).getCell(header.indexOf("进度（%）")).getNumericCellValue(), 1e-9);
            assertEquals("已达标", indicators.getRow(1).getCell(header.indexOf("评估状态")).getStringCellValue());

            Sheet investment = wb.getSheet("投资");
            assertEquals("计划投资（万元）", investment.getRow(0).getCell(1).getStringCellValue());
            double sum = 0;
            for (int i = 1; i <= 11; i++) {
                sum += investment.getRow(i).getCell(1).getNumericCellValue();
            }
            assertEquals(421068, sum, 1e-6);
            assertEquals(2020, investment.getRow(1).getCell(0).getNumericCellValue(), 0);

            Sheet ratios = wb.getSheet("资源");
            assertEquals("每千人口执业（助理）医师数", ratios.getRow(2).getCell(0).getStringCellValue());
            assertEquals(3.05, ratios.getRow(2).getCell(4).getNumericCellValue(), 1e-9);
            assertEquals(385, ratios.getRow(2).getCell(12).getNumericCellValue(), 0);
            assertEquals(2, wb.getSheet("检查").getPhysicalNumberOfRows() - 1);
            assertEquals(4, wb.getSheet("来源").getPhysicalNumberOfRows() - 1);
            assertEquals(7, wb.getSheet("监测值").getPhysicalNumberOfRows() - 1);
        }
        String etag = r.header("ETag");
        given().accept(XLSX).header("If-None-Match", etag).when().get("/api/v1/plans/tongliang-14th/report?year=2023")
                .then().statusCode(304);
    }

    /** Yuzhong's work items carry years but no amounts: the page says so instead of printing empty figures. */
    @Test
    void projectsWithoutAmountsAreSaidToHaveNone() {
        ReportFixtures.stubTongliang();
        WireMockBackends.server(Backend.PROJECT).stubFor(get(urlPathEqualTo("/api/v1/plans/tongliang-14th/project-summary"))
                .willReturn(Fixtures.json("""
                        {"count": 35, "totals": {"floorAreaM2": null, "investment10kCny": null, "newLandMu": null},
                         "inPeriod": {"count": 35, "investment10kCny": null}, "outOfPeriod": {"count": 0, "investment10kCny": null},
                         "investmentByYear": []}""")));
        given().when().get("/api/v1/plans/tongliang-14th/report?year=2023").then().statusCode(200)
                .body("investment.projects", equalTo(35)).body("investment.total", nullValue())
                .body("investment.outOfPeriodPercent", nullValue()).body("investment.byYear", empty());
        String html = given().when().get("/api/v1/plans/tongliang-14th/report?year=2023&format=html").then().statusCode(200)
                .extract().asString();
        assertTrue(html.contains("重大工程项目 35 个，未列投资额。"), "no amounts");
        assertTrue(html.contains("无项目投资数据"), "the chart says it is empty");
        assertTrue(!html.contains("（占 ）") && !html.contains("计划总投资  万元"), "no empty figures");
    }

    @Test
    void aDownProjectServiceIsMarkedInThePageAndTheRestIsWhole() {
        ReportFixtures.stubTongliang();
        WireMockBackends.server(Backend.PROJECT).stubFor(get(urlPathEqualTo("/api/v1/plans/tongliang-14th/project-summary"))
                .willReturn(aResponse().withStatus(503)));
        given().when().get("/api/v1/plans/tongliang-14th/report?year=2023")
                .then().statusCode(200).body("degraded", contains("project-service")).body("investment", nullValue())
                .body("summary.behind", equalTo(2)).body("ratios.year", equalTo(2022));
        long start = System.nanoTime();
        String html = given().when().get("/api/v1/plans/tongliang-14th/report?year=2023&format=html")
                .then().statusCode(200).contentType("text/html").extract().asString();
        assertThat((System.nanoTime() - start) / 1_000_000, lessThan(8000L));
        assertTrue(html.contains("data-degraded=\"project-service\""), "the investment section is marked missing");
        assertTrue(html.contains("项目服务（project-service）未及时响应"), "the notice names the backend");
        assertTrue(!html.contains("data-chart=\"investment\""), "no investment chart");
        assertEquals(6, count(html, "data-chart=\""), "5 trajectories and the ratios");
    }

    @Test
    void aSlowFacilityServiceIsMarkedAndTheAnswerStillComesInTime() {
        ReportFixtures.stubTongliang();
        // every client connected once, so that only the slow backend can miss the 600 ms of a test
        given().when().get("/api/v1/plans/tongliang-14th/report?year=2023").then().statusCode(200).body("degraded", empty());
        WireMockBackends.server(Backend.FACILITY).stubFor(get(urlPathEqualTo("/api/v1/regions/500151/ratios/series"))
                .willReturn(Fixtures.json(ReportFixtures.RATIO_SERIES).withFixedDelay(10_000)));
        long start = System.nanoTime();
        String html = given().when().get("/api/v1/plans/tongliang-14th/report?year=2023&format=html")
                .then().statusCode(200).extract().asString();
        assertThat((System.nanoTime() - start) / 1_000_000, lessThan(8000L));
        assertTrue(html.contains("data-degraded=\"facility-service\""), "the ratios section is marked missing: "
                + html.substring(Math.max(0, html.indexOf("<section id=\"ratios\"")), Math.max(0, html.indexOf("<section id=\"checks\""))));
        assertTrue(!html.contains("data-chart=\"ratios\""));
        assertTrue(html.contains("data-chart=\"investment\""));
    }

    @Test
    void withoutTheIndicatorServiceThePageStillAnswersAndSaysWhy() {
        WireMockBackends.server(Backend.INDICATOR).stubFor(get(urlPathEqualTo("/api/v1/plans/tongliang-14th"))
                .willReturn(aResponse().withStatus(503)));
        String html = given().when().get("/api/v1/plans/tongliang-14th/report?format=html")
                .then().statusCode(200).extract().asString();
        assertTrue(html.contains("data-degraded=\"indicator-service\""), html);
        assertTrue(html.contains("指标服务（indicator-service）未及时响应"));
        assertTrue(!html.contains("data-degraded=\"project-service\""), "project-service was not asked, it is not blamed");
        given().when().get("/api/v1/plans/tongliang-14th/report").then().statusCode(200)
                .body("degraded", contains("indicator-service")).body("plan", nullValue()).body("indicators", nullValue());
    }

    @Test
    void badInputIs400NamingItUnknownPlan404AndAnUnservableAccept406() {
        given().when().get("/api/v1/plans/tongliang-14th/report?format=pdf")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("format"));
        given().when().get("/api/v1/plans/tongliang-14th/report?year=twenty")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("year"));
        given().when().get("/api/v1/plans/tongliang-14th/report?approvedOnly=maybe")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("approvedOnly"));
        given().when().get("/api/v1/plans/tongliang-14th/report?yaer=2023")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("yaer"));
        given().accept("application/xml").when().get("/api/v1/plans/tongliang-14th/report")
                .then().statusCode(406).contentType("application/problem+json").body("status", equalTo(406));
        WireMockBackends.server(Backend.INDICATOR).verify(0, getRequestedFor(urlPathEqualTo("/api/v1/plans/tongliang-14th")));
        WireMockBackends.server(Backend.INDICATOR).stubFor(get(urlEqualTo("/api/v1/plans/nowhere-14th")).willReturn(Fixtures.notFound()));
        given().accept("text/html").when().get("/api/v1/plans/nowhere-14th/report")
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString("nowhere-14th"));
    }

    @Test
    void theOperationIsDocumentedWithItsThreeFormsAndParameters() {
        JsonPath doc = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        String op = "paths.'/api/v1/plans/{planCode}/report'.get";
        assertEquals("getPlanReport", doc.getString(op + ".operationId"));
        assertThat(doc.getList(op + ".parameters.name"), containsInAnyOrder("planCode", "year", "format", "approvedOnly"));
        assertEquals(List.of("json", "html", "xlsx"), doc.getList(op + ".parameters.find { it.name == 'format' }.schema.enum"));
        assertThat(doc.getMap(op + ".responses.'200'.content").keySet(), contains("application/json", "text/html", XLSX));
        assertThat(doc.getList(op + ".security"), empty());
        assertThat(doc.getString(op + ".responses.'200'.content.'application/json'.schema.'$ref'"), not(nullValue()));
    }

    private static String firstChart(String html) {
        Matcher m = SVG.matcher(html);
        return m.find() ? m.group() : "";
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
