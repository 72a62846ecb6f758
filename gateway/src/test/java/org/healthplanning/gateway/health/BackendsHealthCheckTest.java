package org.healthplanning.gateway.health;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.healthplanning.gateway.client.Backend;
import org.healthplanning.gateway.config.WireMockBackends;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(WireMockBackends.class)
class BackendsHealthCheckTest {
    private static final String CHECK = "checks.find { it.name == 'backends' }";

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        WireMockBackends.resetAll();
        breakers.resetAll();
    }

    private static void ready(Backend b, int status) {
        WireMockBackends.server(b).stubFor(get(urlEqualTo("/q/health/ready"))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":\"" + (status == 200 ? "UP" : "DOWN") + "\",\"checks\":[]}")));
    }

    @Test
    void reportsEveryBackendUpWhenAllAreReady() {
        for (Backend b : Backend.values()) {
            ready(b, 200);
        }
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(CHECK + ".status", equalTo("UP"))
                .body(CHECK + ".data.'indicator-service'", equalTo("up"))
                .body(CHECK + ".data.'project-service'", equalTo("up"))
                .body(CHECK + ".data.'facility-service'", equalTo("up"))
                .body(CHECK + ".data.backendsUp", equalTo(3))
                .body(CHECK + ".data.backendsTotal", equalTo(3));
    }

    @Test
    void backendsThatAreDownAreDataAndTheGatewayStaysReadyAndLive() {
        ready(Backend.INDICATOR, 200);
        ready(Backend.PROJECT, 503);
        WireMockBackends.server(Backend.FACILITY).stubFor(get(urlEqualTo("/q/health/ready"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(CHECK + ".status", equalTo("UP"))
                .body(CHECK + ".data.'indicator-service'", equalTo("up"))
                .body(CHECK + ".data.'project-service'", equalTo("down (status 503)"))
                .body(CHECK + ".data.'facility-service'", startsWith("down ("))
                .body(CHECK + ".data.backendsUp", equalTo(1));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"))
                .body(CHECK + ".data.'project-service'", equalTo("down (status 503)"));
    }

    @Test
    void aBackendThatDoesNotAnswerInTimeIsDownWithoutHoldingTheCheck() {
        ready(Backend.INDICATOR, 200);
        ready(Backend.PROJECT, 200);
        WireMockBackends.server(Backend.FACILITY).stubFor(get(urlEqualTo("/q/health/ready"))
                .willReturn(aResponse().withStatus(200).withFixedDelay((int) WireMockBackends.TIMEOUT_MS * 4)));
        long started = System.nanoTime();
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(CHECK + ".data.'facility-service'", startsWith("down"))
                .body(CHECK + ".data.'indicator-service'", equalTo("up"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        org.junit.jupiter.api.Assertions.assertTrue(millis < WireMockBackends.TIMEOUT_MS * 3,
                "the check took " + millis + " ms");
    }
}
