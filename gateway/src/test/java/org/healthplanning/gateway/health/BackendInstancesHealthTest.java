package org.healthplanning.gateway.health;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.healthplanning.gateway.client.Backend;
import org.healthplanning.gateway.config.WireMockBackends;
import org.junit.jupiter.api.Test;

/** A backend running as two instances, one of them gone: the check names each instance's state. */
@QuarkusTest
@QuarkusTestResource(WireMockBackends.class)
@TestProfile(BackendInstancesHealthTest.TwoFacilityInstances.class)
class BackendInstancesHealthTest {
    static final String CHECK = "checks.find { it.name == 'backends' }";
    /** A port where nothing listens: the instance that is gone (one port for the profile and the test, whose classes load twice). */
    static final int GONE_PORT = Integer.parseInt(System.getProperties()
            .computeIfAbsent("wiremock.gone-port", k -> String.valueOf(freePort())).toString());

    /** facility-service listed as its WireMock server and an instance at a port where nothing listens. */
    public static class TwoFacilityInstances implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.stork.facility-service.service-discovery.address-list",
                    "${gateway.backend.facility.url},http://localhost:" + GONE_PORT);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void eachInstanceOfABackendIsReportedWhenOneIsDown() {
        for (Backend b : Backend.values()) {
            WireMockBackends.server(b).stubFor(get(urlEqualTo("/q/health/ready"))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody("{\"status\":\"UP\",\"checks\":[]}")));
        }
        int live = WireMockBackends.server(Backend.FACILITY).port();
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(CHECK + ".data.'indicator-service'", equalTo("up"))
                .body(CHECK + ".data.'facility-service'", equalTo("localhost:" + live + " up; localhost:" + GONE_PORT
                        + " down (connection refused)"))
                .body(CHECK + ".data.backendsUp", equalTo(2))
                .body(CHECK + ".data.backendsTotal", equalTo(3));
    }
}
