package org.healthplanning.gateway.rest;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;

import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.healthplanning.gateway.client.Backend;
import org.healthplanning.platform.testing.Tokens;
import org.healthplanning.gateway.config.WireMockBackends;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /api/v1/audit asks the three backends with the caller's token and merges their rows newest first. */
@QuarkusTest
@QuarkusTestResource(WireMockBackends.class)
class AuditMergeTest {
    static final String INDICATOR = """
            {"items":[
             {"id":12,"at":"2026-11-24T01:05:00Z","subject":"planner-500151","operation":"UPDATE","resourceType":"plan","key":"tongliang-14th","regionCode":"500151","before":{"title":"old","version":0},"after":{"title":"new","version":1}},
             {"id":11,"at":"2026-11-24T01:01:00Z","subject":"test-admin","operation":"CREATE","resourceType":"plan","key":"tongliang-14th","regionCode":"500151","before":null,"after":{"title":"old","version":0}}],
             "page":0,"size":2,"total":2}""";
    static final String PROJECT = """
            {"items":[
             {"id":3,"at":"2026-11-24T01:06:30.123456Z","subject":"planner-500151","operation":"UPDATE","resourceType":"project","key":"10","regionCode":"500151","before":{"investment10kCny":12000},"after":{"investment10kCny":12500.75}},
             {"id":2,"at":"2026-11-24T01:03:00Z","subject":"test-admin","operation":"IMPORT","resourceType":"plan-projects","key":"tongliang-14th","regionCode":"500151","before":{"projects":0},"after":{"projects":31}}],
             "page":0,"size":2,"total":5}""";
    static final String FACILITY = """
            {"items":[
             {"id":40,"at":"2026-11-24T09:04:00+08:00","subject":"test-admin","operation":"DELETE","resourceType":"facility","key":"F001","regionCode":"500103","before":{"code":"F001"},"after":null}],
             "page":0,"size":2,"total":1}""";

    @Inject
    CircuitBreakerMaintenance breakers;

    String admin;

    @BeforeEach
    void reset() {
        Tokens.anonymousByDefault();
        WireMockBackends.resetAll();
        breakers.resetAll();
        admin = Tokens.bearer(Tokens.admin());
    }

    private void stub(Backend b, String body) {
        WireMockBackends.server(b).stubFor(get(urlPathEqualTo("/api/v1/audit")).withHeader("Authorization", equalTo(admin))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Test
    void rowsOfTheThreeBackendsComeNewestFirstEachNamingItsService() {
        stub(Backend.INDICATOR, INDICATOR);
        stub(Backend.PROJECT, PROJECT);
        stub(Backend.FACILITY, FACILITY);
        given().header("Authorization", admin).when().get("/api/v1/audit?size=2&page=0&resourceType=plan&from=2026-11-24")
                .then().statusCode(200).contentType("application/json")
                .body("page", org.hamcrest.Matchers.equalTo(0))
                .body("size", org.hamcrest.Matchers.equalTo(2))
                .body("total", org.hamcrest.Matchers.equalTo(8))
                .body("degraded", empty())
                .body("items.service", contains("project-service", "indicator-service"))
                .body("items.id", contains(3, 12))
                .body("items[0].after.investment10kCny", org.hamcrest.Matchers.equalTo(12500.75f))
                .body("items[1].before.title", org.hamcrest.Matchers.equalTo("old"));
        given().header("Authorization", admin).when().get("/api/v1/audit?size=2&page=1&resourceType=plan&from=2026-11-24")
                .then().statusCode(200)
                .body("items.service", contains("facility-service", "project-service"))
                .body("items.id", contains(40, 2))
                .body("items[0].after", org.hamcrest.Matchers.nullValue());
        for (Backend b : Backend.values()) {
            WireMockBackends.server(b).verify(getRequestedFor(urlPathEqualTo("/api/v1/audit"))
                    .withQueryParam("page", equalTo("0")).withQueryParam("size", equalTo("4"))
                    .withQueryParam("resourceType", equalTo("plan")).withQueryParam("from", equalTo("2026-11-24"))
                    .withHeader("Authorization", equalTo(admin)));
        }
    }

    @Test
    void aBackendThatIsDownIsListedInDegraded() {
        stub(Backend.INDICATOR, INDICATOR);
        stub(Backend.FACILITY, FACILITY);
        WireMockBackends.server(Backend.PROJECT).stubFor(get(urlPathEqualTo("/api/v1/audit"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        given().header("Authorization", admin).when().get("/api/v1/audit").then().statusCode(200)
                .body("degraded", contains("project-service"))
                .body("total", org.hamcrest.Matchers.equalTo(3))
                .body("items.id", contains(12, 40, 11))
                .body("items.service", contains("indicator-service", "facility-service", "indicator-service"))
                .body("notes", hasItem(containsString("project-service")));
    }

    @Test
    void onlyAnAdminTokenMayReadItAndRefusalsAskNoBackend() {
        given().when().get("/api/v1/audit").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        given().header("Authorization", Tokens.bearer(Tokens.expired())).when().get("/api/v1/audit").then().statusCode(401);
        given().header("Authorization", Tokens.bearer(Tokens.badSignature())).when().get("/api/v1/audit").then().statusCode(401);
        given().header("Authorization", Tokens.bearer(Tokens.editor("planner-500151", "500151"))).when().get("/api/v1/audit")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.equalTo("This operation needs the admin role"));
        for (Backend b : Backend.values()) {
            WireMockBackends.server(b).verify(0, anyRequestedFor(anyUrl()));
        }
    }

    @Test
    void badParametersAre400NamingThem() {
        given().header("Authorization", admin).when().get("/api/v1/audit?from=yesterday").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo("from"));
        given().header("Authorization", admin).when().get("/api/v1/audit?size=501").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("size"));
        given().header("Authorization", admin).when().get("/api/v1/audit?page=x").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("page"));
        for (Backend b : Backend.values()) {
            WireMockBackends.server(b).verify(0, anyRequestedFor(anyUrl()));
        }
    }

    @Test
    void aBackendsRefusalIsPassedOn() {
        stub(Backend.INDICATOR, INDICATOR);
        stub(Backend.FACILITY, FACILITY);
        WireMockBackends.server(Backend.PROJECT).stubFor(get(urlPathEqualTo("/api/v1/audit"))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"/problems/forbidden\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"This operation needs the admin role\"}")));
        given().header("Authorization", admin).when().get("/api/v1/audit").then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("project-service"));
    }
}
