package org.healthplanning.gateway.rest;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
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

/**
 * Retrying a write safely through the gateway: Idempotency-Key reaches the backend and the backend's
 * Idempotency-Replayed comes back; imports may take longer than other routed requests before the
 * gateway gives up (gateway.import-timeout against gateway.proxy-timeout).
 */
@QuarkusTest
@QuarkusTestResource(WireMockBackends.class)
class IdempotencyRoutesTest {
    static final String PROJECT = "{\"id\":7,\"planCode\":\"tongliang-14th\",\"regionCode\":\"500151\",\"name\":\"区人民医院迁建\",\"version\":0}";
    static final String REPORT = "{\"imported\":2,\"errors\":[],\"warnings\":[]}";

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        Tokens.adminByDefault();
        WireMockBackends.resetAll();
        breakers.resetAll();
    }

    @Test
    void theKeyGoesToTheBackendAndTheReplayMarkComesBack() {
        int port = backend(Backend.PROJECT).port();
        backend(Backend.PROJECT).stubFor(post(urlEqualTo("/api/v1/projects"))
                .withHeader("Idempotency-Key", equalTo("3f6c1b2e-retry"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withHeader("Location", "http://localhost:" + port + "/api/v1/projects/7")
                        .withHeader("ETag", "\"0\"").withHeader("Idempotency-Replayed", "true").withBody(PROJECT)));

        Response r = given().header("Idempotency-Key", "3f6c1b2e-retry").contentType("application/json").body(PROJECT)
                .when().post("/api/v1/projects");
        r.then().statusCode(201).header("Idempotency-Replayed", "true").header("ETag", "\"0\"")
                .header("Location", "http://localhost:" + RestAssured.port + "/api/v1/projects/7");
        assertEquals(PROJECT, new String(r.asByteArray(), StandardCharsets.UTF_8));
        backend(Backend.PROJECT).verify(1, postRequestedFor(urlEqualTo("/api/v1/projects"))
                .withHeader("Idempotency-Key", equalTo("3f6c1b2e-retry")));
    }

    @Test
    void aConflictOrAReusedKeyComesBackAsTheBackendsProblem() {
        String inProgress = "{\"type\":\"/problems/conflict\",\"title\":\"Conflict\",\"status\":409,"
                + "\"detail\":\"Idempotency-Key: a request with this key is still in progress\",\"instance\":\"/api/v1/projects\"}";
        backend(Backend.PROJECT).stubFor(post(urlEqualTo("/api/v1/projects"))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json").withBody(inProgress)));
        Response r = given().header("Idempotency-Key", "busy").contentType("application/json").body(PROJECT)
                .when().post("/api/v1/projects");
        r.then().statusCode(409).contentType("application/problem+json");
        assertEquals(inProgress, new String(r.asByteArray(), StandardCharsets.UTF_8));
    }

    @Test
    void anImportMayTakeLongerThanOtherRoutedRequests() {
        long slow = 3000;
        assertTrue(slow > 2000 && slow < WireMockBackends.IMPORT_TIMEOUT_MS);
        backend(Backend.FACILITY).stubFor(post(urlPathEqualTo("/api/v1/facilities/import"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withFixedDelay((int) slow).withBody(REPORT)));
        backend(Backend.FACILITY).stubFor(put(urlEqualTo("/api/v1/facilities/tl-people-hospital"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withFixedDelay(6000).withBody("{}")));

        // an import waits for its backend longer than gateway.proxy-timeout (2 s)
        Response imported = given().header("Idempotency-Key", "import-1").contentType("text/csv")
                .body("code,name,regionCode,type\nx,甲,500151,CLINIC\n").when().post("/api/v1/facilities/import?dryRun=false");
        imported.then().statusCode(200);
        assertEquals(REPORT, new String(imported.asByteArray(), StandardCharsets.UTF_8));

        long start = System.nanoTime();
        given().contentType("application/json").body("{}").when().put("/api/v1/facilities/tl-people-hospital")
                .then().statusCode(504).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("/problems/backend-timeout"));
        // the same wait on another route is cut after gateway.proxy-timeout (2 s)
        org.hamcrest.MatcherAssert.assertThat((System.nanoTime() - start) / 1_000_000, lessThan(WireMockBackends.IMPORT_TIMEOUT_MS));
    }

    @Test
    void onlyAPathEndingInImportIsAnImport() {
        assertTrue(ProxyRoutes.isImport("/api/v1/facilities/import"));
        assertTrue(ProxyRoutes.isImport("/api/v1/plans/tongliang-14th/indicators/import/"));
        assertTrue(ProxyRoutes.isImport("/api/v1/plans/tongliang-14th/values/import"));
        assertFalse(ProxyRoutes.isImport("/api/v1/projects/important"));
        assertFalse(ProxyRoutes.isImport("/api/v1/facilities/import-x"));
        assertFalse(ProxyRoutes.isImport("/api/v1/regions/500151"));
    }

    static WireMockServer backend(Backend b) {
        return WireMockBackends.server(b);
    }
}
