package org.healthplanning.project.rest;

import org.healthplanning.project.config.KnownPlans;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.healthplanning.project.config.DemoData;
import org.healthplanning.platform.testing.PostgresResource;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class ProjectResourceTest {
    static {
        // the plans these tests name, as indicator-service would know them
        KnownPlans.add("bad-14th", "500151");
        KnownPlans.add("capacity-14th", "500151");
        KnownPlans.add("crud-14th", "500151");
        KnownPlans.add("page-14th", "500151");
        KnownPlans.add("parse-14th", "500151");
        KnownPlans.add("patch-14th", "500151");
        KnownPlans.add("spread-14th", "500151");
        KnownPlans.add("totals-14th", "500151");
    }


    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    static String project(String plan, String extra) {
        return """
                {"planCode": "%s", "regionCode": "500151", "seq": "7", "name": "铜梁区人民医院安居分院建设项目",
                 "content": "新建业务用房1.6万平方米，设医疗床位100张，养老床位60张。",
                 "constructionTypeRaw": "新建", "floorAreaM2": 16000, "investment10kCny": 12000,
                 "yearsRaw": "2023-2025", "newLandMu": 25, "statusRaw": "初步选址"%s}""".formatted(plan, extra);
    }

    static int create(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/projects")
                .then().statusCode(201).extract().path("id");
    }

    static void assertNothingIn(String plan) {
        given().when().get("/api/v1/projects?planCode=" + plan).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void createReadReplaceDeleteWithVersions() {
        int id = given().contentType(ContentType.JSON).body(project("crud-14th", ""))
                .when().post("/api/v1/projects")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("constructionType", equalTo("NEW"))
                .body("startYear", equalTo(2023)).body("endYear", equalTo(2025))
                .body("statuses", equalTo(List.of("SITE_SELECTION")))
                .body("capacity.medicalBeds", equalTo(100)).body("capacity.elderlyCareBeds", equalTo(60))
                .body("position", equalTo(1))
                .body("version", equalTo(0))
                .extract().path("id");
        given().when().post("/api/v1/projects/" + id).then().statusCode(405);
        given().when().get("/api/v1/projects/" + id)
                .then().statusCode(200).header("ETag", "\"0\"").body("yearsRaw", equalTo("2023-2025"))
                .body("floorAreaM2", equalTo(16000));
        given().contentType(ContentType.JSON).body(project("crud-14th", "")).when().post("/api/v1/projects")
                .then().statusCode(201).header("Location", containsString("/api/v1/projects/")).body("position", equalTo(2));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(project("crud-14th", ", \"investment10kCny\": 12500.75").replace("\"investment10kCny\": 12000,", ""))
                .when().put("/api/v1/projects/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("version", equalTo(1))
                .body("position", equalTo(1));
        given().config(DemoData.EXACT).when().get("/api/v1/projects/" + id)
                .then().statusCode(200).body("investment10kCny", org.hamcrest.Matchers.comparesEqualTo(new BigDecimal("12500.75")));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(project("crud-14th", ""))
                .when().put("/api/v1/projects/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(project("crud-14th", ", \"version\": 0, \"floorAreaM2\": 1"))
                .when().put("/api/v1/projects/" + id)
                .then().statusCode(412);
        given().when().get("/api/v1/projects/" + id).then().body("floorAreaM2", equalTo(16000)).body("version", equalTo(1));

        given().header("If-Match", "\"0\"").when().delete("/api/v1/projects/" + id).then().statusCode(412);
        given().header("If-Match", "\"1\"").when().delete("/api/v1/projects/" + id).then().statusCode(204);
        given().when().get("/api/v1/projects/" + id)
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404))
                .body("detail", containsString(String.valueOf(id)));
        given().when().get("/api/v1/projects/999999").then().statusCode(404);
        given().contentType(ContentType.JSON).body(project("crud-14th", "")).when().put("/api/v1/projects/999999").then().statusCode(404);
    }

    @Test
    void printedCellsAreParsedWhenTheEnumsAreNotSent() {
        String plan = "parse-14th";
        given().contentType(ContentType.JSON)
                .body(project(plan, "").replace("\"新建\"", "\"改扩建\"").replace("\"2023-2025\"", "\"2021–2025年\"")
                        .replace("\"初步选址\"", "\"规划中，城市副中心配套项目\""))
                .when().post("/api/v1/projects")
                .then().statusCode(201)
                .body("constructionType", equalTo("RENOVATION_EXPANSION")).body("constructionTypeRaw", equalTo("改扩建"))
                .body("startYear", equalTo(2021)).body("endYear", equalTo(2025)).body("yearsRaw", equalTo("2021–2025年"))
                .body("statuses", equalTo(List.of("PLANNING")))
                .body("statusRaw", equalTo("规划中，城市副中心配套项目"))
                .body("remarks", equalTo("城市副中心配套项目"));
        given().contentType(ContentType.JSON)
                .body(project(plan, "").replace("\"2023-2025\"", "\"2024\"").replace("\"初步选址\"", "\"已立项、可研\"")
                        .replace("\"新建\"", "\"－\""))
                .when().post("/api/v1/projects")
                .then().statusCode(201)
                .body("constructionType", nullValue()).body("constructionTypeRaw", equalTo("－"))
                .body("startYear", equalTo(2024)).body("endYear", equalTo(2024))
                .body("statuses", equalTo(List.of("APPROVED", "FEASIBILITY_STUDY")));
        given().contentType(ContentType.JSON)
                .body(project(plan, "").replace("\"2023-2025\"", "\"2022—2024\"").replace("\"初步选址\"", "\"施工中\""))
                .when().post("/api/v1/projects")
                .then().statusCode(201).body("startYear", equalTo(2022)).body("endYear", equalTo(2024))
                .body("statuses", equalTo(List.of("UNDER_CONSTRUCTION")));
        // sent enums win over the printed cells
        given().contentType(ContentType.JSON)
                .body(project(plan, ", \"constructionType\": \"EXPANSION\", \"startYear\": 2020, \"endYear\": 2021, \"statuses\": [\"COMPLETED\"]"))
                .when().post("/api/v1/projects")
                .then().statusCode(201).body("constructionType", equalTo("EXPANSION")).body("startYear", equalTo(2020))
                .body("statuses", equalTo(List.of("COMPLETED"))).body("constructionTypeRaw", equalTo("新建"));
    }

    @Test
    void capacityComesOnlyFromExplicitPhrases() {
        String plan = "capacity-14th";
        given().contentType(ContentType.JSON)
                .body(project(plan, "").replace("新建业务用房1.6万平方米，设医疗床位100张，养老床位60张。",
                        "建业务用房5000平方米，设托位150个；新增托位20个，设置隔离病房500间。"))
                .when().post("/api/v1/projects")
                .then().statusCode(201)
                .body("capacity.childcareSlots", equalTo(170)).body("capacity.isolationRooms", equalTo(500))
                .body("capacity.medicalBeds", nullValue());
        given().contentType(ContentType.JSON)
                .body(project(plan, "").replace("新建业务用房1.6万平方米，设医疗床位100张，养老床位60张。", "建业务用房1.5万平方米，设床位300张。"))
                .when().post("/api/v1/projects")
                .then().statusCode(201)
                .body("capacity.medicalBeds", nullValue()).body("capacity.elderlyCareBeds", nullValue());
        given().when().get("/api/v1/projects?planCode=" + plan + "&sort=-position&size=1")
                .then().statusCode(200).body("items[0].capacity", hasKey("medicalBeds")).body("items[0].version", equalTo(0));
        given().contentType(ContentType.JSON)
                .body(project(plan, ", \"capacity\": {\"medicalBeds\": 80}"))
                .when().post("/api/v1/projects")
                .then().statusCode(201).body("capacity.medicalBeds", equalTo(80)).body("capacity.elderlyCareBeds", equalTo(60));
    }

    @Test
    void badInputIsA400NamingTheFieldAndWritesNothing() {
        String plan = "bad-14th";
        Map<String, String> cases = Map.of(
                "endYear", project(plan, ", \"startYear\": 2025, \"endYear\": 2023"),
                "floorAreaM2", project(plan, "").replace("16000", "-5"),
                "constructionType", project(plan, ", \"constructionType\": \"DEMOLITION\""),
                "investment10kCny", project(plan, "").replace("12000", "\"lots\""),
                "constructionTypeRaw", project(plan, "").replace("\"新建\"", "\"拆除\""),
                "yearsRaw", project(plan, "").replace("\"2023-2025\"", "\"十四五期间\""),
                "name", project(plan, "").replace("\"name\": \"铜梁区人民医院安居分院建设项目\",", ""),
                "capacity.medicalBeds", project(plan, ", \"capacity\": {\"medicalBeds\": -1}"),
                "statuses[0]", project(plan, ", \"statuses\": [\"DONE\"]"),
                "annualInvestment", project(plan, ", \"annualInvestment\": [{\"year\": 2023, \"planned\": 100}]"));
        for (Map.Entry<String, String> c : cases.entrySet()) {
            given().contentType(ContentType.JSON).body(c.getValue())
                    .when().post("/api/v1/projects")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("status", equalTo(400))
                    .body("errors.field", hasItem(c.getKey()))
                    .body("detail", containsString(c.getKey()));
        }
        given().contentType(ContentType.JSON).body("{\"planCode\": \"bad-14th\", ")
                .when().post("/api/v1/projects")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("body"));
        given().contentType(ContentType.JSON).body(project(plan, ", \"annualInvestment\": [{\"year\": 2030, \"planned\": 12000}]"))
                .when().post("/api/v1/projects")
                .then().statusCode(400).body("errors.field", hasItem("annualInvestment[0].year"));
        assertNothingIn(plan);

        int id = create(project(plan, ""));
        given().contentType(ContentType.JSON).body(project(plan, "").replace("16000", "-5"))
                .when().put("/api/v1/projects/" + id).then().statusCode(400).body("errors.field", hasItem("floorAreaM2"));
        given().contentType("application/merge-patch+json").body("{\"endYear\": 2020}")
                .when().patch("/api/v1/projects/" + id).then().statusCode(400).body("errors.field", hasItem("endYear"));
        given().contentType("application/merge-patch+json").body("{\"constructionType\": \"DEMOLITION\"}")
                .when().patch("/api/v1/projects/" + id).then().statusCode(400).body("errors.field", hasItem("constructionType"));
        given().when().get("/api/v1/projects/" + id).then().statusCode(200)
                .body("floorAreaM2", equalTo(16000)).body("endYear", equalTo(2025)).body("version", equalTo(0));
    }

    @Test
    void patchIsAMergePatchThatReparsesPatchedCells() {
        int id = create(project("patch-14th", ""));
        given().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"0\"")
                .body("{\"statusRaw\": \"施工中\", \"newLandMu\": null, \"capacity\": {\"childcareSlots\": 40}}")
                .when().patch("/api/v1/projects/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("statuses", equalTo(List.of("UNDER_CONSTRUCTION")))
                .body("newLandMu", nullValue())
                .body("capacity.childcareSlots", equalTo(40)).body("capacity.medicalBeds", equalTo(100))
                .body("name", equalTo("铜梁区人民医院安居分院建设项目"));
        given().contentType(ContentType.JSON).body("{\"yearsRaw\": \"2024-2026\"}")
                .when().patch("/api/v1/projects/" + id)
                .then().statusCode(200).body("startYear", equalTo(2024)).body("endYear", equalTo(2026)).body("version", equalTo(2));
        given().contentType("application/merge-patch+json").header("If-Match", "\"1\"").body("{\"seq\": \"8\"}")
                .when().patch("/api/v1/projects/" + id).then().statusCode(412);
        given().contentType("application/merge-patch+json").body("{\"seq\": ")
                .when().patch("/api/v1/projects/" + id).then().statusCode(400).body("errors.field", hasItem("body"));
        given().when().get("/api/v1/projects/" + id).then().body("seq", equalTo("7")).body("version", equalTo(2));
    }

    @Test
    void investmentIsSpreadEvenlyOrByTheAnnualSchedule() {
        String plan = "spread-14th";
        create(project(plan, ", \"investment10kCny\": 100, \"yearsRaw\": \"2021-2023\"")
                .replace("\"investment10kCny\": 12000,", "").replace("\"yearsRaw\": \"2023-2025\",", ""));
        create(project(plan, ", \"investment10kCny\": 400, \"yearsRaw\": \"2025-2027\", \"annualInvestment\": "
                + "[{\"year\": 2026, \"planned\": 300, \"actual\": 280.5}, {\"year\": 2025, \"planned\": 100}]")
                .replace("\"investment10kCny\": 12000,", "").replace("\"yearsRaw\": \"2023-2025\",", ""));
        JsonPath s = given().config(DemoData.EXACT).when().get("/api/v1/plans/" + plan + "/project-summary?periodStart=2021&periodEnd=2025")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> years = s.getList("investmentByYear");
        assertEquals(List.of(2021, 2022, 2023, 2025, 2026), years.stream().map(m -> (Integer) m.get("year")).toList());
        BigDecimal third = new BigDecimal("100").divide(new BigDecimal("3"), 10, java.math.RoundingMode.HALF_UP);
        BigDecimal firstThree = BigDecimal.ZERO;
        for (int i = 0; i < 3; i++) {
            BigDecimal v = (BigDecimal) years.get(i).get("investment10kCny");
            assertTrue(v.subtract(third).abs().compareTo(new BigDecimal("0.01")) <= 0, "an even third of 100, was " + v);
            firstThree = firstThree.add(v);
        }
        assertEquals(0, firstThree.compareTo(new BigDecimal("100")));
        assertEquals(0, ((BigDecimal) years.get(3).get("investment10kCny")).compareTo(new BigDecimal("100")));
        assertEquals(0, ((BigDecimal) years.get(4).get("investment10kCny")).compareTo(new BigDecimal("300")));
        assertEquals(2, s.getInt("inPeriod.count"));
        assertEquals(0, s.<BigDecimal>get("inPeriod.investment10kCny").compareTo(new BigDecimal("200")));
        assertEquals(0, s.<BigDecimal>get("outOfPeriod.investment10kCny").compareTo(new BigDecimal("300")));
        assertEquals(0, s.getInt("outOfPeriod.count"));
    }

    @Test
    void declaredTotalsAreAnUpsertWithVersions() {
        String url = "/api/v1/plans/totals-14th/declared-totals";
        given().when().get(url).then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"floorAreaM2\": 1000.5, \"investment10kCny\": 300, \"newLandMu\": 2}")
                .when().put(url).then().statusCode(201).header("ETag", "\"0\"").header("Location", endsWith(url));
        given().contentType(ContentType.JSON).body("{\"floorAreaM2\": 1000.5, \"investment10kCny\": 300, \"newLandMu\": 2}")
                .when().put(url).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"9\"").body("{\"investment10kCny\": 1}")
                .when().put(url).then().statusCode(412);
        given().contentType(ContentType.JSON).body("{\"investment10kCny\": -1}")
                .when().put(url).then().statusCode(400).body("errors.field", hasItem("investment10kCny"));
        given().contentType(ContentType.JSON).body("{\"investment10kCny\": \"many\"}")
                .when().put(url).then().statusCode(400).body("errors.field", hasItem("investment10kCny"));
        given().config(DemoData.EXACT).when().get(url).then().statusCode(200)
                .body("floorAreaM2", org.hamcrest.Matchers.comparesEqualTo(new BigDecimal("1000.5")))
                .body("investment10kCny", equalTo(300));
        create(project("totals-14th", ", \"investment10kCny\": 250").replace("\"investment10kCny\": 12000,", ""));
        given().config(DemoData.EXACT).when().get("/api/v1/plans/totals-14th/project-summary").then().statusCode(200)
                .body("difference.investment10kCny", org.hamcrest.Matchers.comparesEqualTo(new BigDecimal("-50")))
                .body("difference.floorAreaM2", org.hamcrest.Matchers.comparesEqualTo(new BigDecimal("14999.5")));
        given().when().get("/api/v1/plans/totals-14th/project-summary?periodStart=2021").then().statusCode(400)
                .body("errors.field", hasItem("periodEnd"));
        given().when().get("/api/v1/plans/totals-14th/project-summary?periodStart=2025&periodEnd=2021").then().statusCode(400);
        given().when().get("/api/v1/plans/none-14th/project-summary").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("none-14th"));
    }

    @Test
    void pagingAndSortingParametersAreChecked() {
        given().when().get("/api/v1/projects?sort=nonsense").then().statusCode(400).body("errors.field", hasItem("sort"));
        given().when().get("/api/v1/projects?size=501").then().statusCode(400).body("errors.field", hasItem("size"));
        given().when().get("/api/v1/projects?size=0").then().statusCode(400).body("errors.field", hasItem("size"));
        given().when().get("/api/v1/projects?page=x").then().statusCode(400).body("errors.field", hasItem("page"));
        for (int i = 0; i < 3; i++) {
            create(project("page-14th", "").replace("\"seq\": \"7\"", "\"seq\": \"" + i + "\""));
        }
        given().when().get("/api/v1/projects?planCode=page-14th&size=2&page=1")
                .then().statusCode(200).body("total", equalTo(3)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("items.seq", equalTo(List.of("2")));
        given().when().get("/api/v1/projects?planCode=page-14th&sort=-position")
                .then().statusCode(200).body("items.position", equalTo(List.of(3, 2, 1)));
    }

    @Test
    void healthAndOpenApiAreServed() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths", hasKey("/api/v1/projects/{id}"))
                .body("paths", hasKey("/api/v1/projects/import"))
                .body("paths", hasKey("/api/v1/plans/{planCode}/project-summary"))
                .body("paths", hasKey("/api/v1/plans/{planCode}/declared-totals"));
    }
}
