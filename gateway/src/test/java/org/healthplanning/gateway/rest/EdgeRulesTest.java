package org.healthplanning.gateway.rest;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.util.Map;
import org.healthplanning.gateway.client.Backend;
import org.healthplanning.platform.testing.RawHttp;
import org.healthplanning.platform.testing.Tokens;
import org.healthplanning.gateway.config.WireMockBackends;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every request meets at the gateway: forwarded headers count only from a trusted proxy
 * (127.0.0.1 here) and a client's own are never passed to a backend; a token must name the suite's
 * audience; metrics name proxied operations by their path template.
 */
@QuarkusTest
@QuarkusTestResource(WireMockBackends.class)
class EdgeRulesTest {
    static final String PLAN = "{\"code\":\"tongliang-14th\",\"regionCode\":\"500151\",\"title\":\"规划\",\"periodStart\":2021,\"periodEnd\":2025}";

    @Inject
    CircuitBreakerMaintenance breakers;

    WireMockServer indicator;

    @BeforeEach
    void reset() {
        Tokens.anonymousByDefault();
        WireMockBackends.resetAll();
        breakers.resetAll();
        indicator = WireMockBackends.server(Backend.INDICATOR);
        indicator.stubFor(any(urlEqualTo("/api/v1/plans")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withHeader("Location", "http://localhost:" + indicator.port() + "/api/v1/plans/tongliang-14th").withBody(PLAN)));
    }

    @Test
    void forgedForwardedHeadersFromAnUntrustedAddressAreNeitherUsedNorPassedOn() throws Exception {
        RawHttp.Answer answer = RawHttp.send(RawHttp.UNTRUSTED, RestAssured.port, "POST", "/api/v1/plans",
                Map.of("Authorization", Tokens.bearer(Tokens.admin()), "Content-Type", "application/json",
                        "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "javascript", "X-Forwarded-Port", "666",
                        "X-Forwarded-Prefix", "/evil", "Forwarded", "host=evil.example;proto=javascript"),
                PLAN);
        assertEquals(201, answer.status(), answer.body());
        assertEquals("http://localhost:" + RestAssured.port + "/api/v1/plans/tongliang-14th", answer.header("Location"));
        indicator.verify(1, postRequestedFor(urlEqualTo("/api/v1/plans"))
                .withHeader("X-Forwarded-Host", equalTo("localhost:" + RestAssured.port))
                .withHeader("X-Forwarded-Proto", equalTo("http"))
                .withHeader("X-Forwarded-For", equalTo(RawHttp.UNTRUSTED))
                .withHeader("X-Forwarded-Port", absent())
                .withHeader("X-Forwarded-Prefix", absent())
                .withHeader("Forwarded", absent()));
    }

    @Test
    void aTrustedProxysForwardedHeadersNameTheAddressTheClientUsed() {
        given().header("Authorization", Tokens.bearer(Tokens.admin())).contentType("application/json").body(PLAN)
                .header("X-Forwarded-Host", "plans.example.gov.cn").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "203.0.113.7")
                .when().post("/api/v1/plans")
                .then().statusCode(201).header("Location", "https://plans.example.gov.cn/api/v1/plans/tongliang-14th");
        indicator.verify(1, postRequestedFor(urlEqualTo("/api/v1/plans"))
                .withHeader("X-Forwarded-Host", equalTo("plans.example.gov.cn"))
                .withHeader("X-Forwarded-Proto", equalTo("https"))
                .withHeader("X-Forwarded-For", equalTo("203.0.113.7")));

        // a scheme other than http or https is not taken even from a trusted proxy
        String location = given().header("Authorization", Tokens.bearer(Tokens.admin())).contentType("application/json").body(PLAN)
                .header("X-Forwarded-Host", "plans.example.gov.cn").header("X-Forwarded-Proto", "javascript")
                .when().post("/api/v1/plans").then().statusCode(201).extract().header("Location");
        assertEquals("http://plans.example.gov.cn/api/v1/plans/tongliang-14th", location);
    }

    @Test
    void aTokenForAnotherAudienceOrForNoneIs401BeforeAnyBackendIsAsked() {
        for (String token : new String[] {Tokens.withoutAudience(), Tokens.otherAudience()}) {
            given().header("Authorization", Tokens.bearer(token)).contentType("application/json").body(PLAN)
                    .when().post("/api/v1/plans")
                    .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        }
        indicator.verify(0, anyRequestedFor(anyUrl()));
        given().header("Authorization", Tokens.bearer(Tokens.admin())).contentType("application/json").body(PLAN)
                .when().post("/api/v1/plans").then().statusCode(201);
    }

    @Test
    void metricsNameProxiedOperationsByTheirTemplate() {
        indicator.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(PLAN)));
        WireMockBackends.server(Backend.FACILITY).stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}")));
        given().when().get("/api/v1/plans/metrics-plan-a").then().statusCode(200);
        given().when().get("/api/v1/plans/metrics-plan-b").then().statusCode(200);
        given().when().get("/api/v1/plans/metrics-plan-a/indicators/export").then().statusCode(200);
        given().when().get("/api/v1/facilities/export").then().statusCode(200);
        given().when().get("/api/v1/facilities/metrics-facility").then().statusCode(200);
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String template : new String[] {"/api/v1/plans/{planCode}", "/api/v1/plans/{planCode}/indicators/export",
                "/api/v1/facilities/export", "/api/v1/facilities/{code}"}) {
            assertTrue(metrics.contains("uri=\"" + template + "\""), "no uri label " + template);
        }
        assertFalse(metrics.contains("metrics-plan-"), "a plan code in a uri label");
        assertFalse(metrics.contains("metrics-facility"), "a facility code in a uri label");
    }
}
