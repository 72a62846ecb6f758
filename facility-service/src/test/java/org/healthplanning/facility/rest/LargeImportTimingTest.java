package org.healthplanning.facility.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.healthplanning.platform.testing.PostgresResource;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How long the largest import the service accepts (a body just under quarkus.http.limits.max-body-size,
 * 20 MB) takes, alone and three at once, straight against the service: the figures behind the
 * transaction and gateway timeouts (docs/API.md). Slow, so off unless asked for:
 * {@code ./mvnw -pl facility-service -am verify -Dtest=LargeImportTimingTest -Dimport.timing=true}.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@EnabledIfSystemProperty(named = "import.timing", matches = "true")
class LargeImportTimingTest {
    static final int LIMIT = 20 * 1024 * 1024;
    static final int YEARS = 6;

    /** A JSON import of facilities with six years of resources each, as many as fit in {@code bytes}. */
    static String json(String prefix, String region, int bytes) {
        StringBuilder sb = new StringBuilder("[");
        int size = 2;
        for (int i = 0; ; i++) {
            StringBuilder row = new StringBuilder();
            row.append(i == 0 ? "" : ",").append("{\"code\":\"").append(prefix).append(i).append("\",\"name\":\"测试机构 ").append(i)
                    .append("\",\"regionCode\":\"").append(region).append("\",\"type\":\"GENERAL_HOSPITAL\",\"ownership\":\"PUBLIC\",")
                    .append("\"openedYear\":1990,\"resources\":[");
            for (int y = 0; y < YEARS; y++) {
                row.append(y == 0 ? "" : ",").append("{\"year\":").append(2018 + y).append(",\"beds\":").append(100 + i % 400)
                        .append(",\"licensedDoctors\":").append(30 + i % 90).append(",\"registeredNurses\":").append(40 + i % 120)
                        .append(",\"pharmacists\":").append(i % 15).append(",\"healthTechnicians\":").append(80 + i % 300).append("}");
            }
            row.append("]}");
            int rowSize = row.toString().getBytes(StandardCharsets.UTF_8).length;
            if (size + rowSize > bytes) {
                break;
            }
            size += rowSize;
            sb.append(row);
        }
        return sb.append("]").toString();
    }

    static Response post(String token, String key, String body) {
        var request = given().header("Authorization", token);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/facilities/import");
    }

    @Test
    void aTwentyMegabyteImportAloneAndThreeAtOnce() throws Exception {
        Tokens.adminByDefault();
        Fixtures.region("BIG-D", "大导入区", "DISTRICT", null);
        String token = Tokens.bearer(Tokens.admin());
        // warm-up with a small import, as a service that has run for a while would be
        post(token, "warm-up", json("warm-", "BIG-D", 200_000)).then().statusCode(200);

        // alone, alternately without and with an Idempotency-Key (the later runs profit from a warmer JIT)
        for (int round = 0; round < 4; round++) {
            boolean keyed = round % 2 == 1;
            String body = json("big-" + round + "-", "BIG-D", LIMIT - 1024);
            int rows = body.split("\"code\"").length - 1;
            long start = System.nanoTime();
            Response alone = post(token, keyed ? "big-alone-" + round : null, body);
            double seconds = (System.nanoTime() - start) / 1e9;
            alone.then().statusCode(200);
            assertEquals(rows, (int) alone.path("imported"));
            System.out.printf("IMPORT TIMING: one import of %.1f MB (%d facilities, %d yearly rows), %s: %.1f s%n",
                    body.getBytes(StandardCharsets.UTF_8).length / 1048576.0, rows, rows * YEARS,
                    keyed ? "with an Idempotency-Key" : "without a key", seconds);
        }

        List<String> bodies = new ArrayList<>();
        for (String p : List.of("big-b-", "big-c-", "big-d-")) {
            bodies.add(json(p, "BIG-D", LIMIT - 1024));
        }
        long together = System.nanoTime();
        List<CompletableFuture<double[]>> running = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            String body = bodies.get(i);
            String key = "big-" + i;
            running.add(CompletableFuture.supplyAsync(() -> {
                long t = System.nanoTime();
                int status = post(token, key, body).statusCode();
                return new double[] {status, (System.nanoTime() - t) / 1e9};
            }, java.util.concurrent.Executors.newSingleThreadExecutor()));
        }
        StringBuilder each = new StringBuilder();
        for (CompletableFuture<double[]> r : running) {
            double[] result = r.get();
            assertEquals(200, (int) result[0]);
            each.append(String.format(" %.1f s", result[1]));
        }
        double all = (System.nanoTime() - together) / 1e9;
        System.out.printf("IMPORT TIMING: three such imports at once:%s (all done after %.1f s)%n", each, all);
        assertTrue(all > 0);
    }
}
