package org.healthplanning.facility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.healthplanning.platform.testing.PostgresResource;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Published ratios (a plan's or yearbook's 每千常住人口床位数24.16张): their resource with rights, validation, versions,
 * audit and change tracking; the ratios answer taking a metric from them where the counts do not give it; and a
 * parent region's population summed from its direct sub-regions.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class PublishedRatioTest {
    static final String PLAN = "重庆市渝中区卫生健康事业发展“十四五”规划";
    static final String QUOTE = "每千常住人口床位数24.16张、卫生技术人员34.04人、执业（助理）医师10.91人、注册护士17.09人";

    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    static String body(String value, String source, String quote) {
        return "{\"value\": " + value + ", \"source\": " + (source == null ? "null" : "\"" + source + "\"")
                + ", \"quote\": " + (quote == null ? "null" : "\"" + quote + "\"") + "}";
    }

    static void publish(String region, int year, String metric, String value, String source, String quote) {
        admin().contentType(ContentType.JSON).body(body(value, source, quote))
                .when().put("/api/v1/regions/" + region + "/published-ratios/" + year + "/" + metric)
                .then().log().ifValidationFails().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    static RequestSpecification as(String token) {
        RequestSpecification spec = given();
        return token == null ? spec : spec.header("Authorization", Tokens.bearer(token));
    }

    static RequestSpecification admin() {
        return as(Tokens.admin());
    }

    static JsonPath newestAudit() {
        return admin().when().get("/api/v1/audit?size=1").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void createReplaceDeleteWithRightsVersionsAndAudit() {
        Fixtures.region("PR1-D", "发布区", "DISTRICT", null);
        Fixtures.region("PR1-O", "他区", "DISTRICT", null);
        String path = "/api/v1/regions/PR1-D/published-ratios/2020/bedsPer1000";
        String editor = Tokens.editor("editor-pr1", "PR1-D");
        Tokens.anonymousByDefault();

        // anonymous writes: 401; an editor of another region: 403; nothing is written
        as(null).contentType(ContentType.JSON).body(body("24.16", PLAN, QUOTE)).when().put(path)
                .then().statusCode(401).contentType("application/problem+json");
        as(Tokens.editor("editor-other", "PR1-O")).contentType(ContentType.JSON).body(body("24.16", PLAN, QUOTE)).when().put(path)
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("PR1-D"));
        as(null).when().get("/api/v1/regions/PR1-D/published-ratios").then().statusCode(200).body("$", hasSize(0));

        // the region's editor creates it: 201 with Location and ETag, the value's digits kept
        as(editor).contentType(ContentType.JSON).body(body("24.160", PLAN, QUOTE)).when().put(path)
                .then().statusCode(201).header("Location", endsWith(path)).header("ETag", "\"0\"")
                .body("regionCode", equalTo("PR1-D")).body("year", equalTo(2020)).body("metric", equalTo("bedsPer1000"))
                .body("value", equalTo(24.160f)).body("source", equalTo(PLAN)).body("quote", equalTo(QUOTE))
                .body("version", equalTo(0)).body("createdAt", notNullValue()).body("updatedAt", notNullValue());
        assertEquals("24.160", admin().when().get("/api/v1/regions/PR1-D/published-ratios").then().statusCode(200)
                .extract().jsonPath().using(io.restassured.path.json.config.JsonPathConfig.jsonPathConfig()
                        .numberReturnType(io.restassured.path.json.config.JsonPathConfig.NumberReturnType.BIG_DECIMAL))
                .getString("[0].value"));
        JsonPath created = newestAudit();
        assertEquals("CREATE", created.getString("items[0].operation"));
        assertEquals("published-ratio", created.getString("items[0].resourceType"));
        assertEquals("PR1-D/2020/bedsPer1000", created.getString("items[0].key"));
        assertEquals("PR1-D", created.getString("items[0].regionCode"));
        assertEquals("editor-pr1", created.getString("items[0].subject"));

        // a stale If-Match: 412, nothing changes; the current one: replaced by an admin (200, version 1)
        admin().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(body("25", PLAN, QUOTE)).when().put(path)
                .then().statusCode(412).contentType("application/problem+json");
        admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body("24.16", PLAN, QUOTE)).when().put(path)
                .then().statusCode(200).header("ETag", "\"1\"").body("version", equalTo(1)).body("value", equalTo(24.16f));
        admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body("26", PLAN, QUOTE)).when().put(path)
                .then().statusCode(412);
        JsonPath updated = newestAudit();
        assertEquals("UPDATE", updated.getString("items[0].operation"));
        assertEquals(24.160f, updated.getFloat("items[0].before.value"));
        assertEquals(24.16f, updated.getFloat("items[0].after.value"));
        // an If-Match on a ratio that does not exist cannot match
        admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body("3", PLAN, null))
                .when().put("/api/v1/regions/PR1-D/published-ratios/2020/gpsPer10000").then().statusCode(412);

        // a second metric and year; the list is by year, then in the order of the ratios answer; ?year= filters
        publish("PR1-D", 2020, "registeredNursesPer1000", "17.09", PLAN, QUOTE);
        publish("PR1-D", 2019, "doctorNurseRatio", "1.12", "统计年鉴2020", null);
        admin().when().get("/api/v1/regions/PR1-D/published-ratios").then().statusCode(200)
                .body("year", contains(2019, 2020, 2020))
                .body("metric", contains("doctorNurseRatio", "bedsPer1000", "registeredNursesPer1000"));
        admin().when().get("/api/v1/regions/PR1-D/published-ratios?year=2020").then().statusCode(200)
                .body("metric", contains("bedsPer1000", "registeredNursesPer1000"));
        admin().when().get("/api/v1/published-ratios?regionCode=PR1-D&sort=-year").then().statusCode(200)
                .body("total", equalTo(3)).body("items[0].year", equalTo(2020));
        admin().when().get("/api/v1/regions/NOPE-PR1/published-ratios").then().statusCode(404);

        // deletes: anonymous 401, other editor 403, stale 412, then the editor's 204; a second delete 404
        as(null).when().delete(path).then().statusCode(401);
        as(Tokens.editor("editor-other", "PR1-O")).when().delete(path).then().statusCode(403);
        admin().header("If-Match", "\"0\"").when().delete(path).then().statusCode(412);
        as(editor).header("If-Match", "\"1\"").when().delete(path).then().statusCode(204);
        as(editor).when().delete(path).then().statusCode(404).contentType("application/problem+json");
        JsonPath deleted = newestAudit();
        assertEquals("DELETE", deleted.getString("items[0].operation"));
        assertEquals("PR1-D/2020/bedsPer1000", deleted.getString("items[0].key"));
        assertEquals(null, (Object) deleted.get("items[0].after"));
        admin().when().get("/api/v1/regions/PR1-D/published-ratios?year=2020").then().body("metric", contains("registeredNursesPer1000"));
    }

    @Test
    void badInputIsA400NamingTheField() {
        Fixtures.region("PR2-D", "校验区", "DISTRICT", null);
        String base = "/api/v1/regions/PR2-D/published-ratios/";
        given().contentType(ContentType.JSON).body(body("1", PLAN, null)).when().put(base + "2020/bananasPer1000")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("metric"))
                .body("detail", containsString("bedsPer1000"));
        given().when().delete(base + "2020/bananasPer1000").then().statusCode(400).body("errors.field", hasItem("metric"));
        given().contentType(ContentType.JSON).body(body("-0.5", PLAN, null)).when().put(base + "2020/bedsPer1000")
                .then().statusCode(400).body("errors.field", hasItem("value"));
        given().contentType(ContentType.JSON).body("{\"source\": \"x\"}").when().put(base + "2020/bedsPer1000")
                .then().statusCode(400).body("errors.field", hasItem("value"));
        given().contentType(ContentType.JSON).body("{\"value\": \"many\", \"source\": \"x\"}").when().put(base + "2020/bedsPer1000")
                .then().statusCode(400).body("errors.field", hasItem("value"));
        given().contentType(ContentType.JSON).body(body("1", PLAN, null)).when().put(base + "1900/bedsPer1000")
                .then().statusCode(400).body("errors.field", hasItem("year"));
        given().contentType(ContentType.JSON).body(body("1", PLAN, null)).when().put(base + "abc/bedsPer1000")
                .then().statusCode(400).body("errors.field", hasItem("year"));
        given().contentType(ContentType.JSON).body(body("1", null, null)).when().put(base + "2020/bedsPer1000")
                .then().statusCode(400).body("errors.field", hasItem("source"));
        given().contentType(ContentType.JSON).body(body("1", " ", null)).when().put(base + "2020/bedsPer1000")
                .then().statusCode(400).body("errors.field", hasItem("source"));
        given().contentType(ContentType.JSON).body(body("1", "规".repeat(501), null)).when().put(base + "2020/bedsPer1000")
                .then().statusCode(400).body("errors.field", hasItem("source"));
        given().contentType(ContentType.JSON).body(body("1", PLAN, "句".repeat(2001))).when().put(base + "2020/bedsPer1000")
                .then().statusCode(400).body("errors.field", hasItem("quote"));
        given().contentType(ContentType.JSON).body("{\"year\": 2021, \"value\": 1, \"source\": \"x\"}").when().put(base + "2020/bedsPer1000")
                .then().statusCode(400).body("errors.field", hasItem("year"));
        given().contentType(ContentType.JSON).body("{\"metric\": \"gpsPer10000\", \"value\": 1, \"source\": \"x\"}")
                .when().put(base + "2020/bedsPer1000").then().statusCode(400).body("errors.field", hasItem("metric"));
        given().when().get("/api/v1/regions/PR2-D/published-ratios?year=abc").then().statusCode(400).body("errors.field", hasItem("year"));
        given().when().get("/api/v1/regions/PR2-D/published-ratios?yaer=2020").then().statusCode(400);
        // nothing was written; the limits themselves are accepted (500 and 2000 characters, value 0)
        given().when().get("/api/v1/regions/PR2-D/published-ratios").then().statusCode(200).body("$", hasSize(0));
        given().contentType(ContentType.JSON).body(body("0", "规".repeat(500), "句".repeat(2000))).when().put(base + "2020/bedsPer1000")
                .then().statusCode(201).body("value", equalTo(0));
        given().contentType(ContentType.JSON).body(body("1", PLAN, null)).when().put(base + "2020/bedsPer1000?x=1")
                .then().statusCode(400);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyWritesOnce() {
        Fixtures.region("PR3-D", "重试区", "DISTRICT", null);
        String path = "/api/v1/regions/PR3-D/published-ratios/2020/gpsPer10000";
        long audits = given().when().get("/api/v1/audit?size=1").then().extract().jsonPath().getLong("total");
        given().contentType(ContentType.JSON).header("Idempotency-Key", "pr3-once").body(body("2.1", PLAN, null)).when().put(path)
                .then().statusCode(201);
        given().contentType(ContentType.JSON).header("Idempotency-Key", "pr3-once").body(body("2.1", PLAN, null)).when().put(path)
                .then().statusCode(201).header("Idempotency-Replayed", "true").body("version", equalTo(0));
        assertEquals(audits + 1, given().when().get("/api/v1/audit?size=1").then().extract().jsonPath().getLong("total"));
    }

    @Test
    void changeTimesIncrementalReadsAndDeletionsIncludingTheRegionsCascade() {
        Fixtures.region("PR4-D", "同步区", "DISTRICT", null);
        publish("PR4-D", 2020, "bedsPer1000", "5.5", PLAN, null);
        String mark = given().when().get("/api/v1/regions/PR4-D/published-ratios").then().extract().jsonPath().getString("[0].updatedAt");
        publish("PR4-D", 2021, "bedsPer1000", "5.6", PLAN, null);
        given().queryParam("updatedAfter", mark).when().get("/api/v1/regions/PR4-D/published-ratios")
                .then().statusCode(200).body("year", contains(2021));
        given().queryParam("updatedAfter", mark).queryParam("regionCode", "PR4-D").when().get("/api/v1/published-ratios")
                .then().statusCode(200).body("items.year", contains(2021)).body("cursor", notNullValue());
        // the same body again changes nothing, so updatedAt stays
        String before = given().when().get("/api/v1/regions/PR4-D/published-ratios?year=2021").then().extract().jsonPath().getString("[0].updatedAt");
        publish("PR4-D", 2021, "bedsPer1000", "5.6", PLAN, null);
        assertEquals(before, given().when().get("/api/v1/regions/PR4-D/published-ratios?year=2021").then().extract().jsonPath()
                .getString("[0].updatedAt"));

        given().when().delete("/api/v1/regions/PR4-D/published-ratios/2020/bedsPer1000").then().statusCode(204);
        given().when().delete("/api/v1/regions/PR4-D").then().statusCode(204);
        List<Map<String, Object>> deletions = given().queryParam("since", mark).queryParam("resourceType", "published-ratio")
                .queryParam("size", 500).when().get("/api/v1/deletions").then().statusCode(200).extract().jsonPath().getList("items");
        List<String> keys = deletions.stream().filter(d -> "PR4-D".equals(d.get("regionCode"))).map(d -> (String) d.get("key")).toList();
        assertEquals(List.of("PR4-D/2020/bedsPer1000", "PR4-D/2021/bedsPer1000"), keys);
    }

    @Test
    void aRegionWithOnlyPublishedRatiosHasBasisPublished() {
        Fixtures.region("PR5-D", "只有规划区", "DISTRICT", null);
        publish("PR5-D", 2020, "bedsPer1000", "24.16", PLAN, QUOTE);
        publish("PR5-D", 2020, "registeredNursesPer1000", "17.09", PLAN, QUOTE);
        publish("PR5-D", 2020, "doctorNurseRatio", "1.10", "统计年鉴2021", "医护比 1:1.10");
        publish("PR5-D", 2021, "bedsPer1000", "25", PLAN, null);
        given().config(RatioResourceTest.DECIMALS).when().get("/api/v1/regions/PR5-D/ratios?year=2020")
                .then().statusCode(200)
                .body("basis", equalTo("PUBLISHED")).body("facilityCount", equalTo(0))
                .body("population", nullValue()).body("populationBasis", nullValue()).body("counts", nullValue())
                .body("ratios.bedsPer1000", equalTo(new BigDecimal("24.16")))
                .body("ratios.registeredNursesPer1000", equalTo(new BigDecimal("17.09")))
                .body("ratios.doctorNurseRatio", equalTo(new BigDecimal("1.10")))
                .body("ratios.licensedDoctorsPer1000", nullValue())
                .body("published.bedsPer1000.value", equalTo(new BigDecimal("24.16")))
                .body("published.bedsPer1000.source", equalTo(PLAN))
                .body("published.bedsPer1000.quote", equalTo(QUOTE))
                .body("published.doctorNurseRatio.source", equalTo("统计年鉴2021"))
                .body("published.doctorNurseRatio.quote", equalTo("医护比 1:1.10"))
                .body("published", not(hasKey("licensedDoctorsPer1000")));
        // the series says the same, year by year
        given().config(RatioResourceTest.DECIMALS).when().get("/api/v1/regions/PR5-D/ratios/series?from=2019&to=2021")
                .then().statusCode(200)
                .body("basis", contains(null, "PUBLISHED", "PUBLISHED"))
                .body("[2].ratios.bedsPer1000", equalTo(25))
                .body("[2].published.bedsPer1000.quote", nullValue());
        // a gap to a bed target: the published ratio is the current one; without a count or population there is no gap
        given().config(RatioResourceTest.DECIMALS).when().get("/api/v1/regions/PR5-D/gaps?metric=bedsPer1000&target=26&targetYear=2022")
                .then().statusCode(200)
                .body("[0].basis", equalTo("PUBLISHED")).body("[0].currentYear", equalTo(2021))
                .body("[0].currentRatio", equalTo(25)).body("[0].currentCount", nullValue())
                .body("[0].gap", nullValue());
        // deleting the publications leaves no basis
        for (String m : List.of("bedsPer1000", "registeredNursesPer1000", "doctorNurseRatio")) {
            given().when().delete("/api/v1/regions/PR5-D/published-ratios/2020/" + m).then().statusCode(204);
        }
        given().when().get("/api/v1/regions/PR5-D/ratios?year=2020").then().statusCode(200)
                .body("basis", nullValue()).body("ratios", nullValue()).body("published", nullValue());
    }

    @Test
    void facilitiesGiveBedsAPublicationGivesNursesAndCountsWinForTheSameMetric() {
        Fixtures.region("PR6-D", "混合区", "DISTRICT", null);
        Fixtures.population("PR6-D", 2020, 500_000, false);
        Fixtures.facility("PR6-H", "PR6-D", "GENERAL_HOSPITAL", null);
        Fixtures.resources("PR6-H", 2020, "{\"beds\": 3000}");
        publish("PR6-D", 2020, "registeredNursesPer1000", "3.19", "统计年鉴2021", "每千人口注册护士3.19人");
        // a publication of beds too: the facilities' count wins
        publish("PR6-D", 2020, "bedsPer1000", "7.77", "统计年鉴2021", "每千人口床位7.77张");
        given().config(RatioResourceTest.DECIMALS).when().get("/api/v1/regions/PR6-D/ratios?year=2020")
                .then().statusCode(200)
                .body("basis", equalTo("FACILITIES")).body("populationBasis", equalTo("OWN"))
                .body("counts.beds", equalTo(3000)).body("counts.registeredNurses", nullValue())
                // 3 000 beds / 500 000 = 6.00 per 1000, not the published 7.77
                .body("ratios.bedsPer1000", equalTo(new BigDecimal("6.00")))
                .body("ratios.registeredNursesPer1000", equalTo(new BigDecimal("3.19")))
                .body("published.registeredNursesPer1000.source", equalTo("统计年鉴2021"))
                .body("published.registeredNursesPer1000.quote", equalTo("每千人口注册护士3.19人"))
                .body("published", not(hasKey("bedsPer1000")));
        // reported totals with doctors only: their ratio is computed, the nurses' still published
        Fixtures.region("PR6-R", "年鉴混合区", "DISTRICT", null);
        Fixtures.population("PR6-R", 2020, 200_000, false);
        given().contentType(ContentType.JSON).body("{\"licensedDoctors\": 570}").when().put("/api/v1/regions/PR6-R/resources/2020")
                .then().statusCode(201);
        publish("PR6-R", 2020, "registeredNursesPer1000", "3.19", "统计年鉴2021", null);
        given().config(RatioResourceTest.DECIMALS).when().get("/api/v1/regions/PR6-R/ratios?year=2020")
                .then().statusCode(200).body("basis", equalTo("REPORTED"))
                .body("ratios.licensedDoctorsPer1000", equalTo(new BigDecimal("2.85")))
                .body("ratios.registeredNursesPer1000", equalTo(new BigDecimal("3.19")))
                .body("published", hasKey("registeredNursesPer1000"));
        // a count without a population gives no per-population ratio: the publication fills it in, and with every ratio
        // given being a published one the basis is PUBLISHED, the counts still shown
        Fixtures.region("PR6-N", "无人口区", "DISTRICT", null);
        Fixtures.facility("PR6-NH", "PR6-N", "GENERAL_HOSPITAL", null);
        Fixtures.resources("PR6-NH", 2020, "{\"beds\": 100}");
        publish("PR6-N", 2020, "bedsPer1000", "4.5", "统计年鉴2021", null);
        given().config(RatioResourceTest.DECIMALS).when().get("/api/v1/regions/PR6-N/ratios?year=2020")
                .then().statusCode(200).body("basis", equalTo("PUBLISHED")).body("facilityCount", equalTo(1))
                .body("counts.beds", equalTo(100)).body("ratios.bedsPer1000", equalTo(new BigDecimal("4.5")));
    }

    @Test
    void aParentWithoutPopulationTakesTheSumOfItsSubRegionsWhenEveryOneReports() {
        Fixtures.region("PR7-P", "求和省", "PROVINCE", null);
        Fixtures.region("PR7-A", "甲区", "DISTRICT", "PR7-P");
        Fixtures.region("PR7-B", "乙区", "DISTRICT", "PR7-P");
        Fixtures.region("PR7-T", "甲区一镇", "TOWN", "PR7-A");
        Fixtures.facility("PR7-HA", "PR7-T", "GENERAL_HOSPITAL", null);
        Fixtures.facility("PR7-HB", "PR7-B", "GENERAL_HOSPITAL", null);
        for (int year : new int[] {2020, 2021}) {
            Fixtures.resources("PR7-HA", year, "{\"beds\": 4068, \"licensedDoctors\": 1695}");
            Fixtures.resources("PR7-HB", year, "{\"beds\": 4068, \"licensedDoctors\": 1695}");
        }
        // 2020: both districts report (685 000 + 671 000); the town's population is not a direct sub-region's
        Fixtures.population("PR7-A", 2020, 685_000, false);
        Fixtures.population("PR7-B", 2020, 671_000, true);
        Fixtures.population("PR7-T", 2020, 1, false);
        // 2021: one district only
        Fixtures.population("PR7-A", 2021, 690_000, false);
        given().config(RatioResourceTest.DECIMALS).when().get("/api/v1/regions/PR7-P/ratios?year=2020")
                .then().statusCode(200)
                .body("population", equalTo(1356000)).body("populationBasis", equalTo("SUM_OF_SUBREGIONS"))
                .body("populationProjected", equalTo(true))
                .body("basis", equalTo("FACILITIES")).body("counts.beds", equalTo(8136))
                // 8 136 beds / 1 356 000 = 6.00 per 1000; 3 390 doctors = 2.50 per 1000
                .body("ratios.bedsPer1000", equalTo(new BigDecimal("6.00")))
                .body("ratios.licensedDoctorsPer1000", equalTo(new BigDecimal("2.50")));
        given().config(RatioResourceTest.DECIMALS).when().get("/api/v1/regions/PR7-P/ratios?year=2021")
                .then().statusCode(200)
                .body("population", nullValue()).body("populationBasis", nullValue())
                .body("basis", equalTo("FACILITIES")).body("counts.beds", equalTo(8136))
                .body("ratios.bedsPer1000", nullValue()).body("ratios.licensedDoctorsPer1000", nullValue());
        // a district's own population; the province's own, once recorded, wins over the sum
        given().when().get("/api/v1/regions/PR7-A/ratios?year=2020").then().statusCode(200)
                .body("population", equalTo(685000)).body("populationBasis", equalTo("OWN"));
        Fixtures.population("PR7-P", 2020, 1_400_000, false);
        given().when().get("/api/v1/regions/PR7-P/ratios?year=2020").then().statusCode(200)
                .body("population", equalTo(1400000)).body("populationBasis", equalTo("OWN"));
        given().when().delete("/api/v1/regions/PR7-P/population/2020").then().statusCode(204);
        // the gap takes the summed population of the target year: ceil(7 × 1 356 000 / 1000) = 9 492 beds, 1 356 missing
        given().when().get("/api/v1/regions/PR7-P/gaps?metric=bedsPer1000&target=7&targetYear=2020").then().statusCode(200)
                .body("[0].targetPopulation", equalTo(1356000)).body("[0].requiredCount", equalTo(9492)).body("[0].gap", equalTo(1356));
        // a region without sub-regions and without population has none
        given().when().get("/api/v1/regions/PR7-B/ratios?year=2021").then().statusCode(200)
                .body("population", nullValue()).body("populationBasis", nullValue());
        // a new district without population breaks the sum
        Fixtures.region("PR7-C", "丙区", "DISTRICT", "PR7-P");
        given().when().get("/api/v1/regions/PR7-P/ratios?year=2020").then().statusCode(200)
                .body("population", nullValue()).body("populationBasis", nullValue()).body("ratios.bedsPer1000", nullValue());
    }
}
