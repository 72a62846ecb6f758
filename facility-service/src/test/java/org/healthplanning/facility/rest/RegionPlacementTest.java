package org.healthplanning.facility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.healthplanning.platform.testing.PostgresResource;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where a region may stand: its code within its parent's (the administrative division code
 * structure), its level below its parent's, special zones for admins, and rights on the new code
 * itself. A fictional province 970000 with city 971500 and its districts 971501, 971502.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class RegionPlacementTest {
    static final String PROVINCE = "970000";
    static final String CITY = "971500";
    static final String A = "971501";
    static final String B = "971502";

    @BeforeEach
    void tree() {
        Tokens.anonymousByDefault();
        ensure(PROVINCE, "PROVINCE", null);
        ensure(CITY, "CITY", PROVINCE);
        ensure(A, "DISTRICT", CITY);
        ensure(B, "DISTRICT", CITY);
    }

    static RequestSpecification as(String token) {
        return given().header("Authorization", Tokens.bearer(token)).contentType(ContentType.JSON);
    }

    static String body(String code, String level, String parent) {
        return "{\"name\": \"区域 " + code + "\", \"level\": \"" + level + "\", \"parentCode\": "
                + (parent == null ? "null" : "\"" + parent + "\"") + "}";
    }

    static ValidatableResponse post(String token, String code, String level, String parent) {
        return as(token).body(body(code, level, parent).replace("{", "{\"code\": \"" + code + "\", "))
                .when().post("/api/v1/regions").then();
    }

    static ValidatableResponse put(String token, String code, String level, String parent) {
        return as(token).body(body(code, level, parent)).when().put("/api/v1/regions/" + code).then();
    }

    static void ensure(String code, String level, String parent) {
        if (given().when().get("/api/v1/regions/" + code).statusCode() == 404) {
            put(Tokens.admin(), code, level, parent).statusCode(201);
        }
    }

    static long audits() {
        return as(Tokens.admin()).when().get("/api/v1/audit?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    static void absent(String code) {
        given().when().get("/api/v1/regions/" + code).then().statusCode(404);
    }

    static void problem(ValidatableResponse r, int status, String field, String detail) {
        r.statusCode(status).contentType("application/problem+json").body("status", equalTo(status))
                .body("detail", containsString(detail));
        if (field != null) {
            r.body("errors.field", hasItem(field));
        }
    }

    @Test
    void anEditorCannotTakeASiblingDistrictsCode() {
        long audits = audits();
        String editorA = Tokens.editor("editor-a", A);
        // the squatting attempt: 971503 (a district of the city) created as a child of the editor's district
        problem(post(editorA, "971503", "DISTRICT", A), 403, null, "971503");
        problem(put(editorA, "971503", "DISTRICT", A), 403, null, "971503");
        // not as a town-level child either, nor at the top level
        problem(post(editorA, "971503", "TOWN", A), 400, "level", "971503 is a district's code");
        problem(post(editorA, "971503", "DISTRICT", null), 403, null, "971503");
        // with rights on the code, it still has to fit its parent
        problem(post(Tokens.editor("editor-city", CITY), "971503", "DISTRICT", A), 400, "code",
                "971503 is not within parent 971501");
        problem(post(Tokens.admin(), "971503", "DISTRICT", A), 400, "code", "extends its prefix 971501");
        // a town code of the sibling district is no better
        problem(post(editorA, "971502001000", "TOWN", A), 403, null, "971502001000");
        absent("971503");
        absent("971502001000");
        assertEquals(audits, audits(), "a refused write leaves no audit row");
        given().when().get("/api/v1/regions?parentCode=" + A).then().statusCode(200)
                .body("items.code", org.hamcrest.Matchers.not(hasItem("971503")));
    }

    @Test
    void anEditorCreatesTownsAndVillagesOfItsOwnDistrict() {
        String editorA = Tokens.editor("editor-a", A);
        post(editorA, "971501001000", "TOWN", A).statusCode(201).body("parentCode", equalTo(A)).body("level", equalTo("TOWN"));
        put(editorA, "971501001001", "OTHER", "971501001000").statusCode(201);
        // the editor of the city may create a district of it
        put(Tokens.editor("editor-city", CITY), "971504", "DISTRICT", CITY).statusCode(201);
        // a district under its province directly, with no city in between, as Chongqing's are
        put(Tokens.admin(), "971701", "DISTRICT", PROVINCE).statusCode(201);
        // but a town under the wrong district does not fit, nor a town's code at another level
        problem(post(Tokens.editor("editor-city", CITY), "971502002000", "TOWN", A), 400, "code",
                "971502002000 is not within parent 971501");
        problem(post(editorA, "971501002000", "DISTRICT", A), 400, "level", "971501002000 is a town's code");
        absent("971502002000");
        absent("971501002000");
    }

    @Test
    void aLevelMustFitTheCodeAndStandBelowTheParent() {
        String admin = Tokens.admin();
        problem(put(admin, "971505", "TOWN", CITY), 400, "level", "971505 is a district's code: its level is DISTRICT, not TOWN");
        problem(put(admin, "971600", "DISTRICT", PROVINCE), 400, "level", "its level is CITY");
        problem(put(admin, "971505", "DISTRICT", null), 400, "parentCode", "a district needs a parent");
        problem(put(admin, "971500000000", "TOWN", CITY), 400, "code", "not an administrative division code");
        // a local code (outside the division scheme) says nothing of its level, but the level still stands below the parent's
        put(admin, "LP-D", "DISTRICT", null).statusCode(201);
        problem(put(admin, "LP-C", "CITY", "LP-D"), 400, "level", "CITY cannot stand under DISTRICT LP-D");
        problem(put(admin, "LP-X", "DISTRICT", "LP-D"), 400, "level", "below its parent's");
        put(admin, "LP-T", "TOWN", "LP-D").statusCode(201);
        // a division code stands under divisions, not under a local region
        problem(put(admin, "971506001000", "TOWN", "LP-D"), 400, "code", "outside the division scheme");
        absent("971505");
        absent("971600");
        absent("LP-C");

        // updates obey the same rules: a district's level is fixed by its code, a region keeps its sub-regions below it
        problem(put(admin, A, "CITY", CITY), 400, "level", "its level is DISTRICT");
        problem(put(admin, "LP-D", "TOWN", null), 400, "level", "sub-region LP-T would no longer fit");
        problem(put(admin, A, "DISTRICT", B), 400, "parentCode", "971501 is not within parent 971502");
        given().when().get("/api/v1/regions/" + A).then().statusCode(200).body("level", equalTo("DISTRICT"))
                .body("parentCode", equalTo(CITY));
        given().when().get("/api/v1/regions/LP-D").then().statusCode(200).body("level", equalTo("DISTRICT"));
        // moving a district from its city to its province directly fits
        put(admin, B, "DISTRICT", PROVINCE).statusCode(200).body("parentCode", equalTo(PROVINCE));
        put(admin, B, "DISTRICT", CITY).statusCode(200).body("parentCode", equalTo(CITY));
    }

    @Test
    void specialZonesAreForAdminsUnderAProvinceOrCity() {
        String zone = "970000-LJ";
        long audits = audits();
        problem(post(Tokens.editor("editor-province", PROVINCE), zone, "SPECIAL_ZONE", PROVINCE), 403, null, "special zone");
        problem(post(Tokens.editor("editor-province", PROVINCE), "970000-GX", "DISTRICT", PROVINCE), 403, null,
                "outside the administrative division scheme");
        absent(zone);
        assertEquals(audits, audits());
        // a special zone takes no division code, stands under a province or a city
        problem(post(Tokens.admin(), "971598", "SPECIAL_ZONE", CITY), 400, "code", "971598 is a district's code");
        problem(post(Tokens.admin(), zone, "SPECIAL_ZONE", A), 400, "parentCode", "under a province or a city");
        problem(post(Tokens.admin(), zone, "SPECIAL_ZONE", null), 400, "parentCode", "under a province or a city");
        post(Tokens.admin(), zone, "SPECIAL_ZONE", PROVINCE).statusCode(201).body("level", equalTo("SPECIAL_ZONE"));
        put(Tokens.admin(), "971500-GX", "SPECIAL_ZONE", CITY).statusCode(201);
        given().when().get("/api/v1/regions?level=SPECIAL_ZONE&parentCode=" + PROVINCE).then().statusCode(200)
                .body("items.code", hasItem(zone));

        // it holds towns of its province's districts; the province's editor covers it
        String town = "971502003000";
        put(Tokens.editor("editor-province", PROVINCE), town, "TOWN", zone).statusCode(201).body("parentCode", equalTo(zone));
        problem(put(Tokens.admin(), "981501001000", "TOWN", zone), 400, "code", "not within 970000, the province special zone");
        problem(put(Tokens.admin(), "971503", "DISTRICT", zone), 400, "level", "cannot stand under SPECIAL_ZONE");
        // its own editor does not own the code space of the districts: a town code is covered by the district it lies within
        problem(put(Tokens.editor("editor-zone", zone), "971502004000", "TOWN", zone), 403, null, "971502004000");
        // the province's editor may rename the zone, not make it something else
        put(Tokens.editor("editor-province", PROVINCE), zone, "SPECIAL_ZONE", PROVINCE).statusCode(200);
        problem(put(Tokens.editor("editor-province", PROVINCE), zone, "DISTRICT", PROVINCE), 403, null, "admin");
        // nor can an admin turn it into a local district while it holds division codes, or move it out of its province
        problem(put(Tokens.admin(), zone, "DISTRICT", PROVINCE), 400, "level", "sub-region " + town + " would no longer fit");
        problem(put(Tokens.admin(), zone, "SPECIAL_ZONE", null), 400, "parentCode", "under a province or a city");
        given().when().get("/api/v1/regions/" + zone).then().statusCode(200).body("level", equalTo("SPECIAL_ZONE"))
                .body("parentCode", equalTo(PROVINCE));
    }
}
