package org.healthplanning.gateway.rest;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import jakarta.inject.Inject;
import org.healthplanning.gateway.client.Backend;
import org.healthplanning.platform.testing.Tokens;
import org.healthplanning.gateway.config.WireMockBackends;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reads that need a token, a small body limit and CORS switched on for one origin. */
@QuarkusTest
@QuarkusTestResource(WireMockBackends.class)
@TestProfile(StrictConfigurationTest.Profile.class)
class StrictConfigurationTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("healthplan.security.reads-require-token", "true",
                    "quarkus.http.limits.max-body-size", "1K",
                    "quarkus.http.cors.enabled", "true",
                    "quarkus.http.cors.origins", "https://plan.example.gov.cn");
        }
    }

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        Tokens.anonymousByDefault();
        WireMockBackends.resetAll();
        breakers.resetAll();
        for (Backend b : Backend.values()) {
            WireMockBackends.server(b).stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody("{\"from\":\"" + b.serviceName() + "\"}")));
        }
    }

    @Test
    void readsNeedAValidTokenWhichIsForwarded() {
        given().when().get("/api/v1/plans").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        given().header("Authorization", Tokens.bearer(Tokens.expired())).when().get("/api/v1/projects/7").then().statusCode(401);
        given().header("Authorization", Tokens.bearer(Tokens.badSignature())).when().get("/api/v1/regions/500151").then().statusCode(401);
        given().when().get("/api/v1/plans/tongliang-14th/overview?year=2023").then().statusCode(401);
        for (Backend b : Backend.values()) {
            WireMockBackends.server(b).verify(0, anyRequestedFor(anyUrl()));
        }
        String editor = Tokens.bearer(Tokens.editor("planner-500151", "500151"));
        given().header("Authorization", editor).when().get("/api/v1/plans").then().statusCode(200)
                .body("from", org.hamcrest.Matchers.equalTo("indicator-service"));
        given().header("Authorization", editor).when().get("/api/v1/regions/500151/dashboard?year=2025").then().statusCode(200);
        WireMockBackends.server(Backend.FACILITY).verify(getRequestedFor(urlEqualTo("/api/v1/regions/500151"))
                .withHeader("Authorization", equalTo(editor)));
        WireMockBackends.server(Backend.PROJECT).verify(getRequestedFor(urlPathEqualTo("/api/v1/projects"))
                .withHeader("Authorization", equalTo(editor)));
        given().when().get("/q/health").then().statusCode(200);
    }

    @Test
    void aBodyAboveTheLimitIs413ProblemAndNeverForwarded() {
        String admin = Tokens.bearer(Tokens.admin());
        byte[] big = ("[" + "\"x\",".repeat(400) + "\"x\"]").getBytes(StandardCharsets.UTF_8);
        given().header("Authorization", admin).contentType("application/json").body(big)
                .when().post("/api/v1/projects/import").then().statusCode(413).contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.equalTo(413))
                .body("detail", containsString("1024 bytes"))
                .header("X-Content-Type-Options", "nosniff");
        // chunked: no Content-Length, the limit is counted while reading
        given().header("Authorization", admin).contentType("application/json").body(new ByteArrayInputStream(big))
                .when().post("/api/v1/projects/import").then().statusCode(413).contentType("application/problem+json");
        WireMockBackends.server(Backend.PROJECT).verify(0, anyRequestedFor(anyUrl()));
        given().header("Authorization", admin).contentType("application/json").body("[\"x\"]")
                .when().post("/api/v1/projects/import").then().statusCode(200);
        // a chunked body within the limit reaches the backend whole
        byte[] small = "[\"x\",\"铜梁\"]".getBytes(StandardCharsets.UTF_8);
        given().header("Authorization", admin).contentType("application/json").body(new ByteArrayInputStream(small))
                .when().post("/api/v1/projects/import").then().statusCode(200);
        WireMockBackends.server(Backend.PROJECT).verify(1, com.github.tomakehurst.wiremock.client.WireMock
                .postRequestedFor(urlEqualTo("/api/v1/projects/import")).withRequestBody(equalTo("[\"x\",\"铜梁\"]")));
    }

    @Test
    void corsAnswersOnlyTheConfiguredOrigin() {
        String editor = Tokens.bearer(Tokens.editor("planner-500151", "500151"));
        given().header("Origin", "https://plan.example.gov.cn").header("Authorization", editor).when().get("/api/v1/plans")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "https://plan.example.gov.cn");
        given().header("Origin", "https://plan.example.gov.cn").header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "Authorization,Content-Type")
                .when().options("/api/v1/plans/tongliang-14th")
                .then().header("Access-Control-Allow-Origin", "https://plan.example.gov.cn")
                .header("Access-Control-Allow-Methods", containsString("PUT"));
        given().header("Origin", "https://evil.example").header("Authorization", editor).when().get("/api/v1/plans")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
