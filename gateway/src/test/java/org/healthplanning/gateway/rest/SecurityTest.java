package org.healthplanning.gateway.rest;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthplanning.gateway.client.Backend;
import org.healthplanning.platform.testing.Tokens;
import org.healthplanning.gateway.config.WireMockBackends;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Writes need a valid bearer token at the gateway: none, a bad signature or an expired token is a
 * 401 problem and the backend hears nothing; a valid token goes to the backend unchanged, which
 * decides 403. Also the response headers, CORS off by default and reads staying public.
 */
@QuarkusTest
@QuarkusTestResource(WireMockBackends.class)
class SecurityTest {
    /** One write of every kind, for each backend: method, path, owner. */
    record Write(String method, String path, Backend backend, String contentType, String body) {
    }

    static final List<Write> WRITES = List.of(
            new Write("POST", "/api/v1/plans", Backend.INDICATOR, "application/json",
                    "{\"code\":\"tongliang-14th\",\"regionCode\":\"500151\",\"periodStart\":2021,\"periodEnd\":2025}"),
            new Write("PUT", "/api/v1/plans/tongliang-14th", Backend.INDICATOR, "application/json",
                    "{\"code\":\"tongliang-14th\",\"regionCode\":\"500151\",\"periodStart\":2021,\"periodEnd\":2025}"),
            new Write("DELETE", "/api/v1/plans/tongliang-14th", Backend.INDICATOR, null, null),
            new Write("POST", "/api/v1/plans/tongliang-14th/indicators/import?mode=replace", Backend.INDICATOR, "text/csv",
                    "seq,name,baseline.raw\n1,人均预期寿命,78.47\n"),
            new Write("PUT", "/api/v1/indicator-definitions/LIFE_EXPECTANCY", Backend.INDICATOR, "application/json",
                    "{\"code\":\"LIFE_EXPECTANCY\",\"name\":\"人均预期寿命\"}"),
            new Write("POST", "/api/v1/projects", Backend.PROJECT, "application/json",
                    "{\"planCode\":\"tongliang-14th\",\"regionCode\":\"500151\",\"name\":\"铜梁区中医院迁建项目\",\"investment10kCny\":90000}"),
            new Write("PATCH", "/api/v1/projects/7", Backend.PROJECT, "application/merge-patch+json", "{\"investment10kCny\":12500.75}"),
            new Write("PUT", "/api/v1/plans/tongliang-14th/declared-totals", Backend.PROJECT, "application/json",
                    "{\"floorAreaM2\":594970,\"investment10kCny\":421068,\"newLandMu\":576}"),
            new Write("PUT", "/api/v1/regions/500151", Backend.FACILITY, "application/json",
                    "{\"code\":\"500151\",\"name\":\"重庆市铜梁区\",\"level\":\"DISTRICT\",\"parentCode\":\"500000\"}"),
            new Write("DELETE", "/api/v1/facilities/F001", Backend.FACILITY, null, null),
            new Write("POST", "/api/v1/standards", Backend.FACILITY, "application/json", "{\"code\":\"BEDS-NATIONAL\"}"));

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
    void everyWriteWithoutAValidTokenIs401BeforeAnyBackendIsAsked() {
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("anonymous", null);
        refused.put("bad signature", Tokens.bearer(Tokens.badSignature()));
        refused.put("expired", Tokens.bearer(Tokens.expired()));
        refused.put("not a bearer token", "Basic YWRtaW46YWRtaW4=");
        refused.put("garbage", "Bearer not.a.jwt");
        for (Write w : WRITES) {
            for (Map.Entry<String, String> who : refused.entrySet()) {
                Response r = send(w, who.getValue());
                assertEquals(401, r.statusCode(), who.getKey() + " " + w.method() + " " + w.path());
                r.then().contentType("application/problem+json")
                        .header("WWW-Authenticate", "Bearer")
                        .body("status", org.hamcrest.Matchers.equalTo(401))
                        .body("title", org.hamcrest.Matchers.equalTo("Unauthorized"))
                        .body("instance", org.hamcrest.Matchers.equalTo(w.path().replaceAll("\\?.*", "")));
            }
        }
        for (Backend b : Backend.values()) {
            WireMockBackends.server(b).verify(0, anyRequestedFor(anyUrl()));
        }
    }

    @Test
    void validEditorAndAdminTokensAreForwardedUnchanged() {
        String editor = Tokens.bearer(Tokens.editor("planner-500151", "500151"));
        String admin = Tokens.bearer(Tokens.admin());
        for (Write w : WRITES) {
            for (String token : List.of(editor, admin)) {
                send(w, token).then().statusCode(200)
                        .body("from", org.hamcrest.Matchers.equalTo(w.backend().serviceName()));
                WireMockBackends.server(w.backend()).verify(1, new RequestPatternBuilder(RequestMethod.fromString(w.method()),
                        urlEqualTo(w.path())).withHeader("Authorization", equalTo(token)));
            }
        }
    }

    @Test
    void theBackendsRefusalOfAnEditorOutsideItsRegionsComesBackAsItIs() {
        String editor = Tokens.bearer(Tokens.editor("planner-500151", "500151"));
        String problem = "{\"type\":\"/problems/forbidden\",\"title\":\"Forbidden\",\"status\":403,"
                + "\"detail\":\"Your token may write regions [500151], not 500103 (project 9)\",\"instance\":\"/api/v1/projects/9\"}";
        WireMockServer project = WireMockBackends.server(Backend.PROJECT);
        project.stubFor(put(urlEqualTo("/api/v1/projects/9")).withHeader("Authorization", equalTo(editor))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/problem+json").withBody(problem)));

        Response r = given().header("Authorization", editor).contentType("application/json")
                .body("{\"planCode\":\"yuzhong-14th\",\"regionCode\":\"500103\",\"name\":\"渝中区妇幼保健院\"}")
                .when().put("/api/v1/projects/9");
        r.then().statusCode(403).contentType("application/problem+json");
        assertEquals(problem, new String(r.asByteArray(), StandardCharsets.UTF_8));
        project.verify(1, putRequestedFor(urlEqualTo("/api/v1/projects/9")).withHeader("Authorization", equalTo(editor)));
    }

    @Test
    void readsStayPublicByDefaultAndCarryATokenWhenOneIsSent() {
        given().when().get("/api/v1/plans?regionCode=500151").then().statusCode(200)
                .body("from", org.hamcrest.Matchers.equalTo("indicator-service"));
        String admin = Tokens.bearer(Tokens.admin());
        given().header("Authorization", admin).when().get("/api/v1/projects/7").then().statusCode(200);
        WireMockBackends.server(Backend.PROJECT).verify(1, com.github.tomakehurst.wiremock.client.WireMock
                .getRequestedFor(urlEqualTo("/api/v1/projects/7")).withHeader("Authorization", equalTo(admin)));
    }

    @Test
    void securityHeadersOnOwnProxiedAndRefusedAnswersAndNoServerBanner() {
        WireMockBackends.server(Backend.FACILITY).stubFor(get(urlEqualTo("/api/v1/regions/500151"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("Server", "Jetty(11.0.20)").withHeader("X-Powered-By", "Jetty")
                        .withBody("{\"code\":\"500151\"}")));
        List<Response> answers = List.of(
                given().when().get("/api/v1/regions/500151"),
                given().when().get("/api/v1/nothing-here"),
                given().when().delete("/api/v1/facilities/F001"),
                given().when().get("/api/v1/plans/tongliang-14th/overview?year=abc"),
                given().when().get("/q/health"),
                given().when().get("/q/openapi"));
        assertEquals(List.of(200, 404, 401, 400, 200, 200), answers.stream().map(Response::statusCode).toList());
        for (Response r : answers) {
            r.then().header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Server", nullValue())
                    .header("X-Powered-By", nullValue());
        }
    }

    @Test
    void corsIsOffByDefault() {
        given().header("Origin", "https://evil.example").when().get("/api/v1/plans").then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "Authorization")
                .when().options("/api/v1/plans/tongliang-14th")
                .then().header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue());
        given().header("Origin", "https://evil.example").when().get("/q/openapi").then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void mergedOpenApiDeclaresTheBearerSchemeAndSwaggerUiKeepsTheToken() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.securitySchemes.bearerJwt.type", org.hamcrest.Matchers.equalTo("http"))
                .body("components.securitySchemes.bearerJwt.scheme", org.hamcrest.Matchers.equalTo("bearer"))
                .body("components.securitySchemes.bearerJwt.bearerFormat", org.hamcrest.Matchers.equalTo("JWT"))
                .body("paths.'/api/v1/audit'.get.security[0].bearerJwt", org.hamcrest.Matchers.notNullValue());
        given().when().get("/q/swagger-ui/").then().statusCode(200)
                .body(containsString("persistAuthorization"));
    }

    private static Response send(Write w, String authorization) {
        RequestSpecification spec = given();
        if (authorization != null) {
            spec.header("Authorization", authorization);
        }
        if (w.contentType() != null) {
            spec.contentType(w.contentType() + "; charset=UTF-8").body(w.body().getBytes(StandardCharsets.UTF_8));
        }
        return spec.when().request(w.method(), w.path());
    }

    static UrlPattern url(String path) {
        return urlEqualTo(path);
    }
}
