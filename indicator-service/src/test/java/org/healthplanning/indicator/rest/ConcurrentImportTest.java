package org.healthplanning.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
 * Imports with mode=replace into one plan sent at the same moment: each is applied whole, one after
 * the other, so the plan ends up holding exactly one of them, never rows or values of two.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class ConcurrentImportTest {
    static final int CLIENTS = 4;
    static final int ROUNDS = 3;

    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    @Test
    void concurrentTableImportsLeaveExactlyOneOfThem() throws Exception {
        String plan = "concurrent-rows-14th";
        Demo.putPlan("tongliang-14th", plan);
        List<String> payloads = new ArrayList<>();
        List<List<String>> versions = new ArrayList<>();
        for (int t = 0; t < CLIENTS; t++) {
            ArrayNode rows = Demo.JSON.createArrayNode();
            List<String> expected = new ArrayList<>();
            // one row in every version (kept and updated in place), then rows of this version only
            ObjectNode shared = rows.addObject().put("seq", "1").put("name", "人均预期寿命").put("unit", "岁");
            shared.putObject("baseline").put("raw", "78.47");
            shared.putObject("target").put("raw", "≥" + (80 + t));
            expected.add("人均预期寿命|≥" + (80 + t));
            for (int i = 1; i <= 5 + 2 * t; i++) {
                ObjectNode r = rows.addObject().put("seq", Integer.toString(i + 1)).put("name", "并发" + t + "-" + i).put("unit", "%");
                r.putObject("baseline").put("raw", "1");
                r.putObject("target").put("raw", "≥" + (i + t));
                expected.add("并发" + t + "-" + i + "|≥" + (i + t));
            }
            payloads.add(rows.toString());
            versions.add(expected);
        }
        importConcurrently("/api/v1/plans/" + plan + "/indicators/import?mode=replace", payloads, versions, () -> {
            List<String> now = new ArrayList<>();
            Demo.rows(plan).forEach(r -> now.add(r.get("name").asText() + "|" + r.get("target").get("raw").asText()));
            return now;
        });
    }

    @Test
    void concurrentValueImportsLeaveExactlyOneOfThem() throws Exception {
        String plan = "concurrent-values-14th";
        Demo.putPlan("tongliang-14th", plan);
        ArrayNode table = Demo.JSON.createArrayNode();
        for (int i = 1; i <= 4; i++) {
            ObjectNode r = table.addObject().put("seq", Integer.toString(i)).put("name", "监测" + i).put("unit", "%");
            r.putObject("baseline").put("raw", "50");
            r.putObject("target").put("raw", "≥60");
        }
        given().contentType(ContentType.JSON).body(table.toString()).when().post("/api/v1/plans/" + plan + "/indicators/import?mode=replace")
                .then().statusCode(200);
        List<Long> ids = Demo.rows(plan).stream().map(r -> r.get("id").asLong()).toList();
        List<String> payloads = new ArrayList<>();
        List<List<String>> versions = new ArrayList<>();
        for (int t = 0; t < CLIENTS; t++) {
            ArrayNode values = Demo.JSON.createArrayNode();
            List<String> expected = new ArrayList<>();
            for (long id : ids) {
                // each version covers other years: a mix of two shows as extra or missing years
                for (int year = 2021; year <= 2021 + t; year++) {
                    values.addObject().put("indicatorId", id).put("year", year).put("value", 10 * t + year - 2020)
                            .put("status", "FINAL").put("source", "并发" + t);
                    expected.add(id + "/" + year + "=" + (10 * t + year - 2020));
                }
            }
            payloads.add(values.toString());
            versions.add(expected.stream().sorted().toList());
        }
        importConcurrently("/api/v1/plans/" + plan + "/values/import?mode=replace", payloads, versions, () -> {
            List<String> now = new ArrayList<>();
            for (long id : ids) {
                JsonNode list = Demo.tree(given().when().get("/api/v1/plans/" + plan + "/indicators/" + id + "/values?size=500")
                        .then().statusCode(200).extract().asString());
                list.get("items").forEach(v -> now.add(id + "/" + v.get("year").asInt() + "=" + v.get("value").decimalValue().stripTrailingZeros().toPlainString()));
            }
            return now.stream().sorted().toList();
        });
    }

    private static void importConcurrently(String path, List<String> payloads, List<List<String>> versions,
                                           Callable<List<String>> state) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(payloads.size());
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Response>> replies = new ArrayList<>();
                for (String payload : payloads) {
                    replies.add(pool.submit(() -> {
                        go.await();
                        return given().contentType(ContentType.JSON).body(payload).when().post(path);
                    }));
                }
                go.countDown();
                for (Future<Response> f : replies) {
                    Response r = f.get(60, TimeUnit.SECONDS);
                    assertEquals(200, r.statusCode(), "round " + round + ": " + r.asString());
                }
                List<String> now = state.call();
                assertTrue(versions.contains(now), "round " + round + ": the plan holds none of the imported versions alone: " + now);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
