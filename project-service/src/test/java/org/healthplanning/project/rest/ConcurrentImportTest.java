package org.healthplanning.project.rest;

import org.healthplanning.project.config.KnownPlans;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.healthplanning.platform.testing.PostgresResource;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Project imports with mode=replace into one plan sent at the same moment: each is applied whole,
 * one after the other, so the plan ends up with exactly one of them (no projects of two, no duplicates).
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class ConcurrentImportTest {
    static {
        // the plans these tests name, as indicator-service would know them
        KnownPlans.add("concurrent-import-14th", "500151");
    }

    static final int CLIENTS = 4;
    static final int ROUNDS = 3;

    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    @Test
    void concurrentReplaceImportsLeaveExactlyOneOfThem() throws Exception {
        String plan = "concurrent-import-14th";
        List<String> payloads = new ArrayList<>();
        List<List<String>> versions = new ArrayList<>();
        for (int t = 0; t < CLIENTS; t++) {
            StringBuilder json = new StringBuilder("[");
            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= 4 + 2 * t; i++) {
                String name = "并发导入" + t + "-" + i;
                json.append(i > 1 ? "," : "").append("""
                        {"regionCode": "500151", "seq": "%d", "name": "%s", "investment10kCny": %d, "yearsRaw": "2023-2025"}"""
                        .formatted(i, name, 100 * t + i));
                expected.add(name + "=" + (100 * t + i));
            }
            payloads.add(json.append("]").toString());
            versions.add(expected);
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Response>> replies = new ArrayList<>();
                for (String payload : payloads) {
                    replies.add(pool.submit(() -> {
                        go.await();
                        return given().contentType(ContentType.JSON).body(payload)
                                .when().post("/api/v1/projects/import?planCode=" + plan + "&mode=replace");
                    }));
                }
                go.countDown();
                for (Future<Response> f : replies) {
                    Response r = f.get(60, TimeUnit.SECONDS);
                    assertEquals(200, r.statusCode(), "round " + round + ": " + r.asString());
                }
                List<Map<String, Object>> items = given().when().get("/api/v1/projects?planCode=" + plan + "&size=500")
                        .then().statusCode(200).extract().path("items");
                List<String> now = new ArrayList<>();
                items.forEach(p -> now.add(p.get("name") + "=" + new java.math.BigDecimal(p.get("investment10kCny").toString())
                        .stripTrailingZeros().toPlainString()));
                assertTrue(versions.contains(now), "round " + round + ": the plan holds none of the imported versions alone: " + now);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
