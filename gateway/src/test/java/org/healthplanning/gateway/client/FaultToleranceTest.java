package org.healthplanning.gateway.client;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
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
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.healthplanning.gateway.config.WireMockBackends;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Timeouts, retries and circuit breakers seen through the plan overview. */
@QuarkusTest
@QuarkusTestResource(WireMockBackends.class)
class FaultToleranceTest {
    static final String SUMMARY_PATH = "/api/v1/plans/tongliang-14th/project-summary";
    static final String OVERVIEW = "/api/v1/plans/tongliang-14th/overview?year=2023";

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        WireMockBackends.resetAll();
        breakers.resetAll();
        org.healthplanning.gateway.rest.FixturesAccess.stubTongliang();
    }

    @Test
    void breakerOpensAfterRepeatedFailuresAndClosesWhenTheBackendIsBack() throws Exception {
        WireMockServer project = WireMockBackends.server(Backend.PROJECT);
        project.stubFor(get(urlPathEqualTo(SUMMARY_PATH)).willReturn(aResponse().withStatus(500)));

        for (int i = 0; i < WireMockBackends.BREAKER_THRESHOLD; i++) {
            given().when().get(OVERVIEW).then().statusCode(200).body("degraded", contains("project-service"));
        }
        // each failed call is tried once more (a GET that got a 5xx)
        int attempts = WireMockBackends.BREAKER_THRESHOLD * 2;
        project.verify(attempts, getRequestedFor(urlPathEqualTo(SUMMARY_PATH)));
        assertThat(breakers.currentState(ProjectClient.SUMMARY), equalTo(CircuitBreakerState.OPEN));

        // open: the backend is not asked at all, the answer is immediate and degraded
        given().when().get(OVERVIEW).then().statusCode(200)
                .body("degraded", contains("project-service")).body("projectSummary", nullValue())
                .body("evaluation.year", equalTo(2023));
        project.verify(attempts, getRequestedFor(urlPathEqualTo(SUMMARY_PATH)));

        // the backend recovers; after the open duration one trial call closes the circuit
        project.resetAll();
        project.stubFor(get(urlPathEqualTo(SUMMARY_PATH)).willReturn(org.healthplanning.gateway.rest.FixturesAccess.summary()));
        Thread.sleep(WireMockBackends.OPEN_MS + 200);
        given().when().get(OVERVIEW).then().statusCode(200)
                .body("degraded", empty()).body("projectSummary.totals.investment10kCny", equalTo(421068));
        assertThat(breakers.currentState(ProjectClient.SUMMARY), equalTo(CircuitBreakerState.CLOSED));
    }

    @Test
    void notFoundAnswersDoNotTripTheBreaker() {
        WireMockServer facility = WireMockBackends.server(Backend.FACILITY);
        facility.stubFor(get(urlEqualTo("/api/v1/regions/500151/ratios?year=2023"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404,\"detail\":\"no population for 2023\"}")));
        int calls = WireMockBackends.BREAKER_THRESHOLD * 2;
        for (int i = 0; i < calls; i++) {
            given().when().get(OVERVIEW).then().statusCode(200).body("degraded", empty()).body("ratios", nullValue());
        }
        // every call reached the backend once: a 404 is neither retried nor counted as a failure
        facility.verify(calls, getRequestedFor(urlEqualTo("/api/v1/regions/500151/ratios?year=2023")));
        assertThat(breakers.currentState(FacilityClient.RATIOS), equalTo(CircuitBreakerState.CLOSED));
    }

    @Test
    void aTimeoutIsDegradedAndNotRetried() {
        WireMockServer project = WireMockBackends.server(Backend.PROJECT);
        project.stubFor(get(urlPathEqualTo(SUMMARY_PATH))
                .willReturn(org.healthplanning.gateway.rest.FixturesAccess.summary().withFixedDelay(10000)));
        given().when().get("/api/v1/plans/tongliang-14th").then().statusCode(200);
        long start = System.nanoTime();
        given().when().get(OVERVIEW).then().statusCode(200)
                .body("degraded", contains("project-service"))
                .body("plan.code", equalTo("tongliang-14th"))
                .body("ratios.year", equalTo(2023));
        long ms = (System.nanoTime() - start) / 1_000_000;
        // the backend would answer after 10 s: the gateway gave up after its 600 ms timeout
        // (the margin absorbs a loaded test machine)
        assertThat(ms, lessThan(8000L));
        project.verify(1, getRequestedFor(urlPathEqualTo(SUMMARY_PATH)));
    }
}
