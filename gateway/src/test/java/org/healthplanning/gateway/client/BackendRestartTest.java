package org.healthplanning.gateway.client;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.healthplanning.gateway.config.WireMockBackends;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A backend process that stops and starts again; runs in an application of its own. */
@QuarkusTest
@TestProfile(BackendRestartTest.Restarting.class)
@QuarkusTestResource(WireMockBackends.class)
class BackendRestartTest {
    static final String SUMMARY_PATH = "/api/v1/plans/tongliang-14th/project-summary";
    static final String OVERVIEW = "/api/v1/plans/tongliang-14th/overview?year=2023";

    public static class Restarting implements QuarkusTestProfile {
    }

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        WireMockBackends.resetAll();
        breakers.resetAll();
        org.healthplanning.gateway.rest.FixturesAccess.stubTongliang();
    }

    @Test
    void aStoppedBackendIsDegradedAndTheNextCallsAreWholeOnceItIsBack() throws Exception {
        given().when().get("/api/v1/plans/tongliang-14th").then().statusCode(200);
        WireMockBackends.stop(Backend.PROJECT);
        try {
            long start = System.nanoTime();
            given().when().get(OVERVIEW).then().statusCode(200)
                    .body("degraded", contains("project-service"))
                    .body("evaluation.summary.BEHIND", equalTo(1))
                    .body("ratios.ratios.bedsPer1000", equalTo(7.12f));
            // refused connections fail at once; the bound only proves there is no hang on a loaded machine
            assertThat((System.nanoTime() - start) / 1_000_000, lessThan(8000L));
            given().when().get("/api/v1/projects?planCode=tongliang-14th").then().statusCode(503)
                    .contentType("application/problem+json").body("backend", equalTo("project-service"));
        } finally {
            WireMockServer back = WireMockBackends.restart(Backend.PROJECT);
            back.stubFor(get(urlPathEqualTo(SUMMARY_PATH)).willReturn(org.healthplanning.gateway.rest.FixturesAccess.summary()));
        }
        given().when().get(OVERVIEW).then().statusCode(200)
                .body("degraded", empty()).body("projectSummary.totals.floorAreaM2", equalTo(594970));
    }
}
