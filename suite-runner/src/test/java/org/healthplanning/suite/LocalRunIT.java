package org.healthplanning.suite;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The foundation through the gateway: one local run (as ./run-suite.sh starts it) on a fresh data
 * directory, with the demo data loaded; stopped at the end with Ctrl-C.
 */
class LocalRunIT {
    private static RunningSuite suite;
    private static String startOutput;

    @BeforeAll
    static void startSuite() throws Exception {
        suite = new RunningSuite("local-run");
        startOutput = suite.start("--reset");
        RestAssured.baseURI = "http://localhost";
        RestAssured.port = suite.gatewayPort;
        RunningSuite.token().ifPresent(t -> RestAssured.requestSpecification =
                new io.restassured.builder.RequestSpecBuilder().addHeader("Authorization", "Bearer " + t).build());
    }

    @AfterAll
    static void ctrlCStopsEverything() throws Exception {
        List<String> left = suite.stop(true);
        assertTrue(left.isEmpty(), "processes left after Ctrl-C: " + left + "\n" + suite.printed());
        assertTrue(Database.postmaster(suite.dataDir.resolve("postgres")).isEmpty(), "PostgreSQL still running after Ctrl-C");
        RestAssured.reset();
    }

    static String plan(String code, String title) {
        return """
                {"code": "%s", "regionCode": "500151", "regionName": "重庆市铜梁区", "title": "%s",
                 "periodStart": 2021, "periodEnd": 2025, "baselineYear": 2020, "targetYear": 2025,
                 "issuer": "重庆市铜梁区卫生健康委员会"}""".formatted(code, title);
    }

    @Test
    void allFourServicesAreHealthyWithinSixtySeconds() throws Exception {
        Map<String, Double> healthy = suite.healthyAfter();
        assertEquals(List.of("indicator-service", "project-service", "facility-service", "gateway"), List.copyOf(healthy.keySet()),
                startOutput);
        healthy.forEach((service, seconds) -> assertTrue(seconds <= 60.0, service + " took " + seconds + " s to be healthy"));
        for (int port : new int[] {suite.gatewayPort, suite.indicatorPort, suite.projectPort, suite.facilityPort}) {
            given().port(port).when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        }
        assertTrue(startOutput.contains(suite.gatewayUrl() + "/q/swagger-ui"), "the URLs are printed:\n" + startOutput);
    }

    @Test
    void gatewayListsBothDemoPlansAsPublished() throws Exception {
        given().when().get("/api/v1/plans?size=500")
                .then().statusCode(200)
                .body("items.code", hasItems("tongliang-14th", "yuzhong-14th"))
                .body("page", equalTo(0));
        for (String code : List.of("tongliang-14th", "yuzhong-14th")) {
            JsonNode published = DemoData.plan(code);
            Response r = given().when().get("/api/v1/plans/" + code);
            r.then().statusCode(200);
            for (Iterator<Map.Entry<String, JsonNode>> it = published.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                assertEquals(field.getValue().asText(), r.jsonPath().getString(field.getKey()), code + " " + field.getKey());
            }
        }
    }

    @Test
    void swaggerUiAndOpenApiLoadOnTheGateway() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200).contentType(containsString("text/html")).body(containsString("swagger-ui"));
        given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).body("paths", hasKey("/api/v1/plans"));
    }

    @Test
    void planWithoutRegionCodeIs400NamingItAndCreatesNothing() {
        given().contentType(ContentType.JSON).body(plan("e2e-noregion-14th", "无区划").replace("\"regionCode\": \"500151\",", ""))
                .when().post("/api/v1/plans")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("regionCode"));
        given().when().get("/api/v1/plans/e2e-noregion-14th")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void malformedJsonIs400AndChangesNothing() {
        int before = given().when().get("/api/v1/plans").then().statusCode(200).extract().path("total");
        given().contentType(ContentType.JSON).body("{\"code\": \"e2e-malformed-14th\", \"regionCode\": ")
                .when().post("/api/v1/plans")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        given().when().get("/api/v1/plans/e2e-malformed-14th").then().statusCode(404);
        given().when().get("/api/v1/plans").then().statusCode(200).body("total", equalTo(before));
    }

    @Test
    void sameCodeTwiceIs409AndKeepsTheFirst() {
        given().contentType(ContentType.JSON).body(plan("e2e-dup-14th", "第一次"))
                .when().post("/api/v1/plans")
                .then().statusCode(201).header("Location", endsWith("/api/v1/plans/e2e-dup-14th"));
        given().contentType(ContentType.JSON).body(plan("e2e-dup-14th", "第二次"))
                .when().post("/api/v1/plans")
                .then().statusCode(409).contentType("application/problem+json").body("status", equalTo(409));
        given().when().get("/api/v1/plans/e2e-dup-14th")
                .then().statusCode(200).body("title", equalTo("第一次")).body("version", equalTo(0));
    }

    @Test
    void staleIfMatchIs412AndKeepsTheCurrentVersion() {
        String created = given().contentType(ContentType.JSON).body(plan("e2e-etag-14th", "初稿"))
                .when().post("/api/v1/plans")
                .then().statusCode(201).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", created).body(plan("e2e-etag-14th", "修订稿"))
                .when().put("/api/v1/plans/e2e-etag-14th")
                .then().statusCode(200).body("version", equalTo(1)).header("ETag", "\"1\"");
        given().contentType(ContentType.JSON).header("If-Match", created).body(plan("e2e-etag-14th", "过期的修改"))
                .when().put("/api/v1/plans/e2e-etag-14th")
                .then().statusCode(412).contentType("application/problem+json").body("status", equalTo(412));
        given().when().get("/api/v1/plans/e2e-etag-14th")
                .then().statusCode(200).header("ETag", "\"1\"").body("title", equalTo("修订稿")).body("version", equalTo(1));
    }

    @Test
    void demoRegionsHaveChongqingAsParent() throws Exception {
        for (JsonNode region : DemoData.read("regions.json")) {
            String code = region.get("code").asText();
            given().when().get("/api/v1/regions/" + code)
                    .then().statusCode(200)
                    .body("name", equalTo(region.get("name").asText()))
                    .body("level", equalTo(region.get("level").asText()))
                    .body("parentCode", equalTo(region.get("parentCode").isNull() ? null : region.get("parentCode").asText()));
        }
        given().when().get("/api/v1/regions/500151").then().statusCode(200).body("parentCode", equalTo("500000"));
        given().when().get("/api/v1/regions/500103").then().statusCode(200).body("parentCode", equalTo("500000"));
        given().when().get("/api/v1/regions?parentCode=500000")
                .then().statusCode(200).body("items.code", hasItems("500151", "500103"));
    }

    @Test
    void demoProjectsIndicatorsAndDeclaredTotalsAreLoadedForEachPlan() throws Exception {
        for (String plan : List.of("tongliang-14th", "yuzhong-14th")) {
            int projects = DemoData.read("projects-" + plan + ".json").size();
            given().when().get("/api/v1/projects?planCode=" + plan + "&size=500")
                    .then().statusCode(200).body("total", equalTo(projects))
                    .body("items.planCode", everyItem(equalTo(plan)));
            int rows = DemoData.read("indicators-" + plan + ".json").size();
            given().when().get("/api/v1/plans/" + plan + "/indicators?size=500")
                    .then().statusCode(200).body("total", equalTo(rows));
        }
        JsonNode declared = DemoData.read("declared-totals-tongliang-14th.json");
        Response totals = given().when().get("/api/v1/plans/tongliang-14th/declared-totals");
        totals.then().statusCode(200);
        for (String field : List.of("floorAreaM2", "investment10kCny", "newLandMu")) {
            assertEquals(declared.get(field).decimalValue().stripTrailingZeros(),
                    new java.math.BigDecimal(totals.jsonPath().getString(field)).stripTrailingZeros(), field);
        }
    }

    @Test
    void printsAnEditorTokenThatWritesOnlyItsOwnRegion() throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Editor token .*\\) (\\S+)").matcher(startOutput);
        assertTrue(m.find(), "no editor token printed:\n" + startOutput);
        String editor = m.group(1);
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        java.util.function.BiFunction<String, String, Integer> putPlan = (code, region) -> {
            try {
                return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(suite.gatewayUrl() + "/api/v1/plans/" + code))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + editor)
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(plan(code, "编辑权限").replace("500151", region),
                                java.nio.charset.StandardCharsets.UTF_8)).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        assertEquals(201, putPlan.apply("editor-own-14th", "500151"));
        assertEquals(403, putPlan.apply("editor-other-14th", "500103"));
        given().when().get("/api/v1/plans/editor-other-14th").then().statusCode(404);
        given().when().get("/api/v1/plans/editor-own-14th").then().statusCode(200).body("regionCode", equalTo("500151"));
    }
}
