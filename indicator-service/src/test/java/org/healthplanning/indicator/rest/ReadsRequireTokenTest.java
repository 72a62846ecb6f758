package org.healthplanning.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.healthplanning.platform.testing.PostgresResource;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With healthplan.security.reads-require-token=true every GET under /api/ needs a valid token. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@TestProfile(ReadsRequireTokenTest.Profile.class)
class ReadsRequireTokenTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("healthplan.security.reads-require-token", "true");
        }
    }

    @BeforeEach
    void noDefaultToken() {
        Tokens.anonymousByDefault();
    }

    @Test
    void readsNeedAValidToken() {
        given().when().get("/api/v1/plans").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer")).body("status", equalTo(401));
        given().when().get("/api/v1/indicator-definitions/LIFE_EXPECTANCY").then().statusCode(401);
        given().header("Authorization", Tokens.bearer(Tokens.badSignature())).when().get("/api/v1/plans/tongliang-14th")
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer(Tokens.expired())).when().get("/api/v1/plans/p/evaluation")
                .then().statusCode(401);
        given().header("Authorization", Tokens.bearer(Tokens.editor("editor-tongliang", "500151")))
                .when().get("/api/v1/plans").then().statusCode(200).body("page", equalTo(0));
        given().header("Authorization", Tokens.bearer(Tokens.reader("reader-1")))
                .when().get("/api/v1/indicator-definitions/LIFE_EXPECTANCY").then().statusCode(200).body("code", equalTo("LIFE_EXPECTANCY"));
        given().when().get("/q/health").then().statusCode(200);
    }
}
