package org.healthplanning.facility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.healthplanning.platform.testing.PostgresResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.healthplanning.platform.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class FacilityImportTest {
    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    static final String HEADER = "code,name,regionCode,type,ownership,closedYear,resources.year,resources.beds,resources.licensedDoctors\n";

    @Test
    void jsonImportIsAnUpsertByCodeSoLoadingTwiceIsHarmless() {
        Fixtures.region("I1-D", "导入区", "DISTRICT", null);
        String body = """
                [{"code": "I1-A", "name": "甲医院", "regionCode": "I1-D", "type": "GENERAL_HOSPITAL", "ownership": "PUBLIC",
                  "resources": [{"year": 2020, "beds": 500, "licensedDoctors": 150}, {"year": 2021, "beds": 520, "licensedDoctors": 160}]},
                 {"code": "I1-B", "name": "乙卫生院", "regionCode": "I1-D", "type": "TOWNSHIP_HEALTH_CENTER"}]""";
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/facilities/import")
                    .then().statusCode(200).body("imported", equalTo(2)).body("resources", equalTo(2))
                    .body("errors", hasSize(0));
        }
        given().when().get("/api/v1/facilities?regionCode=I1-D").then().statusCode(200).body("total", equalTo(2));
        given().when().get("/api/v1/facilities/I1-A/resources").then().statusCode(200)
                .body("year", contains(2020, 2021)).body("beds", contains(500, 520));
        given().when().get("/api/v1/regions/I1-D/ratios?year=2021").then().statusCode(200).body("counts.licensedDoctors", equalTo(160));
    }

    /** An import across many regions keeps a short audit key (the first, the last and how many) and lists them all in 'after'. */
    @Test
    void anImportAcrossManyRegionsIsAuditedUnderAShortKey() {
        Fixtures.region("IK-D", "多镇区", "DISTRICT", null);
        StringBuilder body = new StringBuilder("[");
        for (int t = 1; t <= 25; t++) {
            String town = String.format("IK-T%02d", t);
            Fixtures.region(town, "镇" + t, "TOWN", "IK-D");
            body.append(t == 1 ? "" : ",").append("{\"code\": \"IK-F").append(t).append("\", \"name\": \"卫生院").append(t)
                    .append("\", \"regionCode\": \"").append(town).append("\", \"type\": \"TOWNSHIP_HEALTH_CENTER\",")
                    .append(" \"resources\": [{\"year\": 2024, \"beds\": 20, \"licensedDoctors\": 4}]}");
        }
        given().contentType(ContentType.JSON).body(body.append("]").toString())
                .when().post("/api/v1/facilities/import").then().statusCode(200).body("imported", equalTo(25));
        given().queryParam("resourceType", "facility-import").queryParam("key", "IK-T01..IK-T25 (25 regions)")
                .when().get("/api/v1/audit").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].operation", equalTo("IMPORT"))
                .body("items[0].after.regions", hasSize(25))
                .body("items[0].after.regions", hasItem("IK-T13"));
        given().when().get("/api/v1/regions/IK-D/ratios?year=2024").then().statusCode(200).body("counts.beds", equalTo(500));
    }

    @Test
    void csvWithOneBadRowIsRejectedWholeNamingRowAndFieldAndWritesNothing() {
        Fixtures.region("I2-D", "坏行区", "DISTRICT", null);
        String csv = HEADER
                + "I2-A,甲医院,I2-D,GENERAL_HOSPITAL,PUBLIC,,2020,500,150\n"
                + "I2-A,甲医院,I2-D,GENERAL_HOSPITAL,PUBLIC,,2021,-3,160\n"
                + "I2-B,乙医院,NOPE-I2,GENERAL_HOSPITAL,PUBLIC,,2020,10,2\n"
                + "I2-C,丙医院,I2-D,GENERAL_HOSPITAL,PUBLIC,,2020,10,2\n";
        given().contentType("text/csv").body(csv)
                .when().post("/api/v1/facilities/import")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("imported", equalTo(0))
                .body("errors", hasSize(2))
                .body("errors[0].row", equalTo(2)).body("errors[0].field", equalTo("resources.beds"))
                .body("errors[1].row", equalTo(3)).body("errors[1].field", equalTo("regionCode"))
                .body("errors[1].message", containsString("NOPE-I2"));
        given().when().get("/api/v1/facilities/I2-A").then().statusCode(404);
        given().when().get("/api/v1/facilities/I2-C").then().statusCode(404);
        given().when().get("/api/v1/facilities?regionCode=I2-D").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void jsonRowErrorsCarryRowNumbers() {
        Fixtures.region("I3-D", "行号区", "DISTRICT", null);
        given().contentType(ContentType.JSON).body("""
                [{"code": "I3-A", "name": "甲", "regionCode": "I3-D", "type": "GENERAL_HOSPITAL"},
                 {"code": "I3-B", "name": "乙", "regionCode": "I3-D", "type": "CASTLE"},
                 {"code": "I3-C", "name": "丙", "regionCode": "I3-D", "type": "CLINIC", "resources": [{"year": 2020, "beds": "ten"}]},
                 {"code": "I3-A", "name": "甲again", "regionCode": "I3-D", "type": "GENERAL_HOSPITAL"}]""")
                .when().post("/api/v1/facilities/import")
                .then().statusCode(400)
                .body("errors.row", contains(2, 3, 4))
                .body("errors.field", contains("type", "resources.beds", "code"));
        given().when().get("/api/v1/facilities/I3-A").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"not\": \"an array\"}")
                .when().post("/api/v1/facilities/import").then().statusCode(400).body("errors.field", hasItem("body"));
        given().contentType(ContentType.JSON).body("[{\"code\": ")
                .when().post("/api/v1/facilities/import").then().statusCode(400).body("errors.field", hasItem("body"));
    }

    @Test
    void dryRunValidatesWithoutWriting() {
        Fixtures.region("I4-D", "试运行区", "DISTRICT", null);
        given().contentType("text/csv").body(HEADER + "I4-A,甲,I4-D,CLINIC,PRIVATE,,2020,5,2\n")
                .when().post("/api/v1/facilities/import?dryRun=true")
                .then().statusCode(200).body("imported", equalTo(1)).body("dryRun", equalTo(true));
        given().when().get("/api/v1/facilities/I4-A").then().statusCode(404);
        given().contentType(ContentType.JSON).body("[]").when().post("/api/v1/facilities/import?dryRun=maybe")
                .then().statusCode(400).body("errors.field", hasItem("dryRun"));
    }

    @Test
    void csvExportReimportsToTheSameState() {
        Fixtures.region("I5-D", "导出区", "DISTRICT", null);
        Fixtures.region("I5-T", "导出镇", "TOWN", "I5-D");
        given().contentType(ContentType.JSON).body("""
                [{"code": "I5-A", "name": "甲, \\"老\\"医院", "regionCode": "I5-D", "type": "GENERAL_HOSPITAL", "grade": "二级",
                  "ownership": "PUBLIC", "openedYear": 1951, "closedYear": 2022, "source": "规划 第1行",
                  "resources": [{"year": 2020, "beds": 500, "tcmDoctors": 12, "childcareSlots": 30},
                                {"year": 2021, "beds": 480, "ambulances": 4}]},
                 {"code": "I5-B", "name": "乙站", "regionCode": "I5-T", "type": "COMMUNITY_HEALTH_STATION"}]""")
                .when().post("/api/v1/facilities/import").then().statusCode(200).body("imported", equalTo(2));
        String first = given().when().get("/api/v1/facilities/export?regionCode=I5-D")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        // the file has a header, two lines for I5-A and one for I5-B
        org.junit.jupiter.api.Assertions.assertEquals(4, first.split("\r\n").length, first);

        given().header("If-Match", "\"0\"").when().delete("/api/v1/facilities/I5-A").then().statusCode(204);
        given().header("If-Match", "\"0\"").when().delete("/api/v1/facilities/I5-B").then().statusCode(204);
        given().contentType("text/csv; charset=UTF-8").body(first)
                .when().post("/api/v1/facilities/import").then().statusCode(200).body("imported", equalTo(2)).body("resources", equalTo(2));
        String second = given().when().get("/api/v1/facilities/export?regionCode=I5-D").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(first, second);
        given().when().get("/api/v1/facilities/I5-A").then().statusCode(200)
                .body("name", equalTo("甲, \"老\"医院")).body("closedYear", equalTo(2022)).body("grade", equalTo("二级"));
        given().when().get("/api/v1/facilities/I5-A/resources").then().statusCode(200)
                .body("tcmDoctors", contains(12, null)).body("ambulances", contains(null, 4));
    }

    @Test
    void aLargeImportIsCountedInFullAndItsSpeedIsReported() {
        Fixtures.region("I6-D", "大批量区", "DISTRICT", null);
        Fixtures.population("I6-D", 2022, 1_000_000, false);
        int n = 2000;
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",").append("{\"code\": \"I6-F").append(i).append("\", \"name\": \"批量机构").append(i)
                    .append("\", \"regionCode\": \"I6-D\", \"type\": \"CLINIC\", \"resources\": [");
            for (int y = 2020; y <= 2024; y++) {
                json.append(y == 2020 ? "" : ",").append("{\"year\": ").append(y).append(", \"beds\": 2, \"licensedDoctors\": 1}");
            }
            json.append("]}");
        }
        json.append("]");
        for (String pass : new String[] {"insert", "update"}) {
            long started = System.nanoTime();
            given().contentType(ContentType.JSON).body(json.toString())
                    .when().post("/api/v1/facilities/import")
                    .then().statusCode(200).body("imported", equalTo(n)).body("resources", equalTo(n * 5));
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("import of %d facilities with %d resource rows (%s): %d ms%n", n, n * 5, pass, millis);
        }
        given().when().get("/api/v1/regions/I6-D/ratios?year=2022").then().statusCode(200)
                .body("facilityCount", equalTo(n)).body("counts.beds", equalTo(2 * n)).body("counts.licensedDoctors", equalTo(n));
    }

    @Test
    void reimportOverwritesChangedYearsAddsNewOnesAndMovesVersionsOnlyWhereACountChanged() {
        Fixtures.region("I7-D", "重导区", "DISTRICT", null);
        given().contentType(ContentType.JSON).body("""
                [{"code": "I7-A", "name": "甲", "regionCode": "I7-D", "type": "GENERAL_HOSPITAL",
                  "resources": [{"year": 2020, "beds": 100, "licensedDoctors": 30}, {"year": 2021, "beds": 110, "licensedDoctors": 31}]}]""")
                .when().post("/api/v1/facilities/import").then().statusCode(200).body("resources", equalTo(2));
        // 2020 unchanged, 2021 changed (a count cleared, one changed), 2022 new; a new facility beside it
        given().contentType(ContentType.JSON).body("""
                [{"code": "I7-A", "name": "甲", "regionCode": "I7-D", "type": "GENERAL_HOSPITAL",
                  "resources": [{"year": 2020, "beds": 100, "licensedDoctors": 30}, {"year": 2021, "beds": 120},
                                {"year": 2022, "beds": 130, "licensedDoctors": 33}]},
                 {"code": "I7-B", "name": "乙", "regionCode": "I7-D", "type": "CLINIC", "resources": [{"year": 2021, "beds": 5}]}]""")
                .when().post("/api/v1/facilities/import").then().statusCode(200).body("imported", equalTo(2)).body("resources", equalTo(4));
        given().when().get("/api/v1/facilities/I7-A/resources").then().statusCode(200)
                .body("year", contains(2020, 2021, 2022))
                .body("beds", contains(100, 120, 130))
                .body("licensedDoctors", contains(30, null, 33))
                .body("version", contains(0, 1, 0));
        given().when().get("/api/v1/regions/I7-D/ratios?year=2021").then().statusCode(200)
                .body("facilityCount", equalTo(2)).body("counts.beds", equalTo(125));
        // a failing row leaves every stored count as it was
        given().contentType(ContentType.JSON).body("""
                [{"code": "I7-A", "name": "甲", "regionCode": "I7-D", "type": "GENERAL_HOSPITAL", "resources": [{"year": 2020, "beds": 999}]},
                 {"code": "I7-C", "name": "丙", "regionCode": "NOPE-I7", "type": "CLINIC"}]""")
                .when().post("/api/v1/facilities/import").then().statusCode(400).body("errors.field", contains("regionCode"));
        given().when().get("/api/v1/facilities/I7-A/resources").then().statusCode(200).body("beds", contains(100, 120, 130));
    }
}
