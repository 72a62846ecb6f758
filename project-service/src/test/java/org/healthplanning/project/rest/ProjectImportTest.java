package org.healthplanning.project.rest;

import org.healthplanning.project.config.KnownPlans;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.healthplanning.project.config.DemoData;
import org.healthplanning.platform.testing.PostgresResource;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class ProjectImportTest {
    static {
        // the plans these tests name, as indicator-service would know them
        KnownPlans.add("csvbad-14th", "500151");
        KnownPlans.add("jsonbad-14th", "500151");
        KnownPlans.add("dry-14th", "500151");
        KnownPlans.add("mode-14th", "500103");
        KnownPlans.add("export-tongliang-14th", "500151");
        KnownPlans.add("export-yuzhong-14th", "500103");
    }


    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }
    static final String CSV = "text/csv; charset=UTF-8";

    /** A shared plan's demo rows moved to another plan code, so tests do not share state. */
    static String demoRows(String plan, String asPlan) {
        return DemoData.text("api/projects-" + plan + ".json").replace("\"planCode\": \"" + plan + "\"", "\"planCode\": \"" + asPlan + "\"");
    }

    static int total(String plan) {
        return given().when().get("/api/v1/projects?planCode=" + plan).then().statusCode(200).extract().path("total");
    }

    static List<String> names(String plan) {
        return given().when().get("/api/v1/projects?planCode=" + plan + "&size=500").then().statusCode(200).extract().path("items.name");
    }

    @Test
    void csvWithOneBadRowIsRejectedWholeNamingRowAndField() {
        String csv = """
                planCode,seq,name,constructionTypeRaw,floorAreaM2,investment10kCny,yearsRaw,statusRaw
                csvbad-14th,1,铜梁区人民医院传染病区医技楼建设项目,续建,1720,3310,2020-2022,施工中
                csvbad-14th,2,铜梁区人民医院静脉配置中心建设项目,新建,-1500,1000,2022-2023,规划中
                csvbad-14th,3,"铜梁区中医院迁建项目附属工程",新建,5000,3000,2021-2023,"已立项、可研"
                """;
        given().contentType(CSV).body(csv)
                .when().post("/api/v1/projects/import?planCode=csvbad-14th&mode=replace")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("imported", equalTo(0))
                .body("errors", hasSize(1))
                .body("errors[0].row", equalTo(2))
                .body("errors[0].field", equalTo("floorAreaM2"))
                .body("detail", containsString("row 2"));
        assertEquals(0, total("csvbad-14th"));

        given().contentType(CSV).body(csv.replace("-1500", "1500"))
                .when().post("/api/v1/projects/import?planCode=csvbad-14th&mode=replace")
                .then().statusCode(200).body("imported", equalTo(3));
        given().when().get("/api/v1/projects?planCode=csvbad-14th&sort=position")
                .then().body("items[2].statuses", equalTo(List.of("APPROVED", "FEASIBILITY_STUDY")))
                .body("items[0].constructionType", equalTo("CONTINUED"));
    }

    @Test
    void badJsonRowsAreNamedByRowAndNothingIsWrittenEvenOnReplace() {
        String plan = "jsonbad-14th";
        given().contentType(ContentType.JSON).body(demoRows("tongliang-14th", plan))
                .when().post("/api/v1/projects/import?planCode=" + plan + "&mode=replace")
                .then().statusCode(200).body("imported", equalTo(31));
        List<String> before = names(plan);

        String rows = """
                [{"name": "甲", "yearsRaw": "2021-2022"},
                 {"name": "乙", "startYear": 2025, "endYear": 2023},
                 {"name": "丙", "constructionType": "DEMOLITION"},
                 {"name": "丁", "floorAreaM2": -3},
                 {"name": "戊", "investment10kCny": "a lot"},
                 {"planCode": "other-14th", "name": "己"}]""";
        given().contentType(ContentType.JSON).body(rows)
                .when().post("/api/v1/projects/import?planCode=" + plan + "&mode=replace")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.row", equalTo(List.of(2, 3, 4, 5, 6)))
                .body("errors.field", equalTo(List.of("endYear", "constructionType", "floorAreaM2", "investment10kCny", "planCode")));
        assertEquals(before, names(plan));

        given().contentType(ContentType.JSON).body("{\"name\": \"not an array\"}")
                .when().post("/api/v1/projects/import?planCode=" + plan).then().statusCode(400).body("errors.field", hasItem("body"));
        given().contentType(ContentType.JSON).body("[{\"name\": ")
                .when().post("/api/v1/projects/import?planCode=" + plan).then().statusCode(400).body("errors.field", hasItem("body"));
        given().contentType(ContentType.JSON).body("[]")
                .when().post("/api/v1/projects/import?mode=replace").then().statusCode(400).body("errors.field", hasItem("planCode"));
        given().contentType(ContentType.JSON).body("[]")
                .when().post("/api/v1/projects/import?planCode=" + plan + "&mode=merge").then().statusCode(400).body("errors.field", hasItem("mode"));
        assertEquals(31, total(plan));
    }

    @Test
    void dryRunChecksWithoutWritingAndReportsDoubtfulCapacity() {
        String plan = "dry-14th";
        given().contentType(ContentType.JSON).body(demoRows("tongliang-14th", plan))
                .when().post("/api/v1/projects/import?planCode=" + plan + "&mode=replace&dryRun=true")
                .then().statusCode(200).body("imported", equalTo(31)).body("errors", hasSize(0))
                // row 13 prints 设床位300张 without saying what kind of bed
                .body("warnings", hasItem(startsWith("row 13:")));
        assertEquals(0, total(plan));
    }

    @Test
    void replaceMakesThePlanExactlyTheRowsAndAppendAdds() {
        String plan = "mode-14th";
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).body(demoRows("yuzhong-14th", plan))
                    .when().post("/api/v1/projects/import?planCode=" + plan + "&mode=replace")
                    .then().statusCode(200).body("imported", equalTo(35));
            assertEquals(35, total(plan));
        }
        given().contentType(ContentType.JSON).body("[{\"name\": \"新增工作\", \"yearsRaw\": \"2024\"}]")
                .when().post("/api/v1/projects/import?planCode=" + plan + "&mode=append")
                .then().statusCode(200).body("imported", equalTo(1));
        assertEquals(36, total(plan));
        given().when().get("/api/v1/projects?planCode=" + plan + "&sort=-position&size=1")
                .then().body("items[0].name", equalTo("新增工作")).body("items[0].position", equalTo(36));
        given().contentType(ContentType.JSON).body("[{\"name\": \"唯一\"}]")
                .when().post("/api/v1/projects/import?planCode=" + plan + "&mode=replace")
                .then().statusCode(200);
        assertEquals(List.of("唯一"), names(plan));
    }

    @Test
    void csvExportReimportsToTheSameRows() {
        for (String source : List.of("tongliang-14th", "yuzhong-14th")) {
            String plan = "export-" + source;
            given().contentType(ContentType.JSON).body(demoRows(source, plan))
                    .when().post("/api/v1/projects/import?planCode=" + plan + "&mode=replace")
                    .then().statusCode(200);
            List<Map<String, Object>> before = rows(plan);
            String csv = given().when().get("/api/v1/projects/export?planCode=" + plan)
                    .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
            assertTrue(csv.startsWith("planCode,regionCode,position,seq,programme,name,content,"), csv.substring(0, 80));
            assertEquals(DemoData.facts(source).size() + 1, csv.lines().filter(l -> l.startsWith(plan + ",")).count() + 1);

            given().contentType(CSV).body(csv)
                    .when().post("/api/v1/projects/import?planCode=" + plan + "&mode=replace")
                    .then().statusCode(200).body("imported", equalTo(DemoData.facts(source).size()));
            assertEquals(before, rows(plan));
            String again = given().when().get("/api/v1/projects/export?planCode=" + plan).then().statusCode(200).extract().asString();
            assertEquals(csv, again);
        }
        given().accept(ContentType.JSON).when().get("/api/v1/projects/export?planCode=export-tongliang-14th")
                .then().statusCode(200).contentType(ContentType.JSON).body("$", hasSize(31));
        given().when().get("/api/v1/projects/export").then().statusCode(400).body("errors.field", hasItem("planCode"));
    }

    /** The plan's rows as the API shows them, without the fields a re-import renews (id, version). */
    static List<Map<String, Object>> rows(String plan) {
        List<Map<String, Object>> items = given().when().get("/api/v1/projects?planCode=" + plan + "&size=500")
                .then().statusCode(200).extract().path("items");
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> item : items) {
            Map<String, Object> copy = new java.util.LinkedHashMap<>(item);
            copy.remove("id");
            copy.remove("version");
            // a re-imported row is a new row: new id, version and times
            copy.remove("createdAt");
            copy.remove("updatedAt");
            out.add(copy);
        }
        return out;
    }
}
