package org.healthplanning.gateway.rest;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.healthplanning.gateway.client.Backend;
import org.healthplanning.platform.testing.Tokens;
import org.healthplanning.gateway.config.WireMockBackends;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(WireMockBackends.class)
class ProxyRoutesTest {
    static final String PLAN = """
            {"code":"tongliang-14th","regionCode":"500151","regionName":"重庆市铜梁区","title":"重庆市铜梁区卫生健康发展“十四五”规划","periodStart":2021,"periodEnd":2025,"baselineYear":2020,"targetYear":2025,"version":0,"ratio":78.47}""";
    static final String PROBLEM_412 = """
            {"type":"/problems/precondition-failed","title":"Precondition failed","status":412,"detail":"The resource has changed: its current version is 3","instance":"/api/v1/plans/tongliang-14th"}""";

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        Tokens.adminByDefault();
        WireMockBackends.resetAll();
        breakers.resetAll();
    }

    @Test
    void getPassesQueryHeadersAndBodyThroughUnchanged() {
        String page = "{\"items\":[" + PLAN + "],\"page\":0,\"size\":50,\"total\":1}";
        backend(Backend.INDICATOR).stubFor(get(urlPathEqualTo("/api/v1/plans"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json;charset=UTF-8")
                        .withHeader("X-Total-Count", "1").withBody(page)));

        Response r = given().header("Accept", "application/json").header("X-Request-Id", "abc-1")
                .when().get("/api/v1/plans?regionCode=500151&sort=-periodStart&size=50");
        r.then().statusCode(200).header("Content-Type", containsString("application/json")).header("X-Total-Count", "1");
        assertEquals(page, new String(r.asByteArray(), StandardCharsets.UTF_8));

        backend(Backend.INDICATOR).verify(getRequestedFor(urlEqualTo("/api/v1/plans?regionCode=500151&sort=-periodStart&size=50"))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("X-Request-Id", equalTo("abc-1")));
    }

    @Test
    void createKeepsStatusAndBodyAndRewritesLocationToTheGateway() {
        int indicatorPort = backend(Backend.INDICATOR).port();
        backend(Backend.INDICATOR).stubFor(any(urlEqualTo("/api/v1/plans"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withHeader("Location", "http://localhost:" + indicatorPort + "/api/v1/plans/tongliang-14th")
                        .withHeader("ETag", "\"0\"").withBody(PLAN)));

        Response r = given().contentType("application/json").body(PLAN).when().post("/api/v1/plans");
        r.then().statusCode(201).header("ETag", "\"0\"")
                .header("Location", "http://localhost:" + RestAssured.port + "/api/v1/plans/tongliang-14th");
        assertEquals(PLAN, new String(r.asByteArray(), StandardCharsets.UTF_8));
        backend(Backend.INDICATOR).verify(postRequestedFor(urlEqualTo("/api/v1/plans"))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson(PLAN)));
    }

    @Test
    void ifMatchGoesThroughAndA412ProblemComesBackAsItIs() {
        backend(Backend.INDICATOR).stubFor(any(urlEqualTo("/api/v1/plans/tongliang-14th"))
                .withHeader("If-Match", equalTo("\"2\""))
                .willReturn(aResponse().withStatus(412).withHeader("Content-Type", "application/problem+json").withBody(PROBLEM_412)));

        Response r = given().contentType("application/json").header("If-Match", "\"2\"").body(PLAN)
                .when().put("/api/v1/plans/tongliang-14th");
        r.then().statusCode(412).contentType("application/problem+json");
        assertEquals(PROBLEM_412, new String(r.asByteArray(), StandardCharsets.UTF_8));
        backend(Backend.INDICATOR).verify(putRequestedFor(urlEqualTo("/api/v1/plans/tongliang-14th"))
                .withHeader("If-Match", equalTo("\"2\"")));
    }

    @Test
    void badRequestsAndNotFoundStayThe4xxOfTheBackend() {
        String problem400 = "{\"type\":\"/problems/validation\",\"title\":\"Invalid request\",\"status\":400,"
                + "\"detail\":\"floorAreaM2: must be at least 0\",\"errors\":[{\"field\":\"floorAreaM2\",\"message\":\"must be at least 0\"}]}";
        backend(Backend.PROJECT).stubFor(any(urlEqualTo("/api/v1/projects/7"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json").withBody(problem400)));
        backend(Backend.FACILITY).stubFor(get(urlEqualTo("/api/v1/regions/999999"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404,\"detail\":\"Region '999999' does not exist\"}")));

        Response bad = given().contentType("application/merge-patch+json").body("{\"floorAreaM2\": -1}")
                .when().patch("/api/v1/projects/7");
        bad.then().statusCode(400).contentType("application/problem+json");
        assertEquals(problem400, new String(bad.asByteArray(), StandardCharsets.UTF_8));
        backend(Backend.PROJECT).verify(patchRequestedFor(urlEqualTo("/api/v1/projects/7"))
                .withHeader("Content-Type", containing("application/merge-patch+json")));

        given().when().get("/api/v1/regions/999999").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.equalTo("Region '999999' does not exist"));
    }

    @Test
    void csvExportAndImportPassThroughByteForByte() {
        String csv = "position,category,seq,name,unit,baseline.raw,target.raw,nature\n"
                + "1,健康水平,1,人均预期寿命,岁,78.47,79.3,EXPECTED\n"
                + "2,健康水平,2,孕产妇死亡率,1/10万,0,＜10,BINDING\n";
        backend(Backend.INDICATOR).stubFor(get(urlEqualTo("/api/v1/plans/tongliang-14th/indicators/export"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/csv;charset=UTF-8")
                        .withHeader("Content-Disposition", "attachment; filename=\"tongliang-14th-indicators.csv\"")
                        .withBody(csv)));
        backend(Backend.INDICATOR).stubFor(any(urlPathEqualTo("/api/v1/plans/tongliang-14th/indicators/import"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"imported\":2,\"errors\":[],\"warnings\":[]}")));

        Response export = given().when().get("/api/v1/plans/tongliang-14th/indicators/export");
        export.then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("tongliang-14th-indicators.csv"));
        assertEquals(csv, new String(export.asByteArray(), StandardCharsets.UTF_8));

        given().contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/plans/tongliang-14th/indicators/import?mode=replace&dryRun=true")
                .then().statusCode(200).body("imported", org.hamcrest.Matchers.equalTo(2));
        backend(Backend.INDICATOR).verify(postRequestedFor(urlEqualTo("/api/v1/plans/tongliang-14th/indicators/import?mode=replace&dryRun=true"))
                .withHeader("Content-Type", containing("text/csv"))
                .withRequestBody(equalTo(csv)));
    }

    @Test
    void eachPathGoesToItsOwner() {
        for (Backend b : Backend.values()) {
            backend(b).stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody("{\"from\":\"" + b.serviceName() + "\"}")));
        }
        String[][] routes = {
                {"/api/v1/indicator-definitions", "indicator-service"},
                {"/api/v1/indicator-definitions/LIFE_EXPECTANCY/comparison?year=2023", "indicator-service"},
                {"/api/v1/plans", "indicator-service"},
                {"/api/v1/plans/tongliang-14th/evaluation?year=2023", "indicator-service"},
                {"/api/v1/plans/tongliang-14th/indicators/5/values", "indicator-service"},
                {"/api/v1/plans/tongliang-14th/checks", "indicator-service"},
                {"/api/v1/plans/tongliang-14th/project-summary?periodStart=2021&periodEnd=2025", "project-service"},
                {"/api/v1/plans/tongliang-14th/declared-totals", "project-service"},
                {"/api/v1/projects?planCode=tongliang-14th&activeInYear=2023", "project-service"},
                {"/api/v1/projects/export?planCode=tongliang-14th", "project-service"},
                {"/api/v1/regions?parentCode=500000", "facility-service"},
                {"/api/v1/regions/500151/ratios?year=2023", "facility-service"},
                {"/api/v1/regions/500151/gaps?targetYear=2030", "facility-service"},
                {"/api/v1/facilities/F001/resources", "facility-service"},
                {"/api/v1/standards/BEDS-NATIONAL", "facility-service"},
        };
        for (String[] route : routes) {
            given().when().get(route[0]).then().statusCode(200).body("from", org.hamcrest.Matchers.equalTo(route[1]));
        }
        given().when().delete("/api/v1/facilities/F001").then().statusCode(200).body("from", org.hamcrest.Matchers.equalTo("facility-service"));
        backend(Backend.FACILITY).verify(deleteRequestedFor(urlEqualTo("/api/v1/facilities/F001")));
        backend(Backend.PROJECT).verify(getRequestedFor(urlEqualTo("/api/v1/plans/tongliang-14th/declared-totals")));
        backend(Backend.INDICATOR).verify(0, anyRequestedFor(urlPathEqualTo("/api/v1/plans/tongliang-14th/declared-totals")));
    }

    @Test
    void unknownApiPathIsAProblem404OfTheGateway() {
        given().when().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.equalTo(404))
                .body("instance", org.hamcrest.Matchers.equalTo("/api/v1/nothing-here"));
    }

    @Test
    void anUnreachableBackendIsA503ProblemNamingIt() {
        backend(Backend.PROJECT).stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        long start = System.nanoTime();
        given().when().get("/api/v1/projects?planCode=tongliang-14th").then().statusCode(503)
                .contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.equalTo(503))
                .body("backend", org.hamcrest.Matchers.equalTo("project-service"))
                .body("detail", containsString("project-service"));
        org.hamcrest.MatcherAssert.assertThat((System.nanoTime() - start) / 1_000_000, lessThan(2000L));
    }

    @Test
    void aReadWhoseConnectionFailsBeforeAnyAnswerIsSentOnceMoreEvenToTheOnlyInstance() {
        backend(Backend.PROJECT).stubFor(get(urlPathEqualTo("/api/v1/projects")).inScenario("reset once")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("reset"));
        backend(Backend.PROJECT).stubFor(get(urlPathEqualTo("/api/v1/projects")).inScenario("reset once")
                .whenScenarioStateIs("reset")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"items\":[],\"page\":0,\"size\":50,\"total\":0}")));
        given().when().get("/api/v1/projects?planCode=tongliang-14th").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(0));
        backend(Backend.PROJECT).verify(2, getRequestedFor(urlPathEqualTo("/api/v1/projects")));
    }

    @Test
    void aWriteWhoseConnectionFailsIsNotSentAgain() {
        backend(Backend.PROJECT).stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        given().contentType("application/json").body("{}").when().post("/api/v1/projects").then().statusCode(503)
                .body("backend", org.hamcrest.Matchers.equalTo("project-service"));
        backend(Backend.PROJECT).verify(1, postRequestedFor(urlEqualTo("/api/v1/projects")));
    }

    @Test
    void aBackendThatDoesNotAnswerIsA504NotAHang() {
        backend(Backend.FACILITY).stubFor(get(urlEqualTo("/api/v1/regions/500151"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(6000).withBody("{}")));
        given().when().get("/api/v1/nothing-here").then().statusCode(404);
        long start = System.nanoTime();
        given().when().get("/api/v1/regions/500151").then().statusCode(504)
                .contentType("application/problem+json")
                .body("backend", org.hamcrest.Matchers.equalTo("facility-service"));
        org.hamcrest.MatcherAssert.assertThat((System.nanoTime() - start) / 1_000_000, lessThan(5000L));
    }

    static com.github.tomakehurst.wiremock.matching.StringValuePattern containing(String s) {
        return com.github.tomakehurst.wiremock.client.WireMock.containing(s);
    }

    static com.github.tomakehurst.wiremock.WireMockServer backend(Backend b) {
        return WireMockBackends.server(b);
    }
}
