package org.healthplanning.project.rest;

import org.healthplanning.project.config.KnownPlans;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.healthplanning.platform.testing.PostgresResource;
import org.healthplanning.platform.testing.RawHttp;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every request meets before a resource sees it: forwarded headers count only from a trusted
 * proxy (127.0.0.1 here, the local run's gateway), a token must name the suite's audience, and a body
 * above the size limit is a 413 problem.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class EdgeRulesTest {
    static {
        // the plans these tests name, as indicator-service would know them
        KnownPlans.add("edge-14th", "500151");
    }

    static final AtomicInteger SEQ = new AtomicInteger();

    @BeforeEach
    void noDefaultToken() {
        Tokens.anonymousByDefault();
    }

    static final String COLLECTION = "/api/v1/projects";
    static final String IMPORT = "/api/v1/projects/import?planCode=edge-14th";

    static String next() {
        return String.valueOf(SEQ.incrementAndGet());
    }

    static String body(String seq) {
        return """
                {"planCode": "edge-14th", "regionCode": "500151", "seq": "%s", "name": "边界规则测试项目",
                 "constructionTypeRaw": "新建", "floorAreaM2": 1600, "investment10kCny": 1200, "yearsRaw": "2023-2025"}""".formatted(seq);
    }

    @Test
    void forgedForwardedHeadersFromAnUntrustedAddressDoNotChangeLocation() throws Exception {
        String key = next();
        RawHttp.Answer answer = RawHttp.send(RawHttp.UNTRUSTED, RestAssured.port, "POST", COLLECTION,
                Map.of("Authorization", Tokens.bearer(Tokens.admin()), "Content-Type", "application/json",
                        "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "javascript"),
                body(key));
        assertEquals(201, answer.status(), answer.body());
        assertTrue(answer.header("Location").startsWith("http://localhost:" + RestAssured.port + COLLECTION + "/"), answer.header("Location"));
    }

    @Test
    void forwardedHeadersOfATrustedProxyNameTheAddressTheClientUsed() {
        given().header("Authorization", Tokens.bearer(Tokens.admin())).contentType(ContentType.JSON).body(body(next()))
                .header("X-Forwarded-Host", "plans.example.gov.cn").header("X-Forwarded-Proto", "https")
                .when().post(COLLECTION)
                .then().statusCode(201).header("Location", startsWith("https://plans.example.gov.cn" + COLLECTION + "/"));
    }

    @Test
    void aTokenForAnotherAudienceOrForNoneIsRefused() {
        for (String token : new String[] {Tokens.withoutAudience(), Tokens.otherAudience()}) {
            given().header("Authorization", Tokens.bearer(token)).contentType(ContentType.JSON).body(body(next()))
                    .when().post(COLLECTION)
                    .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", startsWith("Bearer"))
                    .body("status", equalTo(401));
        }
        given().header("Authorization", Tokens.bearer(Tokens.admin())).contentType(ContentType.JSON).body(body(next()))
                .when().post(COLLECTION).then().statusCode(201);
    }

    @Test
    void aBodyAboveTheLimitIsRefusedWith413ProblemBeforeItIsRead() throws Exception {
        long limit = 20L * 1024 * 1024;
        RawHttp.Answer answer = RawHttp.send("127.0.0.1", RestAssured.port, "POST", IMPORT,
                Map.of("Authorization", Tokens.bearer(Tokens.admin()), "Content-Type", "application/json",
                        "Content-Length", String.valueOf(limit + 1)), null);
        assertEquals(413, answer.status());
        assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), answer.headers().toString());
        JsonPath problem = new JsonPath(answer.body());
        assertEquals(413, problem.getInt("status"));
        assertEquals("/problems/payload-too-large", problem.getString("type"));
        assertTrue(problem.getString("detail").contains(String.valueOf(limit)), problem.getString("detail"));
    }
}
