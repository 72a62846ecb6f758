package org.healthplanning.facility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.healthplanning.platform.testing.PostgresResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.healthplanning.platform.testing.Tokens;

/** Loads demo-data/api the way the demo loader does and checks it against the plans' facts in demo-data/. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class DemoDataTest {
    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    static final Path DEMO = Path.of("..", "demo-data");
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode read(String file) throws IOException {
        return JSON.readTree(Files.readString(DEMO.resolve(file)));
    }

    void load() throws IOException {
        for (JsonNode r : read("api/regions.json")) {
            given().contentType(ContentType.JSON).body(r.toString())
                    .when().put("/api/v1/regions/" + r.get("code").asText()).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        }
        for (JsonNode p : read("api/population.json")) {
            given().contentType(ContentType.JSON).body(p.toString())
                    .when().put("/api/v1/regions/" + p.get("regionCode").asText() + "/population/" + p.get("year").asInt())
                    .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        }
        for (JsonNode s : read("api/standards.json")) {
            given().contentType(ContentType.JSON).body(s.toString())
                    .when().put("/api/v1/standards/" + s.get("code").asText()).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        }
        given().contentType(ContentType.JSON).body(read("api/facilities.json").toString())
                .when().post("/api/v1/facilities/import").then().statusCode(200).body("errors", hasSize(0));
    }

    @Test
    void demoDataLoadsTwiceAndMatchesThePlans() throws IOException {
        load();
        load();

        given().when().get("/api/v1/regions/500000").then().statusCode(200)
                .body("name", equalTo("重庆市")).body("level", equalTo("PROVINCE")).body("parentCode", nullValue());
        for (String code : new String[] {"500151", "500103"}) {
            given().when().get("/api/v1/regions/" + code).then().statusCode(200)
                    .body("level", equalTo("DISTRICT")).body("parentCode", equalTo("500000"));
        }

        // every standard or target the plans state is there, with its value, year and quote
        JsonNode facts = read("resources.json");
        int expected = 0;
        for (String region : new String[] {"500151", "500103"}) {
            String plan = region.equals("500151") ? "tongliang-14th" : "yuzhong-14th";
            JsonPath page = given().config(RatioResourceTest.DECIMALS)
                    .when().get("/api/v1/standards?regionCode=" + region + "&size=500")
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            int forPlan = 0;
            for (JsonNode f : facts) {
                String kind = f.get("kind").asText();
                if (!plan.equals(f.get("planId").asText()) || !(kind.equals("standard") || kind.equals("target"))) {
                    continue;
                }
                forPlan++;
                boolean found = items.stream().anyMatch(s ->
                        f.get("source").asText().equals(s.get("source"))
                                && f.get("valueRaw").asText().equals(s.get("valueRaw"))
                                && "PLAN".equals(s.get("scope"))
                                && plan.equals(s.get("planCode"))
                                && (f.get("year").isNull() ? s.get("year") == null : Integer.valueOf(f.get("year").asInt()).equals(s.get("year")))
                                && (f.get("value").isNull() || f.get("value").decimalValue().compareTo(new BigDecimal(String.valueOf(s.get("value")))) == 0));
                assertTrue(found, "missing standard for " + f);
            }
            assertEquals(forPlan, items.size(), "standards of " + plan);
            expected += forPlan;
        }
        assertEquals(57, expected);

        // the plan's 每千人口执业（助理）医师数 target reaches the gap view; with no population stated, nothing is required yet
        given().config(RatioResourceTest.DECIMALS).when().get("/api/v1/regions/500151/gaps?targetYear=2025")
                .then().statusCode(200)
                .body("find { it.metric == 'licensedDoctorsPer1000' }.target", equalTo(new BigDecimal("3.6")))
                .body("find { it.metric == 'licensedDoctorsPer1000' }.requiredCount", nullValue());

        // the institutions named in the plans, without invented counts
        JsonNode facilities = read("api/facilities.json");
        long tongliang = 0;
        for (JsonNode f : facilities) {
            if (f.get("regionCode").asText().equals("500151")) {
                tongliang++;
            }
            assertTrue(f.get("resources") == null, "no counts are stated for " + f.get("code"));
        }
        given().when().get("/api/v1/facilities?regionCode=500000&size=500").then().statusCode(200).body("total", equalTo(facilities.size()));
        given().when().get("/api/v1/facilities?regionCode=500151&size=500").then().statusCode(200).body("total", equalTo((int) tongliang));
        given().when().get("/api/v1/facilities/tl-people-hospital/resources").then().statusCode(200).body("$", hasSize(0));
        given().when().get("/api/v1/regions/500151/ratios?year=2020").then().statusCode(200)
                .body("facilityCount", equalTo(0)).body("basis", nullValue());
    }
}
