package org.healthplanning.gateway.rest;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.healthplanning.gateway.client.Backend;
import org.healthplanning.gateway.config.WireMockBackends;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a synchronising client needs from the gateway itself: the three deletion feeds merged in order
 * and paged by a cursor that keeps each backend's place, conditional re-reads of the gateway's own
 * views, refusal of undeclared query parameters, and the overview with approved values only.
 */
@QuarkusTest
@QuarkusTestResource(WireMockBackends.class)
class SyncAtTheGatewayTest {
    static final String INDICATOR_DELETIONS = """
            {"items":[
             {"resourceType":"plan","key":"old-14th","regionCode":"500151","deletedAt":"2026-11-24T01:00:00Z","cursor":"i1"},
             {"resourceType":"plan-indicator","key":"old-14th/7","regionCode":"500151","deletedAt":"2026-11-24T01:00:00Z","cursor":"i2"}],
             "page":0,"size":2,"total":3,"next":"/api/v1/deletions?size=2&after=i2","cursor":"i2"}""";
    static final String PROJECT_DELETIONS = """
            {"items":[
             {"resourceType":"project","key":"10","regionCode":"500151","deletedAt":"2026-11-24T00:59:00.5Z","cursor":"p1"}],
             "page":0,"size":2,"total":1,"next":null,"cursor":"p1"}""";
    static final String FACILITY_DELETIONS = """
            {"items":[
             {"resourceType":"facility","key":"F001","regionCode":"500103","deletedAt":"2026-11-24T09:30:00+08:00","cursor":"f1"}],
             "page":0,"size":2,"total":1,"next":null,"cursor":"f1"}""";

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        Tokens.anonymousByDefault();
        WireMockBackends.resetAll();
        breakers.resetAll();
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static void stubDeletions(Backend b, String body) {
        WireMockBackends.server(b).stubFor(get(urlPathEqualTo("/api/v1/deletions")).willReturn(json(body)));
    }

    @Test
    void deletionsOfTheThreeBackendsComeOldestFirstAndTheCursorKeepsEachBackendsPlace() {
        stubDeletions(Backend.INDICATOR, INDICATOR_DELETIONS);
        stubDeletions(Backend.PROJECT, PROJECT_DELETIONS);
        stubDeletions(Backend.FACILITY, FACILITY_DELETIONS);
        Response first = given().when().get("/api/v1/deletions?since=2026-11-24T00:00:00Z&size=2")
                .then().statusCode(200).contentType("application/json")
                .body("items.key", contains("10", "old-14th"))
                .body("items.service", contains("project-service", "indicator-service"))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("total", equalTo(5))
                .body("next", containsString("/api/v1/deletions?size=2&after="))
                .body("cursor", notNullValue())
                .extract().response();
        for (Backend b : Backend.values()) {
            WireMockBackends.server(b).verify(getRequestedFor(urlPathEqualTo("/api/v1/deletions"))
                    .withQueryParam("since", WireMock.equalTo("2026-11-24T00:00:00Z")).withQueryParam("size", WireMock.equalTo("2"))
                    .withQueryParam("after", absent()));
        }
        assertEquals((String) first.path("cursor"), (String) first.path("items[1].cursor"), "the last row's cursor is the page's");

        WireMockBackends.resetAll();
        stubDeletions(Backend.INDICATOR, """
                {"items":[{"resourceType":"plan-indicator","key":"old-14th/7","regionCode":"500151","deletedAt":"2026-11-24T01:00:00Z","cursor":"i2"},
                 {"resourceType":"monitoring-value","key":"old-14th/7/2023","regionCode":"500151","deletedAt":"2026-11-24T01:00:00Z","cursor":"i3"}],
                 "page":0,"size":2,"total":2,"next":null,"cursor":"i3"}""");
        stubDeletions(Backend.PROJECT, """
                {"items":[],"page":0,"size":2,"total":0,"next":null,"cursor":"p1"}""");
        stubDeletions(Backend.FACILITY, FACILITY_DELETIONS);
        given().when().get(first.path("next").toString())
                .then().statusCode(200)
                .body("items.key", contains("old-14th/7", "old-14th/7/2023"))
                .body("items.service", contains("indicator-service", "indicator-service"))
                .body("next", containsString("after="));
        WireMockBackends.server(Backend.INDICATOR).verify(getRequestedFor(urlPathEqualTo("/api/v1/deletions"))
                .withQueryParam("after", WireMock.equalTo("i1")).withQueryParam("since", absent()));
        WireMockBackends.server(Backend.PROJECT).verify(getRequestedFor(urlPathEqualTo("/api/v1/deletions"))
                .withQueryParam("after", WireMock.equalTo("p1")));
        WireMockBackends.server(Backend.FACILITY).verify(getRequestedFor(urlPathEqualTo("/api/v1/deletions"))
                .withQueryParam("since", WireMock.equalTo("2026-11-24T00:00:00Z")).withQueryParam("after", absent()));
    }

    @Test
    void theCursorOfAnEmptyPageContinuesFromTheSamePoint() {
        for (Backend b : Backend.values()) {
            stubDeletions(b, """
                    {"items":[],"page":0,"size":5,"total":0,"next":null,"cursor":null}""");
        }
        String cursor = given().when().get("/api/v1/deletions?since=2026-11-24T00:00:00Z&size=5").then().statusCode(200)
                .body("items", hasSize(0)).extract().path("cursor");
        given().when().get("/api/v1/deletions?size=5&after=" + cursor).then().statusCode(200).body("items", hasSize(0));
        WireMockBackends.server(Backend.PROJECT).verify(2, getRequestedFor(urlPathEqualTo("/api/v1/deletions"))
                .withQueryParam("since", WireMock.equalTo("2026-11-24T00:00:00Z")));
    }

    @Test
    void aResourceTypeAsksOnlyItsOwnerAndAnUnknownOneIsRefused() {
        stubDeletions(Backend.INDICATOR, INDICATOR_DELETIONS);
        given().when().get("/api/v1/deletions?resourceType=plan&size=2").then().statusCode(200)
                .body("items", hasSize(2));
        WireMockBackends.server(Backend.INDICATOR).verify(getRequestedFor(urlPathEqualTo("/api/v1/deletions"))
                .withQueryParam("resourceType", WireMock.equalTo("plan")));
        assertEquals(0, WireMockBackends.server(Backend.PROJECT).findAll(getRequestedFor(urlPathEqualTo("/api/v1/deletions"))).size());
        given().when().get("/api/v1/deletions?resourceType=plans").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("resourceType"));
        given().when().get("/api/v1/deletions?since=yesterday").then().statusCode(400)
                .body("errors[0].field", equalTo("since"));
        given().when().get("/api/v1/deletions?after=not-a-cursor").then().statusCode(400)
                .body("errors[0].field", equalTo("after"));
        given().when().get("/api/v1/deletions?size=0").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void aBackendThatDoesNotAnswerMakesTheFeedA503NeverAPageWithItsDeletionsMissing() {
        stubDeletions(Backend.INDICATOR, INDICATOR_DELETIONS);
        stubDeletions(Backend.PROJECT, PROJECT_DELETIONS);
        WireMockBackends.server(Backend.FACILITY).stubFor(get(urlPathEqualTo("/api/v1/deletions"))
                .willReturn(aResponse().withStatus(500)));
        given().when().get("/api/v1/deletions").then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/backend-unavailable"))
                .body("detail", containsString("facility-service"));
    }

    @Test
    void theOverviewIsReadConditionallyAndRefusesUndeclaredParameters() {
        Fixtures.stubTongliang();
        String etag = given().when().get("/api/v1/plans/tongliang-14th/overview?year=2023")
                .then().statusCode(200).header("ETag", notNullValue()).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/plans/tongliang-14th/overview?year=2023")
                .then().statusCode(304);
        given().header("If-None-Match", "\"other\"").when().get("/api/v1/plans/tongliang-14th/overview?year=2023")
                .then().statusCode(200);
        given().when().get("/api/v1/plans/tongliang-14th/overview?yaer=2023")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("yaer"))
                .body("detail", containsString("approvedOnly"));
        given().when().get("/api/v1/regions/500151/dashboard?yaer=2023")
                .then().statusCode(400).body("errors[0].field", equalTo("yaer"));
        given().when().get("/api/v1/deletions?sinse=2026-01-01T00:00:00Z")
                .then().statusCode(400).body("errors[0].field", equalTo("sinse"));
    }

    @Test
    void theOverviewCountsTheValuesItUsedThatAreNotApprovedAndCanUseApprovedOnes() {
        Fixtures.stubTongliang();
        given().when().get("/api/v1/plans/tongliang-14th/overview?year=2023")
                .then().statusCode(200)
                .body("approvedOnly", equalTo(false))
                .body("valuesNotApproved", equalTo(2));
        WireMockBackends.server(Backend.INDICATOR).stubFor(get(urlPathEqualTo("/api/v1/plans/tongliang-14th/evaluation"))
                .withQueryParam("approvedOnly", WireMock.equalTo("true")).willReturn(json("""
                        {"planCode": "tongliang-14th", "year": 2023,
                         "summary": {"ACHIEVED": 1, "ON_TRACK": 0, "BEHIND": 0, "NO_DATA": 2, "NOT_EVALUABLE": 0},
                         "bindingBehind": [],
                         "indicators": [
                           {"id": 1, "seq": "1", "name": "人均预期寿命", "nature": "EXPECTED", "direction": "INCREASE",
                            "actual": {"year": 2023, "value": 79.31}, "approvalState": "APPROVED", "status": "ACHIEVED"},
                           {"id": 12, "seq": "9", "name": "孕产妇死亡率", "nature": "BINDING", "direction": "DECREASE",
                            "actual": null, "approvalState": null, "status": "NO_DATA"}]}""")));
        given().when().get("/api/v1/plans/tongliang-14th/overview?year=2023&approvedOnly=true")
                .then().statusCode(200)
                .body("approvedOnly", equalTo(true))
                .body("valuesNotApproved", equalTo(0))
                .body("bindingOffTrack", hasSize(0))
                .body("evaluation.indicators[1].actual", nullValue());
        WireMockBackends.server(Backend.INDICATOR).verify(getRequestedFor(urlPathEqualTo("/api/v1/plans/tongliang-14th/evaluation"))
                .withQueryParam("year", WireMock.equalTo("2023")).withQueryParam("approvedOnly", WireMock.equalTo("true")));
        given().when().get("/api/v1/plans/tongliang-14th/overview?approvedOnly=maybe")
                .then().statusCode(400).body("errors[0].field", equalTo("approvedOnly"));
    }
}
