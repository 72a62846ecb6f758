package org.healthplanning.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.healthplanning.platform.testing.PostgresResource;
import org.healthplanning.platform.testing.RawHttp;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every request meets before a resource sees it: forwarded headers count only from a trusted
 * proxy (127.0.0.1 here, the local run's gateway), a token must name the suite's audience, a body
 * above the size limit is a 413 problem, and a body the JSON reader refuses is a 400 that does not
 * quote the reader's classes or settings. Metrics name operations by their path template.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class EdgeRulesTest {
    static final AtomicInteger SEQ = new AtomicInteger();

    @BeforeEach
    void noDefaultToken() {
        Tokens.anonymousByDefault();
    }

    static String plan(String code) {
        return """
                {"code": "%s", "regionCode": "500151", "regionName": "重庆市铜梁区", "title": "边界规则测试规划",
                 "periodStart": 2021, "periodEnd": 2025, "issuer": "区卫生健康委员会"}""".formatted(code);
    }

    static String code() {
        return "edge-" + SEQ.incrementAndGet();
    }

    @Test
    void forgedForwardedHeadersFromAnUntrustedAddressDoNotChangeLocation() throws Exception {
        String code = code();
        RawHttp.Answer answer = RawHttp.send(RawHttp.UNTRUSTED, RestAssured.port, "POST", "/api/v1/plans",
                Map.of("Authorization", Tokens.bearer(Tokens.admin()), "Content-Type", "application/json",
                        "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "javascript", "X-Forwarded-Port", "666"),
                plan(code));
        assertEquals(201, answer.status(), answer.body());
        assertEquals("http://localhost:" + RestAssured.port + "/api/v1/plans/" + code, answer.header("Location"));
    }

    @Test
    void forwardedHeadersOfATrustedProxyNameTheAddressTheClientUsed() {
        String code = code();
        given().header("Authorization", Tokens.bearer(Tokens.admin())).contentType(ContentType.JSON).body(plan(code))
                .header("X-Forwarded-Host", "plans.example.gov.cn").header("X-Forwarded-Proto", "https")
                .when().post("/api/v1/plans")
                .then().statusCode(201).header("Location", equalTo("https://plans.example.gov.cn/api/v1/plans/" + code));
    }

    @Test
    void aTokenForAnotherAudienceOrForNoneIsRefused() {
        for (String token : new String[] {Tokens.withoutAudience(), Tokens.otherAudience()}) {
            String code = code();
            given().header("Authorization", Tokens.bearer(token)).contentType(ContentType.JSON).body(plan(code))
                    .when().post("/api/v1/plans")
                    .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", startsWith("Bearer"))
                    .body("status", equalTo(401));
            given().when().get("/api/v1/plans/" + code).then().statusCode(404);
        }
        given().header("Authorization", Tokens.bearer(Tokens.admin())).contentType(ContentType.JSON).body(plan(code()))
                .when().post("/api/v1/plans").then().statusCode(201);
    }

    @Test
    void aBodyAboveTheLimitIsRefusedWith413ProblemBeforeItIsRead() throws Exception {
        long limit = 20L * 1024 * 1024;
        RawHttp.Answer answer = RawHttp.send("127.0.0.1", RestAssured.port, "POST", "/api/v1/plans/any/values/import",
                Map.of("Authorization", Tokens.bearer(Tokens.admin()), "Content-Type", "application/json",
                        "Content-Length", String.valueOf(limit + 1)), null);
        assertEquals(413, answer.status());
        assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), answer.headers().toString());
        JsonPath problem = new JsonPath(answer.body());
        assertEquals(413, problem.getInt("status"));
        assertEquals("/problems/payload-too-large", problem.getString("type"));
        assertEquals("/api/v1/plans/any/values/import", problem.getString("instance"));
        assertTrue(problem.getString("detail").contains(String.valueOf(limit)), problem.getString("detail"));
    }

    @Test
    void aChunkedBodyAboveTheLimitIs413Problem() throws Exception {
        byte[] chunk = new byte[1024 * 1024];
        java.util.Arrays.fill(chunk, (byte) ' ');
        java.io.InputStream body = new java.io.SequenceInputStream(java.util.Collections.enumeration(
                java.util.stream.IntStream.range(0, 21).mapToObj(i -> (java.io.InputStream) new java.io.ByteArrayInputStream(chunk)).toList()));
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + RestAssured.port + "/api/v1/plans"))
                        .header("Authorization", Tokens.bearer(Tokens.admin())).header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(413, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), answer.headers().map().toString());
        JsonPath problem = new JsonPath(answer.body());
        assertEquals("/problems/payload-too-large", problem.getString("type"));
        assertEquals(413, problem.getInt("status"));
        // a chunked body within the limit is read as usual
        String code = code();
        java.net.http.HttpResponse<String> created = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + RestAssured.port + "/api/v1/plans"))
                        .header("Authorization", Tokens.bearer(Tokens.admin())).header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                                () -> new java.io.ByteArrayInputStream(plan(code).getBytes(java.nio.charset.StandardCharsets.UTF_8)))).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        given().when().get("/api/v1/plans/" + code).then().statusCode(200).body("title", equalTo("边界规则测试规划"));
    }

    static final String ROW = "{\"seq\": \"1\", \"name\": \"人口平均预期寿命\", \"unit\": \"岁\", \"baseline\": {\"raw\": \"80.78\"}, "
            + "\"target\": {\"raw\": \"≥81\"}}";

    @Test
    void refusedJsonIsDescribedWithoutTheReadersInternals() {
        String code = code();
        given().header("Authorization", Tokens.bearer(Tokens.admin())).contentType(ContentType.JSON).body(plan(code))
                .when().post("/api/v1/plans").then().statusCode(201);
        int row = given().header("Authorization", Tokens.bearer(Tokens.admin())).contentType(ContentType.JSON).body(ROW)
                .when().post("/api/v1/plans/" + code + "/indicators").then().statusCode(201).extract().path("id");
        String deep = "[".repeat(2000) + "]".repeat(2000);
        String deepObject = "{\"a\": ".repeat(2000) + "1" + "}".repeat(2000);
        String[][] requests = {
            {"POST", "/api/v1/plans", "application/json"},
            {"PUT", "/api/v1/plans/" + code, "application/json"},
            {"POST", "/api/v1/plans/" + code + "/indicators", "application/json"},
            {"PATCH", "/api/v1/plans/" + code + "/indicators/" + row, "application/merge-patch+json"},
            {"POST", "/api/v1/plans/" + code + "/indicators/import?mode=append&dryRun=true", "application/json"},
            {"POST", "/api/v1/plans/" + code + "/values/import?dryRun=true", "application/json"},
            {"PUT", "/api/v1/plans/" + code + "/indicators/" + row + "/values/2023", "application/json"},
            {"POST", "/api/v1/indicator-definitions", "application/json"},
        };
        // every operation gets a body nested 2 000 deep, a number of 1 500 digits and a body cut short;
        // the first also the other shapes
        String[] everywhere = {
            deep,
            "[{\"year\": 1" + "0".repeat(1500) + "}]",
            "{\"code\": \"x\", \"regionCode\": [\"500151\"",
        };
        String[] once = {
            deepObject,
            "{\"title\": " + deep + "}",
            "[{\"seq\": " + deep + "}]",
            "{\"periodStart\": 1" + "0".repeat(1500) + "}",
            "[{\"indicatorId\": \"x\", \"year\": \"soon\"}]",
        };
        List<String> leaks = new ArrayList<>();
        for (String[] request : requests) {
            List<String> bodies = new ArrayList<>(List.of(everywhere));
            if (request == requests[0]) {
                bodies.addAll(List.of(once));
            }
            for (String body : bodies) {
                Response r = given().header("Authorization", Tokens.bearer(Tokens.admin())).contentType(request[2]).body(body)
                        .when().request(request[0], request[1]);
                String what = request[0] + " " + request[1] + " " + body.substring(0, Math.min(40, body.length())) + ": " + r.asString();
                assertEquals(400, r.statusCode(), what);
                assertTrue(r.contentType().startsWith("application/problem+json"), what);
                String detail = String.valueOf(r.jsonPath().getString("detail"));
                String messages = String.valueOf(r.jsonPath().getList("errors.message"));
                for (String text : new String[] {detail, messages}) {
                    for (String internal : new String[] {"StreamReadConstraints", "StreamReadFeature", "()", "`", "java.", "Source:",
                            "org.healthplanning", "com.fasterxml", "reference chain"}) {
                        if (text.contains(internal)) {
                            leaks.add("'" + internal + "' in " + what);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), leaks);
        given().header("Authorization", Tokens.bearer(Tokens.admin())).contentType(ContentType.JSON).body(deep)
                .when().post("/api/v1/plans").then().statusCode(400).body("errors.field", hasItem("body"))
                .body("detail", containsString("nesting depth"));
    }

    @Test
    void metricsNameAnOperationByItsPathTemplate() {
        String first = code();
        String second = code();
        for (String code : new String[] {first, second}) {
            given().header("Authorization", Tokens.bearer(Tokens.admin())).contentType(ContentType.JSON).body(plan(code))
                    .when().post("/api/v1/plans").then().statusCode(201);
            given().when().get("/api/v1/plans/" + code).then().statusCode(200);
        }
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("uri=\"/api/v1/plans/{planCode}\""), "no templated uri label");
        assertFalse(metrics.contains("uri=\"/api/v1/plans/" + first + "\""), "a raw path as uri label");
        assertFalse(metrics.contains("uri=\"/api/v1/plans/" + second + "\""), "a raw path as uri label");
    }
}
