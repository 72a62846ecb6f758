package org.healthplanning.gateway.rest;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.healthplanning.gateway.rest.Fixtures.json;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.healthplanning.gateway.client.Backend;
import org.healthplanning.gateway.config.WireMockBackends;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(WireMockBackends.class)
class ViewResourceTest {
    static final io.restassured.config.RestAssuredConfig DECIMALS = io.restassured.config.RestAssuredConfig.config()
            .jsonConfig(io.restassured.config.JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        WireMockBackends.resetAll();
        breakers.resetAll();
    }

    @Test
    void overviewJoinsPlanEvaluationProjectTotalsRatiosAndConsistency() {
        Fixtures.stubTongliang();
        given().config(DECIMALS).when().get("/api/v1/plans/tongliang-14th/overview?year=2023")
                .then().statusCode(200).contentType("application/json")
                .body("planCode", equalTo("tongliang-14th"))
                .body("year", equalTo(2023))
                .body("plan.regionCode", equalTo("500151"))
                .body("evaluation.indicators", hasSize(4))
                .body("evaluation.summary.BEHIND", equalTo(1))
                .body("bindingOffTrack.id", contains(12))
                .body("bindingOffTrack[0].status", equalTo("BEHIND"))
                .body("projectSummary.totals.floorAreaM2", equalTo(594970))
                .body("projectSummary.totals.investment10kCny", equalTo(421068))
                .body("projectSummary.totals.newLandMu", equalTo(576))
                .body("projectSummary.difference.investment10kCny", equalTo(0))
                .body("projectSummary.outOfPeriod.investment10kCny", equalTo(new BigDecimal("179799.5")))
                .body("ratios.ratios.bedsPer1000", equalTo(new BigDecimal("7.12")))
                .body("consistency.resourceMetric", contains("licensedDoctorsPer1000", "bedsPer1000"))
                // 2023 has no monitoring value for doctors: the trajectory value 3.3 is the plan's figure; 3.05 - 3.3
                .body("consistency[0].planValue", equalTo(new BigDecimal("3.3")))
                .body("consistency[0].planValueSource", equalTo("EXPECTED"))
                .body("consistency[0].computedRatio", equalTo(new BigDecimal("3.05")))
                .body("consistency[0].difference", equalTo(new BigDecimal("-0.25")))
                .body("consistency[0].differenceToTarget", equalTo(new BigDecimal("-0.55")))
                // beds: no evaluation row, no value for 2023: the ratio is shown without a plan figure
                .body("consistency[1].computedRatio", equalTo(new BigDecimal("7.12")))
                .body("consistency[1].planValue", nullValue())
                .body("consistency[1].differenceToTarget", equalTo(new BigDecimal("-0.38")))
                .body("degraded", empty());

        // the plan's own period: project-service knows it, the gateway does not send it
        WireMockBackends.server(Backend.PROJECT).verify(getRequestedFor(
                urlEqualTo("/api/v1/plans/tongliang-14th/project-summary")));
        WireMockBackends.server(Backend.INDICATOR).verify(getRequestedFor(
                urlEqualTo("/api/v1/plans/tongliang-14th/evaluation?year=2023")));
    }

    @Test
    void inTheBaselineYearThePlanFigureIsTheBaseline() {
        Fixtures.stubTongliang();
        given().config(DECIMALS).when().get("/api/v1/plans/tongliang-14th/overview?year=2020")
                .then().statusCode(200)
                .body("consistency[0].planValueSource", equalTo("BASELINE"))
                .body("consistency[0].planValue", equalTo(new BigDecimal("2.85")))
                .body("consistency[0].computedRatio", equalTo(new BigDecimal("2.80")))
                .body("consistency[0].difference", equalTo(new BigDecimal("-0.05")))
                .body("consistency[1].planValue", equalTo(new BigDecimal("6.86")))
                .body("consistency[1].difference", equalTo(new BigDecimal("0.04")));
    }

    /** The reads that need nothing from the plan (the evaluation, the project summary) do not wait for it. */
    @Test
    void readsThatDoNotNeedThePlanStartBesideIt() {
        Fixtures.stubTongliang();
        long planDelayMs = 400;
        WireMockBackends.server(Backend.INDICATOR).stubFor(get(urlEqualTo("/api/v1/plans/tongliang-14th"))
                .willReturn(json(Fixtures.PLAN).withFixedDelay((int) planDelayMs)));
        given().when().get("/api/v1/plans/tongliang-14th/overview?year=2023")
                .then().statusCode(200).body("degraded", empty()).body("evaluation.year", equalTo(2023))
                .body("projectSummary.totals.investment10kCny", equalTo(421068)).body("ratios.year", equalTo(2023));
        long plan = received(Backend.INDICATOR, "/api/v1/plans/tongliang-14th");
        assertThat("the evaluation was asked before the plan was answered",
                received(Backend.INDICATOR, "/api/v1/plans/tongliang-14th/evaluation?year=2023") - plan, lessThan(planDelayMs));
        assertThat("the summary was asked before the plan was answered",
                received(Backend.PROJECT, "/api/v1/plans/tongliang-14th/project-summary") - plan, lessThan(planDelayMs));
        assertThat("the ratios wait for the plan's region",
                received(Backend.FACILITY, "/api/v1/regions/500151/ratios?year=2023") - plan,
                org.hamcrest.Matchers.greaterThanOrEqualTo(planDelayMs));
    }

    /** When the backend received the request for this path and query (epoch ms). */
    private static long received(Backend backend, String url) {
        return WireMockBackends.server(backend).getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().equals(url))
                .mapToLong(e -> e.getRequest().getLoggedDate().getTime())
                .findFirst().orElseThrow(() -> new AssertionError(url + " was not asked"));
    }

    @Test
    void withoutYearTheEvaluationsYearIsUsed() {
        Fixtures.stubTongliang();
        given().when().get("/api/v1/plans/tongliang-14th/overview")
                .then().statusCode(200).body("year", equalTo(2023)).body("ratios.year", equalTo(2023));
        WireMockBackends.server(Backend.INDICATOR).verify(getRequestedFor(urlEqualTo("/api/v1/plans/tongliang-14th/evaluation")));
    }

    /** A plan without any monitoring value has its baselines as its only figures: their year is compared. */
    @Test
    void withoutYearOrAnyValueTheBaselineYearIsUsed() {
        Fixtures.stubTongliang();
        WireMockBackends.server(Backend.INDICATOR).stubFor(get(urlPathEqualTo("/api/v1/plans/tongliang-14th/evaluation"))
                .willReturn(json(Fixtures.EVALUATION.replaceFirst("\"year\": 2023,", "\"year\": null,"))));
        given().config(DECIMALS).when().get("/api/v1/plans/tongliang-14th/overview")
                .then().statusCode(200).body("year", equalTo(2020)).body("ratios.year", equalTo(2020))
                .body("consistency[0].planValueSource", equalTo("BASELINE"))
                .body("consistency[0].planValue", equalTo(new BigDecimal("2.85")))
                .body("consistency[0].computedRatio", equalTo(new BigDecimal("2.80")));
        WireMockBackends.server(Backend.FACILITY).verify(getRequestedFor(urlEqualTo("/api/v1/regions/500151/ratios?year=2020")));
    }

    @Test
    void aSlowProjectServiceIsDegradedAndTheRestStillAnswers() {
        Fixtures.stubTongliang();
        WireMockBackends.server(Backend.PROJECT).stubFor(get(urlPathEqualTo("/api/v1/plans/tongliang-14th/project-summary"))
                .willReturn(json(Fixtures.SUMMARY).withFixedDelay(10000)));
        given().when().get("/api/v1/plans/tongliang-14th").then().statusCode(200);
        long start = System.nanoTime();
        given().when().get("/api/v1/plans/tongliang-14th/overview?year=2023")
                .then().statusCode(200)
                .body("degraded", contains("project-service"))
                .body("projectSummary", nullValue())
                .body("evaluation.year", equalTo(2023))
                .body("ratios.population", equalTo(700000))
                .body("consistency", hasSize(2));
        long ms = (System.nanoTime() - start) / 1_000_000;
        // the summary would come after 10 s; the margin over the 600 ms timeout absorbs a loaded test machine
        assertThat(ms, lessThan(8000L));
    }

    @Test
    void aDownFacilityServiceIsDegraded() {
        Fixtures.stubTongliang();
        WireMockBackends.server(Backend.FACILITY).stubFor(get(urlPathEqualTo("/api/v1/regions/500151/ratios"))
                .willReturn(aResponse().withStatus(503)));
        given().when().get("/api/v1/plans/tongliang-14th/overview?year=2023")
                .then().statusCode(200)
                .body("degraded", contains("facility-service"))
                .body("ratios", nullValue())
                .body("projectSummary.count", equalTo(31))
                .body("consistency[0].computedRatio", nullValue());
    }

    @Test
    void missingRatiosAreANoteNotADegradation() {
        Fixtures.stubTongliang();
        WireMockBackends.server(Backend.FACILITY).stubFor(get(urlEqualTo("/api/v1/regions/500151/ratios?year=2024"))
                .willReturn(Fixtures.notFound()));
        given().when().get("/api/v1/plans/tongliang-14th/overview?year=2024")
                .then().statusCode(200)
                .body("degraded", empty())
                .body("ratios", nullValue())
                .body("notes", hasItem(org.hamcrest.Matchers.containsString("ratios")));
    }

    @Test
    void unknownPlanIs404AndBadYearIs400() {
        WireMockBackends.server(Backend.INDICATOR).stubFor(get(urlEqualTo("/api/v1/plans/nowhere-14th")).willReturn(Fixtures.notFound()));
        given().when().get("/api/v1/plans/nowhere-14th/overview")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("detail", org.hamcrest.Matchers.containsString("nowhere-14th"));
        given().when().get("/api/v1/plans/tongliang-14th/overview?year=twenty")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("year"));
        WireMockBackends.server(Backend.INDICATOR).verify(0, getRequestedFor(urlPathEqualTo("/api/v1/plans/tongliang-14th")));
    }

    @Test
    void aPlanCodeTheBackendRefusesIsThe400OfTheOverviewAndOfTheDashboard() {
        String refused = """
                {"type": "/problems/validation", "title": "Invalid request", "status": 400,
                 "detail": "planCode: must be 1-64 letters, digits, '.', '_' or '-'",
                 "errors": [{"field": "planCode", "message": "must be 1-64 letters, digits, '.', '_' or '-'"}]}""";
        WireMockBackends.server(Backend.INDICATOR).stubFor(get(urlEqualTo("/api/v1/plans/-bad"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json").withBody(refused)));
        given().urlEncodingEnabled(false).when().get("/api/v1/plans/-bad/overview")
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("planCode")).body("detail", org.hamcrest.Matchers.containsString("letters"));
        WireMockBackends.server(Backend.FACILITY).stubFor(get(urlEqualTo("/api/v1/regions/-bad"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json").withBody(refused)));
        given().urlEncodingEnabled(false).when().get("/api/v1/regions/-bad/dashboard?year=2024")
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json").body("errors.field", contains("planCode"));
    }

    @Test
    void dashboardShowsRegionPlansLatestRatiosAndActiveProjects() {
        WireMockBackends.server(Backend.FACILITY).stubFor(get(urlEqualTo("/api/v1/regions/500151")).willReturn(json(Fixtures.REGION)));
        WireMockBackends.server(Backend.INDICATOR).stubFor(get(urlEqualTo("/api/v1/plans?regionCode=500151&size=500"))
                .willReturn(json("{\"items\": [" + Fixtures.PLAN + "], \"page\": 0, \"size\": 500, \"total\": 1}")));
        // facility-service answers years without data with no ratios; 2023 is the latest year that has them
        WireMockBackends.server(Backend.FACILITY).stubFor(get(urlEqualTo("/api/v1/regions/500151/ratios/series?from=2015&to=2025"))
                .willReturn(json("[" + Fixtures.RATIOS_2020 + ", " + Fixtures.RATIOS_2023
                        + ", {\"regionCode\": \"500151\", \"year\": 2024, \"population\": 705000},"
                        + " {\"regionCode\": \"500151\", \"year\": 2025}]")));
        WireMockBackends.server(Backend.PROJECT).stubFor(get(urlEqualTo("/api/v1/projects?regionCode=500151&activeInYear=2025&size=500"))
                .willReturn(json(Fixtures.PROJECTS)));

        given().when().get("/api/v1/regions/500151/dashboard?year=2025")
                .then().statusCode(200)
                .body("region.name", equalTo("重庆市铜梁区"))
                .body("plans.code", contains("tongliang-14th"))
                .body("ratios.year", equalTo(2023))
                .body("ratios.ratios.licensedDoctorsPer1000", equalTo(3.05f))
                .body("activeProjects.year", equalTo(2025))
                .body("activeProjects.total", equalTo(1))
                .body("activeProjects.items[0].name", equalTo("铜梁区中医院迁建项目"))
                .body("degraded", empty());
    }

    @Test
    void dashboardOfUnknownRegionIs404AndWithoutProjectServiceDegraded() {
        WireMockBackends.server(Backend.FACILITY).stubFor(get(urlEqualTo("/api/v1/regions/999999")).willReturn(Fixtures.notFound()));
        given().when().get("/api/v1/regions/999999/dashboard?year=2025")
                .then().statusCode(404).contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("999999"));

        WireMockBackends.server(Backend.FACILITY).stubFor(get(urlEqualTo("/api/v1/regions/500151")).willReturn(json(Fixtures.REGION)));
        WireMockBackends.server(Backend.INDICATOR).stubFor(get(urlPathEqualTo("/api/v1/plans"))
                .willReturn(json("{\"items\": [], \"page\": 0, \"size\": 500, \"total\": 0}")));
        WireMockBackends.server(Backend.PROJECT).stubFor(get(urlPathEqualTo("/api/v1/projects"))
                .willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
        given().when().get("/api/v1/regions/500151/dashboard?year=2025")
                .then().statusCode(200)
                .body("region.code", equalTo("500151"))
                .body("activeProjects", nullValue())
                .body("plans", empty())
                .body("degraded", contains("project-service"))
                .body("regionCode", notNullValue());
    }
}
