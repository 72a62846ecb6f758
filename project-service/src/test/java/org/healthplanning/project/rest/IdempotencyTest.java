package org.healthplanning.project.rest;

import org.healthplanning.project.config.KnownPlans;
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
 * A project create is not idempotent (every POST makes a new project), nor is an import with mode=append:
 * sent again after a lost answer they would write twice. With an Idempotency-Key the retry gets the first
 * answer and nothing is written again.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class IdempotencyTest {
    static {
        // the plans these tests name, as indicator-service would know them
        KnownPlans.add("idem-a-14th", "500151");
        KnownPlans.add("idem-b-14th", "500151");
        KnownPlans.add("idem-c-14th", "500151");
        KnownPlans.add("idem-d-14th", "500151");
        KnownPlans.add("idem-e-14th", "500151");
        KnownPlans.add("idem-f-14th", "500151");
    }

    static final String KEY = "Idempotency-Key";

    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    static String project(String plan, String name) {
        return """
                {"planCode": "%s", "regionCode": "500151", "name": "%s", "constructionTypeRaw": "新建",
                 "investment10kCny": 1200, "yearsRaw": "2023-2025"}""".formatted(plan, name);
    }

    static int total(String plan) {
        return given().when().get("/api/v1/projects?planCode=" + plan).then().statusCode(200).extract().path("total");
    }

    static int auditTotal() {
        return given().when().get("/api/v1/audit?size=1").then().statusCode(200).extract().path("total");
    }

    static Response post(String key, String body) {
        return given().header(KEY, key).contentType(ContentType.JSON).body(body).when().post("/api/v1/projects");
    }

    @Test
    void aRetriedCreateGetsTheFirstProjectInsteadOfASecondOne() {
        int audit = auditTotal();
        Response first = post("idem-create-1", project("idem-a-14th", "区人民医院迁建"));
        first.then().statusCode(201).header("ETag", "\"0\"");
        Response again = post("idem-create-1", project("idem-a-14th", "区人民医院迁建"));
        again.then().statusCode(201).header("Idempotency-Replayed", "true")
                .header("Location", first.getHeader("Location")).header("ETag", "\"0\"")
                .body("id", equalTo(first.path("id")));
        assertArrayEquals(first.asByteArray(), again.asByteArray());
        assertEquals(1, total("idem-a-14th"));
        assertEquals(audit + 1, auditTotal());

        // without a key a create sent twice makes two projects, as it always did
        given().contentType(ContentType.JSON).body(project("idem-b-14th", "中医院扩建")).when().post("/api/v1/projects")
                .then().statusCode(201);
        Response second = given().contentType(ContentType.JSON).body(project("idem-b-14th", "中医院扩建")).when().post("/api/v1/projects");
        second.then().statusCode(201);
        assertNull(second.getHeader("Idempotency-Replayed"));
        assertEquals(2, total("idem-b-14th"));
    }

    @Test
    void aRetriedPatchIsAppliedOnce() {
        int id = post("idem-patch-create", project("idem-c-14th", "妇幼保健院")).then().statusCode(201).extract().path("id");
        for (int i = 0; i < 2; i++) {
            given().header(KEY, "idem-patch-1").contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                    .body("{\"investment10kCny\": 1500}").when().patch("/api/v1/projects/" + id)
                    .then().statusCode(200).header("ETag", "\"1\"").body("version", equalTo(1));
        }
        given().when().get("/api/v1/projects/" + id).then().statusCode(200).header("ETag", "\"1\"").body("investment10kCny", equalTo(1500));
        // the key names that patch: another patch with it is refused, whatever it would do
        given().header(KEY, "idem-patch-1").contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body("{\"investment10kCny\": 1600}").when().patch("/api/v1/projects/" + id)
                .then().statusCode(422).contentType("application/problem+json").body("detail", containsString(KEY));
        given().header(KEY, "idem-patch-1").when().delete("/api/v1/projects/" + id)
                .then().statusCode(422).body("detail", containsString("PATCH /api/v1/projects/" + id));
        given().when().get("/api/v1/projects/" + id).then().statusCode(200).body("investment10kCny", equalTo(1500));
    }

    @Test
    void aMalformedKeyIsA400AndNothingIsWritten() {
        for (String bad : List.of("", "with space", "x".repeat(256))) {
            post(bad, project("idem-d-14th", "卫生院")).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(KEY));
        }
        assertEquals(0, total("idem-d-14th"));
    }

    @Test
    void aRetriedAppendImportAddsItsRowsOnce() {
        String rows = "[" + project("idem-e-14th", "社区卫生服务中心") + "," + project("idem-e-14th", "疾控中心") + "]";
        int audit = auditTotal();
        Response first = given().header(KEY, "idem-import-1").contentType(ContentType.JSON).body(rows)
                .when().post("/api/v1/projects/import?planCode=idem-e-14th&mode=append");
        first.then().statusCode(200).body("imported", equalTo(2));
        Response again = given().header(KEY, "idem-import-1").contentType(ContentType.JSON).body(rows)
                .when().post("/api/v1/projects/import?planCode=idem-e-14th&mode=append");
        again.then().statusCode(200).header("Idempotency-Replayed", "true");
        assertArrayEquals(first.asByteArray(), again.asByteArray());
        assertEquals(2, total("idem-e-14th"));
        assertEquals(audit + 1, auditTotal());

        given().header(KEY, "idem-import-1").contentType(ContentType.JSON).body(rows.replace("疾控中心", "急救中心"))
                .when().post("/api/v1/projects/import?planCode=idem-e-14th&mode=append")
                .then().statusCode(422).body("type", equalTo("/problems/unprocessable"));
        // the same rows as CSV are another body
        given().header(KEY, "idem-import-1").contentType("text/csv").body("planCode,regionCode,name\nidem-e-14th,500151,急救中心\n")
                .when().post("/api/v1/projects/import?planCode=idem-e-14th&mode=append").then().statusCode(422);
        assertEquals(2, total("idem-e-14th"));

        // without a key the same append sent again adds the rows again, as it always did
        given().contentType(ContentType.JSON).body(rows).when().post("/api/v1/projects/import?planCode=idem-e-14th&mode=append")
                .then().statusCode(200);
        assertEquals(4, total("idem-e-14th"));
    }

    @Test
    void createsSentAtOnceWithOneKeyMakeOneProject() throws Exception {
        int audit = auditTotal();
        String body = project("idem-f-14th", "并发项目");
        String token = Tokens.bearer(Tokens.admin());
        int clients = 6;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return given().header("Authorization", token).header(KEY, "idem-concurrent").contentType(ContentType.JSON)
                            .body(body).when().post("/api/v1/projects");
                }));
            }
            go.countDown();
            int ran = 0;
            Object id = null;
            for (Future<Response> f : answers) {
                Response r = f.get();
                if (r.statusCode() == 201) {
                    ran += r.getHeader("Idempotency-Replayed") == null ? 1 : 0;
                    id = id == null ? r.path("id") : id;
                    assertEquals(id, r.path("id"), "every 201 is the same project");
                } else {
                    assertEquals(409, r.statusCode(), r.asString());
                }
            }
            assertEquals(1, ran);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, total("idem-f-14th"));
        assertEquals(audit + 1, auditTotal());
    }
}
