package org.healthplanning.facility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.healthplanning.platform.testing.PostgresResource;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Writes sent with an Idempotency-Key: a retry gets the first answer and writes nothing twice; the key
 * reused for another request is a 422, a malformed one a 400, a duplicate sent while the first runs a 409.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class IdempotencyTest {
    static final String KEY = "Idempotency-Key";

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    static String facility(String code, String region, String name) {
        return "{\"code\": \"" + code + "\", \"name\": \"" + name + "\", \"regionCode\": \"" + region
                + "\", \"type\": \"GENERAL_HOSPITAL\", \"ownership\": \"PUBLIC\"}";
    }

    static int total(String path) {
        return given().when().get(path).then().statusCode(200).extract().path("total");
    }

    static int auditTotal() {
        return total("/api/v1/audit?size=1");
    }

    @Test
    void aRetriedCreateGetsTheFirstAnswerAndWritesOnce() {
        Fixtures.region("IK1-D", "幂等区", "DISTRICT", null);
        int audit = auditTotal();
        String body = facility("ik1-a", "IK1-D", "甲医院");
        Response first = given().header(KEY, "create-ik1-a").contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/facilities");
        first.then().statusCode(201).header("Location", containsString("/api/v1/facilities/ik1-a")).header("ETag", "\"0\"");
        assertNull(first.getHeader("Idempotency-Replayed"));
        assertEquals(audit + 1, auditTotal());

        Response again = given().header(KEY, "create-ik1-a").contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/facilities");
        again.then().statusCode(201).header("Idempotency-Replayed", "true")
                .header("Location", first.getHeader("Location")).header("ETag", first.getHeader("ETag"))
                .contentType(first.getContentType());
        assertArrayEquals(first.asByteArray(), again.asByteArray());
        assertEquals(1, total("/api/v1/facilities?regionCode=IK1-D"));
        assertEquals(audit + 1, auditTotal(), "the replay left no second audit row");

        // the same request without a key behaves as before: a second create of the code is a 409
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/facilities")
                .then().statusCode(409).contentType("application/problem+json").header("Idempotency-Replayed", (String) null);
    }

    @Test
    void theSameKeyForAnotherBodyOrPathIsA422NamingTheHeader() {
        Fixtures.region("IK2-D", "幂等区二", "DISTRICT", null);
        given().header(KEY, "ik2").contentType(ContentType.JSON).body(facility("ik2-a", "IK2-D", "甲医院"))
                .when().post("/api/v1/facilities").then().statusCode(201);
        int audit = auditTotal();
        given().header(KEY, "ik2").contentType(ContentType.JSON).body(facility("ik2-b", "IK2-D", "乙医院"))
                .when().post("/api/v1/facilities")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/unprocessable")).body("detail", containsString("Idempotency-Key"));
        given().header(KEY, "ik2").contentType(ContentType.JSON).body(facility("ik2-a", "IK2-D", "甲医院"))
                .when().put("/api/v1/facilities/ik2-a")
                .then().statusCode(422).body("detail", containsString("POST /api/v1/facilities"));
        given().when().get("/api/v1/facilities/ik2-b").then().statusCode(404);
        assertEquals(audit, auditTotal());
    }

    @Test
    void aMalformedKeyIsA400NamingTheHeaderAndWritesNothing() {
        Fixtures.region("IK3-D", "幂等区三", "DISTRICT", null);
        String body = facility("ik3-a", "IK3-D", "甲医院");
        for (String bad : List.of("", "has space", "x".repeat(256), "clé")) {
            given().header(KEY, bad).contentType(ContentType.JSON).body(body).when().post("/api/v1/facilities")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(KEY));
        }
        given().header(KEY, "one").header(KEY, "two").contentType(ContentType.JSON).body(body).when().post("/api/v1/facilities")
                .then().statusCode(400).body("errors[0].field", equalTo(KEY));
        given().when().get("/api/v1/facilities/ik3-a").then().statusCode(404);
        // 255 visible characters are a key
        given().header(KEY, "~".repeat(255)).contentType(ContentType.JSON).body(body).when().post("/api/v1/facilities")
                .then().statusCode(201);
    }

    @Test
    void keysBelongToTheCaller() {
        Fixtures.region("IK4-D", "幂等区四", "DISTRICT", null);
        given().header(KEY, "shared-key").contentType(ContentType.JSON).body(facility("ik4-a", "IK4-D", "甲医院"))
                .when().post("/api/v1/facilities").then().statusCode(201);
        Tokens.anonymousByDefault();
        Response other = given().header("Authorization", Tokens.bearer(Tokens.editor("editor-ik4", "IK4-D")))
                .header(KEY, "shared-key").contentType(ContentType.JSON).body(facility("ik4-b", "IK4-D", "乙医院"))
                .when().post("/api/v1/facilities");
        other.then().statusCode(201).body("code", equalTo("ik4-b"));
        assertNull(other.getHeader("Idempotency-Replayed"));
    }

    @Test
    void aRefusalIsReplayedToo() {
        Fixtures.region("IK5-D", "幂等区五", "DISTRICT", null);
        String bad = "{\"code\": \"ik5-a\", \"name\": \"甲\", \"regionCode\": \"NOPE-IK5\", \"type\": \"GENERAL_HOSPITAL\"}";
        Response first = given().header(KEY, "ik5").contentType(ContentType.JSON).body(bad).when().post("/api/v1/facilities");
        first.then().statusCode(400);
        Response again = given().header(KEY, "ik5").contentType(ContentType.JSON).body(bad).when().post("/api/v1/facilities");
        again.then().statusCode(400).contentType("application/problem+json").header("Idempotency-Replayed", "true");
        assertArrayEquals(first.asByteArray(), again.asByteArray());
    }

    @Test
    void aRetriedImportGetsTheFirstReportAndImportsOnce() {
        Fixtures.region("IK6-D", "幂等导入区", "DISTRICT", null);
        String csv = "code,name,regionCode,type,resources.year,resources.beds\n"
                + "ik6-a,甲医院,IK6-D,GENERAL_HOSPITAL,2020,500\n"
                + "ik6-b,乙医院,IK6-D,TCM_HOSPITAL,2020,80\n";
        int audit = auditTotal();
        Response first = given().header(KEY, "import-ik6").contentType("text/csv").body(csv).when().post("/api/v1/facilities/import");
        first.then().statusCode(200).body("imported", equalTo(2));
        Response again = given().header(KEY, "import-ik6").contentType("text/csv").body(csv).when().post("/api/v1/facilities/import");
        again.then().statusCode(200).header("Idempotency-Replayed", "true").contentType(first.getContentType());
        assertArrayEquals(first.asByteArray(), again.asByteArray());
        assertEquals(audit + 1, auditTotal());
        assertEquals(2, total("/api/v1/facilities?regionCode=IK6-D"));

        // a dry run is another request (its query differs): not the stored answer
        given().header(KEY, "import-ik6").contentType("text/csv").body(csv).when().post("/api/v1/facilities/import?dryRun=true")
                .then().statusCode(422);
        given().header(KEY, "import-ik6").contentType("text/csv").body(csv.replace("500", "501"))
                .when().post("/api/v1/facilities/import").then().statusCode(422);
        given().when().get("/api/v1/facilities/ik6-a/resources").then().body("[0].beds", equalTo(500));
    }

    @Test
    void aDuplicateSentWhileTheFirstRunsIsA409AndNeverASecondRow() throws Exception {
        Fixtures.region("IK7-D", "并发区", "DISTRICT", null);
        int audit = auditTotal();
        String body = facility("ik7-a", "IK7-D", "并发医院");
        String token = Tokens.bearer(Tokens.admin());
        int clients = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                Callable<Response> call = () -> {
                    start.await();
                    return given().header("Authorization", token).header(KEY, "ik7-concurrent").contentType(ContentType.JSON)
                            .body(body).when().post("/api/v1/facilities");
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            int created = 0;
            int replayed = 0;
            int inProgress = 0;
            for (Future<Response> f : answers) {
                Response r = f.get();
                if (r.statusCode() == 201 && r.getHeader("Idempotency-Replayed") == null) {
                    created++;
                } else if (r.statusCode() == 201) {
                    replayed++;
                } else {
                    assertEquals(409, r.statusCode(), r.asString());
                    r.then().contentType("application/problem+json").body("detail", containsString("in progress"));
                    inProgress++;
                }
            }
            System.out.printf("%d requests with one key at once: %d created, %d replayed, %d in progress (409)%n",
                    clients, created, replayed, inProgress);
            assertEquals(1, created, "exactly one request ran");
            assertEquals(clients, created + replayed + inProgress);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, total("/api/v1/facilities?regionCode=IK7-D"));
        assertEquals(audit + 1, auditTotal());
    }

    @Test
    void aKeyStillInProgressIsA409AndAnExpiredKeyMayBeUsedAgain() throws Exception {
        Fixtures.region("IK8-D", "过期区", "DISTRICT", null);
        String body = facility("ik8-a", "IK8-D", "甲医院");
        // another request of the same caller holds the key and has not finished
        insertRow(Tokens.ADMIN_SUBJECT, "ik8", "POST", "/api/v1/facilities", body, "now()", null);
        given().header(KEY, "ik8").contentType(ContentType.JSON).body(body).when().post("/api/v1/facilities")
                .then().statusCode(409).body("type", equalTo("/problems/conflict")).body("detail", containsString("Idempotency-Key"));
        given().when().get("/api/v1/facilities/ik8-a").then().statusCode(404);

        // a day later the key has expired: the request runs
        sql("update idempotency_key set created_at = now() - interval '25 hours' where key = 'ik8'");
        Response r = given().header(KEY, "ik8").contentType(ContentType.JSON).body(body).when().post("/api/v1/facilities");
        r.then().statusCode(201);
        assertNull(r.getHeader("Idempotency-Replayed"));
    }

    @Test
    void aKeyWhoseRequestNeverAnsweredIsFreedOnlyWhenItWroteNothing() throws Exception {
        Fixtures.region("IK9-D", "中断区", "DISTRICT", null);
        String a = facility("ik9-a", "IK9-D", "甲医院");
        String b = facility("ik9-b", "IK9-D", "乙医院");
        // the service stopped during these requests, 10 minutes ago: the first wrote nothing, the second committed
        insertRow(Tokens.ADMIN_SUBJECT, "ik9-a", "POST", "/api/v1/facilities", a, "now() - interval '10 minutes'", null);
        insertRow(Tokens.ADMIN_SUBJECT, "ik9-b", "POST", "/api/v1/facilities", b, "now() - interval '10 minutes'",
                "now() - interval '10 minutes'");
        given().header(KEY, "ik9-a").contentType(ContentType.JSON).body(a).when().post("/api/v1/facilities").then().statusCode(201);
        given().header(KEY, "ik9-b").contentType(ContentType.JSON).body(b).when().post("/api/v1/facilities")
                .then().statusCode(409).body("detail", containsString("committed its write"));
        given().when().get("/api/v1/facilities/ik9-b").then().statusCode(404);
    }

    @Test
    void aWriteMarksItsKeyInItsOwnTransaction() throws Exception {
        Fixtures.region("IK10-D", "标记区", "DISTRICT", null);
        given().header(KEY, "ik10").contentType(ContentType.JSON).body(facility("ik10-a", "IK10-D", "甲医院"))
                .when().post("/api/v1/facilities").then().statusCode(201);
        // a refused write commits nothing: its key is not marked
        given().header(KEY, "ik10-refused").contentType(ContentType.JSON).body(facility("ik10-b", "NOPE-IK10", "乙医院"))
                .when().post("/api/v1/facilities").then().statusCode(400);
        try (Connection c = db.getConnection();
             var rs = c.createStatement().executeQuery(
                     "select key, committed_at is not null, status from idempotency_key where key like 'ik10%' order by key")) {
            assertTrue(rs.next());
            assertEquals("ik10", rs.getString(1));
            assertTrue(rs.getBoolean(2));
            assertEquals(201, rs.getInt(3));
            assertTrue(rs.next());
            assertEquals("ik10-refused", rs.getString(1));
            assertEquals(false, rs.getBoolean(2));
            assertEquals(400, rs.getInt(3));
        }
    }

    private void insertRow(String subject, String key, String method, String path, String body, String createdAt, String committedAt)
            throws Exception {
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("insert into idempotency_key (subject, key, method, path, request_hash, created_at, "
                     + "committed_at) values (?, ?, ?, ?, ?, " + createdAt + ", " + committedAt + ")")) {
            s.setString(1, subject);
            s.setString(2, key);
            s.setString(3, method);
            s.setString(4, path);
            s.setString(5, hash);
            s.executeUpdate();
        }
    }

    private void sql(String statement) throws Exception {
        try (Connection c = db.getConnection()) {
            c.createStatement().executeUpdate(statement);
        }
    }
}
