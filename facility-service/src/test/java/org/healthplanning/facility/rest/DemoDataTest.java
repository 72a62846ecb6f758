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
        for (JsonNode r : read("api/published-ratios.json")) {
            given().contentType(ContentType.JSON).body(r.toString())
                    .when().put("/api/v1/regions/" + r.get("regionCode").asText() + "/published-ratios/" + r.get("year").asInt()
                            + "/" + r.get("metric").asText())
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
        given().when().get("/api/v1/regions/500151/ratios?year=2019").then().statusCode(200)
                .body("facilityCount", equalTo(0)).body("basis", nullValue());
    }

    /** The plans' ratio metrics of kind actual, mapped as demo-data/README.md says. */
    static final Map<String, String> RATIO_METRICS = Map.of("beds_per_1000", "bedsPer1000", "doctors_per_1000", "licensedDoctorsPer1000",
            "nurses_per_1000", "registeredNursesPer1000", "health_tech_staff_per_1000", "healthTechniciansPer1000",
            "gps_per_10000", "gpsPer10000", "childcare_slots_per_1000", "childcareSlotsPer1000");

    @Test
    void publishedRatiosAreThePlansActualRatiosAndGiveBothDistrictsTheir2020Ratios() throws IOException {
        load();
        // the file holds every actual ratio statement of the plans once (a figure printed twice agrees with itself), the
        // plan's title as source, the statement as quote, the value as printed
        Map<String, String> titles = new java.util.HashMap<>();
        Map<String, String> regionOf = new java.util.HashMap<>();
        for (JsonNode p : read("api/plans.json")) {
            titles.put(p.get("code").asText(), p.get("title").asText());
            regionOf.put(p.get("code").asText(), p.get("regionCode").asText());
        }
        Map<String, JsonNode> file = new java.util.HashMap<>();
        for (JsonNode r : read("api/published-ratios.json")) {
            String key = r.get("regionCode").asText() + "/" + r.get("year").asInt() + "/" + r.get("metric").asText();
            assertTrue(file.put(key, r) == null, "twice in published-ratios.json: " + key);
        }
        java.util.Set<String> stated = new java.util.HashSet<>();
        for (JsonNode f : read("resources.json")) {
            String metric = RATIO_METRICS.get(f.get("metricCode").asText());
            if (!"actual".equals(f.get("kind").asText()) || metric == null) {
                continue;
            }
            String plan = f.get("planId").asText();
            String key = regionOf.get(plan) + "/" + f.get("year").asInt() + "/" + metric;
            stated.add(key);
            JsonNode r = file.get(key);
            assertTrue(r != null, "not in published-ratios.json: " + f);
            assertEquals(f.get("valueRaw").asText(), r.get("value").asText(), key);
            assertEquals(titles.get(plan), r.get("source").asText(), key);
            assertTrue(read("resources.json").findValuesAsText("source").contains(r.get("quote").asText()), key);
        }
        assertEquals(stated, file.keySet());

        // 铜梁区 publishes its doctors (专栏1) and childcare places; 渝中区 beds, technicians, doctors, nurses and childcare places
        given().config(RatioResourceTest.DECIMALS).when().get("/api/v1/regions/500151/ratios?year=2020").then().statusCode(200)
                .body("basis", equalTo("PUBLISHED")).body("facilityCount", equalTo(0)).body("counts", nullValue())
                .body("ratios.licensedDoctorsPer1000", equalTo(new BigDecimal("2.85")))
                .body("ratios.childcareSlotsPer1000", equalTo(new BigDecimal("1.03")))
                .body("ratios.bedsPer1000", nullValue())
                .body("published.licensedDoctorsPer1000.source", equalTo("重庆市铜梁区卫生健康发展“十四五”规划"))
                .body("published.licensedDoctorsPer1000.quote", equalTo("每千人口执业（助理）医师数（人） | 2.85"));
        String yuzhongQuote = "每千常住人口床位数24.16张、卫生技术人员34.04人、执业（助理）医师10.91人、注册护士17.09人";
        given().config(RatioResourceTest.DECIMALS).when().get("/api/v1/regions/500103/ratios?year=2020").then().statusCode(200)
                .body("basis", equalTo("PUBLISHED"))
                .body("ratios.bedsPer1000", equalTo(new BigDecimal("24.16")))
                .body("ratios.healthTechniciansPer1000", equalTo(new BigDecimal("34.04")))
                .body("ratios.licensedDoctorsPer1000", equalTo(new BigDecimal("10.91")))
                .body("ratios.registeredNursesPer1000", equalTo(new BigDecimal("17.09")))
                .body("ratios.childcareSlotsPer1000", equalTo(1))
                .body("ratios.gpsPer10000", nullValue())
                .body("published.bedsPer1000.source", equalTo("重庆市渝中区卫生健康事业发展“十四五”规划"))
                .body("published.bedsPer1000.quote", equalTo(yuzhongQuote))
                .body("published.licensedDoctorsPer1000.quote", equalTo(yuzhongQuote))
                .body("published.childcareSlotsPer1000.quote", equalTo("每千常住人口3岁以下婴幼儿托位 | 1"));
        // 重庆市 has neither population nor publications of its own: its districts' publications are not summed
        given().when().get("/api/v1/regions/500000/ratios?year=2020").then().statusCode(200)
                .body("basis", nullValue()).body("populationBasis", nullValue());
        // the plan's doctors target now has a current ratio to compare with (no population stated, so no gap)
        given().config(RatioResourceTest.DECIMALS).when().get("/api/v1/regions/500151/gaps?targetYear=2025")
                .then().statusCode(200)
                .body("find { it.metric == 'licensedDoctorsPer1000' }.currentRatio", equalTo(new BigDecimal("2.85")))
                .body("find { it.metric == 'licensedDoctorsPer1000' }.basis", equalTo("PUBLISHED"))
                .body("find { it.metric == 'licensedDoctorsPer1000' }.gap", nullValue());
    }
}
