package org.healthplanning.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.healthplanning.platform.testing.PostgresResource;
import org.junit.jupiter.api.BeforeEach;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Bad input is a 400 naming the row and field, and nothing is written (checked by reading back). */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class BadInputTest {
    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    static final String PATH = "/api/v1/plans/bad-14th/indicators";

    private static void emptyPlan() {
        Demo.putPlan("tongliang-14th", "bad-14th");
        given().contentType(ContentType.JSON).body("[]").when().post(PATH + "/import?mode=replace").then().statusCode(200);
    }

    private static void tableHasRows(int n) {
        given().when().get(PATH).then().statusCode(200).body("total", equalTo(n));
    }

    @Test
    void aValueThatDoesNotMatchItsRaw() {
        emptyPlan();
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"人均预期寿命\", \"baseline\": {\"raw\": \"78.47\", \"value\": 79}, \"target\": {\"raw\": \"79.3\"}}")
                .when().post(PATH)
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("baseline.value"))
                .body("detail", containsString("78.47"));
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"婴儿死亡率\", \"target\": {\"raw\": \"≤3.5\", \"comparator\": \">=\"}}")
                .when().post(PATH)
                .then().statusCode(400).body("errors.field", hasItem("target.comparator"));
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"健康预期寿命\", \"target\": {\"raw\": \"同比例提高\", \"value\": 1}}")
                .when().post(PATH)
                .then().statusCode(400).body("errors.field", hasItem("target.value"));
        tableHasRows(0);
    }

    @Test
    void unknownNatureWrongTypesAndMalformedJson() {
        emptyPlan();
        given().contentType(ContentType.JSON).body("{\"name\": \"人均预期寿命\", \"nature\": \"MANDATORY\"}")
                .when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("nature")).body("errors[0].message", containsString("MANDATORY"));
        given().contentType(ContentType.JSON).body("{\"name\": \"人均预期寿命\", \"baseline\": {\"value\": \"lots\"}}")
                .when().post(PATH)
                .then().statusCode(400).body("errors.field", hasItem("baseline.value"));
        given().contentType(ContentType.JSON).body("{\"name\": ").when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("body"));
        given().contentType(ContentType.JSON).body("{\"nature\": \"BINDING\"}").when().post(PATH)
                .then().statusCode(400).body("errors.field", hasItem("name"));
        tableHasRows(0);
    }

    @Test
    void yearsOutside1949To2100() {
        emptyPlan();
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"人均预期寿命\", \"baseline\": {\"year\": 1900, \"raw\": \"78.47\"}, \"target\": {\"raw\": \"79.3\"}}")
                .when().post(PATH)
                .then().statusCode(400).body("errors.field", hasItem("baseline.year"));
        tableHasRows(0);
        long id = given().contentType(ContentType.JSON).body("{\"name\": \"人均预期寿命\", \"baseline\": {\"raw\": \"78.47\"}, \"target\": {\"raw\": \"79.3\"}}")
                .when().post(PATH).then().statusCode(201).extract().jsonPath().getLong("id");
        for (String year : new String[] {"1948", "2101", "20x3"}) {
            given().contentType(ContentType.JSON).body("{\"value\": 79.0}")
                    .when().put(PATH + "/" + id + "/values/" + year)
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("year"));
        }
        given().contentType(ContentType.JSON).body("{\"value\": 79.0, \"status\": \"GUESSED\"}")
                .when().put(PATH + "/" + id + "/values/2023")
                .then().statusCode(400).body("errors.field", hasItem("status"));
        given().contentType(ContentType.JSON).body("{\"raw\": \"约79\", \"value\": 79}")
                .when().put(PATH + "/" + id + "/values/2024")
                .then().statusCode(201).body("raw", equalTo("约79"));
        given().when().delete(PATH + "/" + id + "/values/2024").then().statusCode(204);
        given().contentType(ContentType.JSON).body("{\"raw\": \"约79\", \"value\": 80}")
                .when().put(PATH + "/" + id + "/values/2023")
                .then().statusCode(400).body("errors.field", hasItem("value"));
        given().contentType(ContentType.JSON)
                .body("[{\"indicatorId\": " + id + ", \"year\": 2023, \"value\": 52.339999999999996}]")
                .when().post("/api/v1/plans/bad-14th/values/import")
                .then().log().ifValidationFails().statusCode(400).body("errors[0].field", equalTo("[0].value"))
                .body("errors[0].message", containsString("after the decimal point"));
        given().when().get(PATH + "/" + id + "/values").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aCsvWithOneBadRowAmongGoodOnesWritesNothing() {
        emptyPlan();
        String csv = """
                seq,name,unit,nature,baseline.raw,target.raw,target.value
                1,人均预期寿命,岁,预期性,78.47,79.3,79.3
                2,婴儿死亡率,‰,SOMETIMES,2.92,≤3.5,3.5
                3,孕产妇死亡率,/10万,EXPECTED,0,≤10,10
                """;
        given().contentType("text/csv; charset=UTF-8").body(csv)
                .when().post(PATH + "/import?mode=append")
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].row", equalTo(2))
                .body("errors[0].field", equalTo("nature"))
                .body("imported", equalTo(0));
        tableHasRows(0);
        // a target year out of range in a JSON import: also by row and field
        given().contentType(ContentType.JSON)
                .body("[{\"name\": \"人均预期寿命\", \"target\": {\"raw\": \"79.3\"}}, {\"name\": \"婴儿死亡率\", \"target\": {\"year\": 2200, \"raw\": \"≤3.5\"}}]")
                .when().post(PATH + "/import")
                .then().statusCode(400).body("errors[0].row", equalTo(2)).body("errors[0].field", equalTo("target.year"));
        tableHasRows(0);
        // the good rows alone: a dry run checks without writing, then the import writes them
        String good = csv.replace("SOMETIMES", "约束性");
        given().contentType("text/csv; charset=UTF-8").body(good).when().post(PATH + "/import?dryRun=true")
                .then().statusCode(200).body("imported", equalTo(3)).body("dryRun", equalTo(true));
        tableHasRows(0);
        given().contentType("text/csv; charset=UTF-8").body(good).when().post(PATH + "/import")
                .then().statusCode(200).body("imported", equalTo(3));
        given().when().get(PATH).then().statusCode(200).body("total", equalTo(3))
                .body("items[1].nature", equalTo("BINDING")).body("items[2].target.comparator", equalTo("<="));
        given().contentType(ContentType.JSON).body("[]").when().post(PATH + "/import?mode=sideways")
                .then().statusCode(400).body("errors[0].field", equalTo("mode"));
        given().contentType(ContentType.JSON).body("{\"not\": \"an array\"}").when().post(PATH + "/import")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
    }

    @Test
    void valueImportWithABadRowWritesNothing() {
        emptyPlan();
        long id = given().contentType(ContentType.JSON).body("{\"name\": \"人均预期寿命\", \"baseline\": {\"raw\": \"78.47\"}, \"target\": {\"raw\": \"79.3\"}}")
                .when().post(PATH).then().statusCode(201).extract().jsonPath().getLong("id");
        String rows = "[{\"indicatorId\": %d, \"year\": 2021, \"value\": 78.6},".formatted(id)
                + "{\"indicatorId\": %d, \"year\": 1800, \"value\": 78.7},".formatted(id)
                + "{\"indicatorId\": 999999, \"year\": 2023, \"value\": 78.8}]";
        given().contentType(ContentType.JSON).body(rows)
                .when().post("/api/v1/plans/bad-14th/values/import")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.row", org.hamcrest.Matchers.contains(2, 3))
                .body("errors.field", org.hamcrest.Matchers.contains("year", "indicatorId"));
        given().contentType(ContentType.JSON)
                .body("[{\"indicatorId\": " + id + ", \"year\": 2023, \"value\": 52.339999999999996}]")
                .when().post("/api/v1/plans/bad-14th/values/import")
                .then().log().ifValidationFails().statusCode(400).body("errors[0].field", equalTo("[0].value"))
                .body("errors[0].message", containsString("after the decimal point"));
        given().when().get(PATH + "/" + id + "/values").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void unknownPlansAndRowsAre404() {
        emptyPlan();
        given().when().get("/api/v1/plans/nope-14th/indicators").then().statusCode(404).contentType("application/problem+json");
        given().when().get(PATH + "/999999").then().statusCode(404).contentType("application/problem+json");
        given().when().get(PATH + "/abc").then().statusCode(404);
        given().when().get(PATH + "?sort=colour").then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void textAndNumbersThatCannotBeStoredAreRefusedByField() {
        emptyPlan();
        given().contentType(ContentType.JSON).body("{\"name\": \"人均\\u0000预期寿命\"}").when().post(PATH)
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name")).body("errors[0].message", containsString("NUL"));
        given().contentType(ContentType.JSON).body("{\"name\": \"人均预期寿命\", \"remarks\": \"\\ud800\"}").when().post(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("remarks")).body("errors[0].message", containsString("surrogate"));
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"人均预期寿命\", \"baseline\": {\"year\": 2020.5, \"raw\": \"78.47\"}}").when().post(PATH)
                .then().statusCode(400).body("errors.field", hasItem("baseline.year"));
        tableHasRows(0);

        int id = given().contentType(ContentType.JSON).body("{\"name\": \"人均预期寿命\", \"baseline\": {\"year\": 2020, \"raw\": \"78.47\"}}")
                .when().post(PATH).then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("{\"value\": 1e400, \"status\": \"FINAL\"}")
                .when().put(PATH + "/" + id + "/values/2023")
                .then().log().ifValidationFails().statusCode(400).body("errors[0].field", equalTo("value"))
                .body("errors[0].message", containsString("out of range"));
        given().contentType(ContentType.JSON).body("{\"value\": 79.00000000001}")
                .when().put(PATH + "/" + id + "/values/2023")
                .then().statusCode(400).body("errors[0].field", equalTo("value"));
        given().contentType(ContentType.JSON)
                .body("[{\"indicatorId\": " + id + ", \"year\": 2023, \"value\": \"1e400\"},"
                        + " {\"indicatorId\": " + id + ", \"year\": 2024, \"value\": 79.1, \"source\": {\"x\": 1}}]")
                .when().post("/api/v1/plans/bad-14th/values/import")
                .then().log().ifValidationFails().statusCode(400)
                .body("errors.field", hasItem("value")).body("errors.field", hasItem("source"));
        given().contentType(ContentType.JSON)
                .body("[{\"indicatorId\": " + id + ", \"year\": 2023, \"value\": 52.339999999999996}]")
                .when().post("/api/v1/plans/bad-14th/values/import")
                .then().log().ifValidationFails().statusCode(400).body("errors[0].field", equalTo("[0].value"))
                .body("errors[0].message", containsString("after the decimal point"));
        given().when().get(PATH + "/" + id + "/values").then().statusCode(200).body("total", equalTo(0));

        given().urlEncodingEnabled(false).when().get("/api/v1/plans/bad%00-14th").then().log().ifValidationFails().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("path"));
        given().urlEncodingEnabled(false).when().get(PATH + "?category=%00").then().statusCode(400).body("errors[0].field", equalTo("category"));
        tableHasRows(1);
    }

    @Test
    void aCsvColumnTheImportDoesNotKnowIsRefusedNotDropped() {
        emptyPlan();
        given().contentType("text/csv; charset=UTF-8").body("seq,name,unit,targt.raw\n1,人均预期寿命,岁,79.3\n")
                .when().post(PATH + "/import")
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("header")).body("detail", containsString("targt.raw"));
        given().contentType("text/csv; charset=UTF-8").body("seq,name,unit,target.raw,upperTargets.0.raw\n1,人均预期寿命,岁,79.3,79.5\n")
                .when().post(PATH + "/import")
                .then().log().ifValidationFails().statusCode(200).body("imported", equalTo(1));
        tableHasRows(1);
    }
}
