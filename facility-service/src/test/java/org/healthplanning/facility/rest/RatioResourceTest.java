package org.healthplanning.facility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import java.math.BigDecimal;
import org.healthplanning.platform.testing.PostgresResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.healthplanning.platform.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class RatioResourceTest {
    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    /** Read JSON numbers as BigDecimal so 2.85 is compared exactly, not as a float. */
    static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    @Test
    void districtOf685000With1952DoctorsHas285PerThousandAndAGapOf568To36() {
        Fixtures.region("Q1-D", "示例区", "DISTRICT", null);
        Fixtures.population("Q1-D", 2020, 685_000, false);
        Fixtures.population("Q1-D", 2025, 700_000, true);
        Fixtures.facility("Q1-H1", "Q1-D", "GENERAL_HOSPITAL", null);
        Fixtures.facility("Q1-H2", "Q1-D", "TCM_HOSPITAL", null);
        Fixtures.facility("Q1-H3", "Q1-D", "COMMUNITY_HEALTH_CENTER", null);
        // 1 200 + 500 + 252 = 1 952 licensed doctors in 2020
        Fixtures.resources("Q1-H1", 2020, "{\"licensedDoctors\": 1200, \"registeredNurses\": 1344, \"beds\": 2000, \"healthTechnicians\": 2600}");
        Fixtures.resources("Q1-H2", 2020, "{\"licensedDoctors\": 500, \"registeredNurses\": 560, \"beds\": 900, \"healthTechnicians\": 1170}");
        Fixtures.resources("Q1-H3", 2020, "{\"licensedDoctors\": 252, \"registeredNurses\": 282, \"beds\": 100, \"healthTechnicians\": 130}");

        given().config(DECIMALS).when().get("/api/v1/regions/Q1-D/ratios?year=2020")
                .then().statusCode(200)
                .body("regionCode", equalTo("Q1-D")).body("year", equalTo(2020))
                .body("population", equalTo(685000))
                .body("facilityCount", equalTo(3))
                .body("basis", equalTo("FACILITIES"))
                .body("counts.licensedDoctors", equalTo(1952))
                .body("ratios.licensedDoctorsPer1000", equalTo(new BigDecimal("2.85")))
                // 2 186 nurses / 685 000 = 3.1912 per 1000
                .body("counts.registeredNurses", equalTo(2186))
                .body("ratios.registeredNursesPer1000", equalTo(new BigDecimal("3.19")))
                // 医护比 1:1.12 = 2 186 nurses / 1 952 doctors = 1.1199
                .body("ratios.doctorNurseRatio", equalTo(new BigDecimal("1.12")))
                // 床人比 1:1.30 = 3 900 technicians / 3 000 beds
                .body("counts.beds", equalTo(3000))
                .body("ratios.bedStaffRatio", equalTo(new BigDecimal("1.30")))
                .body("ratios.bedsPer1000", equalTo(new BigDecimal("4.38")))
                .body("ratios.pharmacistsPer1000", nullValue());

        given().config(DECIMALS).when().get("/api/v1/regions/Q1-D/gaps?metric=licensedDoctorsPer1000&target=3.6&targetYear=2025")
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].metric", equalTo("licensedDoctorsPer1000"))
                .body("[0].target", equalTo(new BigDecimal("3.6")))
                .body("[0].currentYear", equalTo(2020))
                .body("[0].currentCount", equalTo(1952))
                .body("[0].currentRatio", equalTo(new BigDecimal("2.85")))
                .body("[0].targetPopulation", equalTo(700000))
                .body("[0].requiredCount", equalTo(2520))
                .body("[0].gap", equalTo(568));

        // the same answer from a stored plan standard, and a population given in the question
        given().contentType(ContentType.JSON).body("""
                {"metric": "licensedDoctorsPer1000", "comparator": ">=", "value": 3.6, "scope": "PLAN",
                 "regionCode": "Q1-D", "year": 2025, "source": "每千人口执业（助理）医师数（人） | 3.6"}""")
                .when().put("/api/v1/standards/Q1-doctors-2025").then().statusCode(201);
        given().config(DECIMALS).when().get("/api/v1/regions/Q1-D/gaps?targetYear=2025")
                .then().statusCode(200)
                .body("standardCode", hasItem("Q1-doctors-2025"))
                .body("find { it.standardCode == 'Q1-doctors-2025' }.requiredCount", equalTo(2520))
                .body("find { it.standardCode == 'Q1-doctors-2025' }.gap", equalTo(568))
                .body("find { it.standardCode == 'Q1-doctors-2025' }.scope", equalTo("PLAN"));
        given().when().get("/api/v1/regions/Q1-D/gaps?metric=licensedDoctorsPer1000&target=3.6&population=800000&targetYear=2025")
                .then().statusCode(200).body("[0].requiredCount", equalTo(2880)).body("[0].gap", equalTo(928));
    }

    @Test
    void districtAggregatesBothTownsAndAClosedFacilityStopsAfterItsClosingYear() {
        Fixtures.region("Q2-D", "两镇区", "DISTRICT", null);
        Fixtures.region("Q2-T1", "一镇", "TOWN", "Q2-D");
        Fixtures.region("Q2-T2", "二镇", "TOWN", "Q2-D");
        Fixtures.region("Q2-V", "二镇某村", "OTHER", "Q2-T2");
        Fixtures.population("Q2-D", 2021, 100_000, false);
        Fixtures.population("Q2-D", 2022, 100_000, false);
        Fixtures.facility("Q2-F1", "Q2-T1", "TOWNSHIP_HEALTH_CENTER", null);
        Fixtures.facility("Q2-F2", "Q2-T2", "TOWNSHIP_HEALTH_CENTER", null);
        Fixtures.facility("Q2-F3", "Q2-V", "VILLAGE_CLINIC", 2021);
        for (int year : new int[] {2021, 2022}) {
            Fixtures.resources("Q2-F1", year, "{\"beds\": 100, \"licensedDoctors\": 40}");
            Fixtures.resources("Q2-F2", year, "{\"beds\": 60, \"licensedDoctors\": 30}");
            Fixtures.resources("Q2-F3", year, "{\"beds\": 10, \"licensedDoctors\": 5}");
        }
        given().config(DECIMALS).when().get("/api/v1/regions/Q2-D/ratios?year=2021")
                .then().statusCode(200)
                .body("facilityCount", equalTo(3)).body("counts.beds", equalTo(170)).body("counts.licensedDoctors", equalTo(75))
                .body("ratios.bedsPer1000", equalTo(new BigDecimal("1.70")));
        given().config(DECIMALS).when().get("/api/v1/regions/Q2-D/ratios?year=2022")
                .then().statusCode(200)
                .body("facilityCount", equalTo(2)).body("counts.beds", equalTo(160)).body("counts.licensedDoctors", equalTo(70))
                .body("ratios.licensedDoctorsPer1000", equalTo(new BigDecimal("0.70")));
        // one town alone
        given().when().get("/api/v1/regions/Q2-T2/ratios?year=2021")
                .then().statusCode(200).body("facilityCount", equalTo(2)).body("counts.beds", equalTo(70))
                .body("population", nullValue()).body("ratios.bedsPer1000", nullValue());
        // a series
        given().when().get("/api/v1/regions/Q2-D/ratios?from=2020&to=2022")
                .then().statusCode(200)
                .body("year", contains(2020, 2021, 2022))
                .body("basis", contains(null, "FACILITIES", "FACILITIES"))
                .body("facilityCount", contains(0, 3, 2))
                .body("[0].counts", nullValue())
                .body("[1].counts.beds", equalTo(170))
                .body("[2].counts.beds", equalTo(160));
        // facilities listed for the district include both towns and the village
        given().when().get("/api/v1/facilities?regionCode=Q2-D&sort=code")
                .then().statusCode(200).body("total", equalTo(3)).body("items.code", contains("Q2-F1", "Q2-F2", "Q2-F3"));
    }

    @Test
    void aRegionWithoutFacilitiesButReportedTotalsHasBasisReported() {
        Fixtures.region("Q3-D", "年鉴区", "DISTRICT", null);
        Fixtures.population("Q3-D", 2020, 660_000, false);
        given().contentType(ContentType.JSON).body("""
                {"beds": 3960, "licensedDoctors": 1782, "registeredNurses": 2000, "generalPractitioners": 200,
                 "ambulances": 22, "healthTechnicians": 4752, "source": "统计年鉴2021"}""")
                .when().put("/api/v1/regions/Q3-D/resources/2020")
                .then().statusCode(201).body("source", equalTo("统计年鉴2021"));
        given().config(DECIMALS).when().get("/api/v1/regions/Q3-D/ratios?year=2020")
                .then().statusCode(200)
                .body("basis", equalTo("REPORTED")).body("facilityCount", equalTo(0))
                .body("counts.beds", equalTo(3960))
                .body("ratios.bedsPer1000", equalTo(new BigDecimal("6.00")))
                .body("ratios.licensedDoctorsPer1000", equalTo(new BigDecimal("2.70")))
                // 200 GPs per 660 000 = 3.0303 per 10 000; 22 ambulances = 1.00 per 30 000
                .body("ratios.gpsPer10000", equalTo(new BigDecimal("3.03")))
                .body("ratios.ambulancesPer30000", equalTo(new BigDecimal("1.00")))
                .body("ratios.doctorNurseRatio", equalTo(new BigDecimal("1.12")))
                .body("ratios.bedStaffRatio", equalTo(new BigDecimal("1.20")));
        given().when().get("/api/v1/regions/Q3-D/resources").then().statusCode(200).body("year", contains(2020));
        // once a facility reports for that year, facility sums win
        Fixtures.facility("Q3-F", "Q3-D", "GENERAL_HOSPITAL", null);
        Fixtures.resources("Q3-F", 2020, "{\"beds\": 66}");
        given().config(DECIMALS).when().get("/api/v1/regions/Q3-D/ratios?year=2020")
                .then().statusCode(200).body("basis", equalTo("FACILITIES"))
                .body("counts.beds", equalTo(66)).body("ratios.bedsPer1000", equalTo(new BigDecimal("0.10")));
    }

    @Test
    void badParametersAre400AndUnknownRegion404() {
        Fixtures.region("Q4-D", "参数区", "DISTRICT", null);
        given().when().get("/api/v1/regions/Q4-D/ratios").then().statusCode(400).body("errors.field", hasItem("year"));
        given().when().get("/api/v1/regions/Q4-D/ratios?year=abc").then().statusCode(400).body("errors.field", hasItem("year"));
        given().when().get("/api/v1/regions/Q4-D/ratios?from=2020").then().statusCode(400).body("errors.field", hasItem("to"));
        given().when().get("/api/v1/regions/Q4-D/ratios?from=2022&to=2020").then().statusCode(400).body("errors.field", hasItem("to"));
        given().when().get("/api/v1/regions/NOPE-Q4/ratios?year=2020").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/regions/Q4-D/gaps?metric=bananasPer1000&target=1").then().statusCode(400)
                .body("errors.field", hasItem("metric"));
        given().when().get("/api/v1/regions/Q4-D/gaps?metric=bedsPer1000").then().statusCode(400).body("errors.field", hasItem("target"));
        given().when().get("/api/v1/regions/Q4-D/gaps?metric=bedsPer1000&target=x").then().statusCode(400).body("errors.field", hasItem("target"));
        given().when().get("/api/v1/regions/Q4-D/gaps?metric=bedsPer1000&target=5&population=-1").then().statusCode(400)
                .body("errors.field", hasItem("population"));
    }
}
