package org.healthplanning.facility.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;

/** Small request builders shared by the tests; every call asserts its own success status. */
final class Fixtures {
    private Fixtures() {
    }

    static void region(String code, String name, String level, String parent) {
        String parentJson = parent == null ? "null" : "\"" + parent + "\"";
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"level\": \"" + level + "\", \"parentCode\": " + parentJson + "}")
                .when().put("/api/v1/regions/" + code)
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
    }

    static void population(String region, int year, long residents, boolean projected) {
        given().contentType(ContentType.JSON)
                .body("{\"residents\": " + residents + ", \"projected\": " + projected + "}")
                .when().put("/api/v1/regions/" + region + "/population/" + year)
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
    }

    static void facility(String code, String region, String type, Integer closedYear) {
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"机构 " + code + "\", \"regionCode\": \"" + region + "\", \"type\": \"" + type
                        + "\", \"ownership\": \"PUBLIC\", \"closedYear\": " + closedYear + "}")
                .when().put("/api/v1/facilities/" + code)
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
    }

    static void resources(String facility, int year, String countsJson) {
        given().contentType(ContentType.JSON).body(countsJson)
                .when().put("/api/v1/facilities/" + facility + "/resources/" + year)
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
    }
}
