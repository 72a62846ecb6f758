package org.healthplanning.project.rest;

import org.healthplanning.project.config.KnownPlans;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.healthplanning.platform.testing.PostgresResource;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An import whose transaction runs past quarkus.transaction-manager.default-transaction-timeout is rolled
 * back and answered as such, a 503 the client may retry; its Idempotency-Key is freed, so the retry runs.
 * (Here the timeout is 2 s and the import waits for its plan's lock, held by another session.)
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@TestProfile(ImportTimeoutTest.ShortTransactions.class)
class ImportTimeoutTest {
    static {
        // the plans these tests name, as indicator-service would know them
        KnownPlans.add("timeout-14th", "500151");
    }

    public static class ShortTransactions implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.transaction-manager.default-transaction-timeout", "2s");
        }
    }

    static final String PLAN = "timeout-14th";
    static final String ROWS = """
            [{"regionCode": "500151", "seq": "1", "name": "超时导入一", "investment10kCny": 100, "yearsRaw": "2023-2025"},
             {"regionCode": "500151", "seq": "2", "name": "超时导入二", "investment10kCny": 200, "yearsRaw": "2023-2025"}]""";

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    @Test
    void anImportCutByItsTransactionTimeoutIsRolledBackAnswered503AndMayBeRetriedWithItsKey() throws Exception {
        String token = Tokens.bearer(Tokens.admin());
        Response answer;
        try (Connection c = db.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("select pg_advisory_lock(hashtext(?))")) {
                s.setString(1, "plan-projects:" + PLAN);
                s.execute();
            }
            CompletableFuture<Response> running = CompletableFuture.supplyAsync(() -> given().header("Authorization", token)
                    .header("Idempotency-Key", "import-timeout-1").contentType(ContentType.JSON).body(ROWS)
                    .when().post("/api/v1/projects/import?planCode=" + PLAN + "&mode=replace"));
            // once the import waits for the lock, its transaction has 2 s left
            waitForALockWaiter(c);
            Thread.sleep(3000);
            try (PreparedStatement s = c.prepareStatement("select pg_advisory_unlock(hashtext(?))")) {
                s.setString(1, "plan-projects:" + PLAN);
                s.execute();
            }
            answer = running.get();
        }
        answer.then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("/problems/transaction-timeout"))
                .body("detail", containsString("rolled back"))
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        given().when().get("/api/v1/projects?planCode=" + PLAN).then().statusCode(200).body("total", equalTo(0));

        Response retry = given().header("Idempotency-Key", "import-timeout-1").contentType(ContentType.JSON).body(ROWS)
                .when().post("/api/v1/projects/import?planCode=" + PLAN + "&mode=replace");
        retry.then().statusCode(200).body("imported", equalTo(2));
        assertNull(retry.getHeader("Idempotency-Replayed"), "the 503 was not stored: the retry ran");
        given().when().get("/api/v1/projects?planCode=" + PLAN).then().statusCode(200).body("total", equalTo(2));
    }

    private static void waitForALockWaiter(Connection c) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            try (var rs = c.createStatement().executeQuery("select count(*) from pg_locks where locktype = 'advisory' and not granted")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the import never waited for the plan's lock");
    }
}
