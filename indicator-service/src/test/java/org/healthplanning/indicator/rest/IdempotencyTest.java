package org.healthplanning.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.healthplanning.platform.testing.PostgresResource;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Adding a row to a plan's table and appending rows by import are not idempotent: sent again after a lost
 * answer they add the rows again. With an Idempotency-Key the retry gets the first answer instead.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class IdempotencyTest {
    static final String KEY = "Idempotency-Key";
    static final String ROW = "{\"name\": \"人均预期寿命\", \"unit\": \"岁\", \"baseline\": {\"raw\": \"78.47\"}, \"target\": {\"raw\": \"79.3\"}}";

    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    static int rows(String plan) {
        return given().when().get("/api/v1/plans/" + plan + "/indicators?size=1").then().statusCode(200).extract().path("total");
    }

    static int auditTotal() {
        return given().when().get("/api/v1/audit?size=1").then().statusCode(200).extract().path("total");
    }

    static Response addRow(String plan, String key, String body) {
        return given().header(KEY, key).contentType(ContentType.JSON).body(body).when().post("/api/v1/plans/" + plan + "/indicators");
    }

    @Test
    void aRetriedRowCreateGetsTheFirstRowInsteadOfASecondOne() {
        Demo.putPlan("tongliang-14th", "idem-rows-14th");
        int audit = auditTotal();
        Response first = addRow("idem-rows-14th", "row-1", ROW);
        first.then().statusCode(201).header("ETag", "\"0\"");
        Response again = addRow("idem-rows-14th", "row-1", ROW);
        again.then().statusCode(201).header("Idempotency-Replayed", "true").header("Location", first.getHeader("Location"))
                .body("id", equalTo(first.path("id")));
        assertArrayEquals(first.asByteArray(), again.asByteArray());
        assertEquals(1, rows("idem-rows-14th"));
        assertEquals(audit + 1, auditTotal());

        addRow("idem-rows-14th", "row-1", ROW.replace("79.3", "80")).then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString(KEY));
        for (String bad : List.of("", "a key", "k".repeat(256))) {
            addRow("idem-rows-14th", bad, ROW).then().statusCode(400).body("errors[0].field", equalTo(KEY));
        }
        assertEquals(1, rows("idem-rows-14th"));

        // without a key the same create adds a second row, as it always did
        Response plain = given().contentType(ContentType.JSON).body(ROW).when().post("/api/v1/plans/idem-rows-14th/indicators");
        plain.then().statusCode(201);
        assertNull(plain.getHeader("Idempotency-Replayed"));
        assertEquals(2, rows("idem-rows-14th"));
    }

    @Test
    void aRetriedMonitoringValueImportIsReportedOnceAndWrittenOnce() {
        Demo.putPlan("tongliang-14th", "idem-values-14th");
        long id = addRow("idem-values-14th", "values-row", ROW).then().statusCode(201).extract().jsonPath().getLong("id");
        String csv = "indicatorId,year,value,status,source\n" + id + ",2021,78.6,FINAL,统计公报\n" + id + ",2022,78.8,FINAL,统计公报\n";
        int audit = auditTotal();
        Response first = given().header(KEY, "values-import-1").contentType("text/csv; charset=UTF-8").body(csv)
                .when().post("/api/v1/plans/idem-values-14th/values/import");
        first.then().statusCode(200).body("imported", equalTo(2));
        Response again = given().header(KEY, "values-import-1").contentType("text/csv; charset=UTF-8").body(csv)
                .when().post("/api/v1/plans/idem-values-14th/values/import");
        again.then().statusCode(200).header("Idempotency-Replayed", "true");
        assertArrayEquals(first.asByteArray(), again.asByteArray());
        assertEquals(audit + 1, auditTotal());
        given().when().get("/api/v1/plans/idem-values-14th/indicators/" + id + "/values").then().statusCode(200)
                .body("total", equalTo(2)).body("items[1].source", equalTo("统计公报"));

        given().header(KEY, "values-import-1").contentType("text/csv; charset=UTF-8").body(csv.replace("78.8", "79.0"))
                .when().post("/api/v1/plans/idem-values-14th/values/import").then().statusCode(422);
        given().header(KEY, "values-import-1").contentType("text/csv; charset=UTF-8").body(csv)
                .when().post("/api/v1/plans/idem-values-14th/values/import?mode=replace").then().statusCode(422);
    }

    @Test
    void aRetriedTableImportWithAppendAddsItsRowsOnce() {
        Demo.putPlan("tongliang-14th", "idem-table-14th");
        String table = "[" + ROW + "," + ROW.replace("人均预期寿命", "孕产妇死亡率") + "]";
        for (int i = 0; i < 2; i++) {
            given().header(KEY, "table-import-1").contentType(ContentType.JSON).body(table)
                    .when().post("/api/v1/plans/idem-table-14th/indicators/import?mode=append")
                    .then().statusCode(200).body("imported", equalTo(2));
        }
        assertEquals(2, rows("idem-table-14th"));
    }

    @Test
    void rowCreatesSentAtOnceWithOneKeyAddOneRow() throws Exception {
        Demo.putPlan("tongliang-14th", "idem-concurrent-14th");
        String token = Tokens.bearer(Tokens.admin());
        int clients = 6;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return given().header("Authorization", token).header(KEY, "concurrent-row").contentType(ContentType.JSON)
                            .body(ROW).when().post("/api/v1/plans/idem-concurrent-14th/indicators");
                }));
            }
            go.countDown();
            int ran = 0;
            for (Future<Response> f : answers) {
                Response r = f.get();
                if (r.statusCode() == 201) {
                    ran += r.getHeader("Idempotency-Replayed") == null ? 1 : 0;
                } else {
                    assertEquals(409, r.statusCode(), r.asString());
                }
            }
            assertEquals(1, ran);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, rows("idem-concurrent-14th"));
    }
}
