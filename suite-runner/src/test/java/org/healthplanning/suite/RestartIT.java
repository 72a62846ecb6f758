package org.healthplanning.suite;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Three local runs on one data directory: what the first writes is still there in the second (and
 * the demo data are not loaded over it), and --reset in the third clears it. Each run is stopped
 * with SIGTERM and must leave no process behind.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RestartIT {
    private static final String EDITED_TITLE = "重庆市铜梁区卫生健康发展规划（本地修改）";
    private static final String KEPT = """
            {"code": "e2e-kept-14th", "regionCode": "500103", "regionName": "重庆市渝中区", "title": "第一次运行写入",
             "periodStart": 2021, "periodEnd": 2025, "baselineYear": 2020, "targetYear": 2025, "issuer": "测试"}""";
    private static RunningSuite suite;

    @BeforeAll
    static void create() throws Exception {
        suite = new RunningSuite("restart");
    }

    /** A run whose test failed half-way must not stay up for the next one. */
    @AfterEach
    void stopIfStillRunning() throws Exception {
        suite.stop(false);
    }

    private static RequestSpecification api() {
        return suite.api();
    }

    private static void stopLeavingNothing() throws Exception {
        List<String> left = suite.stop(false);
        assertTrue(left.isEmpty(), "processes left after SIGTERM: " + left + "\n" + suite.printed());
        assertTrue(Database.postmaster(suite.dataDir.resolve("postgres")).isEmpty(), "PostgreSQL still running after SIGTERM");
        assertTrue(suite.printed().contains("PostgreSQL stopped") || suite.externalPostgres(), suite.printed());
    }

    @Test
    @Order(1)
    void firstRunLoadsTheDemoDataAndTakesWrites() throws Exception {
        String printed = suite.start("--reset");
        assertTrue(printed.contains("Demo data: loading"), printed);
        api().when().get("/api/v1/plans/tongliang-14th").then().statusCode(200)
                .body("title", equalTo(DemoData.plan("tongliang-14th").get("title").asText()));

        api().contentType(ContentType.JSON).body(KEPT).when().post("/api/v1/plans").then().statusCode(201);
        String etag = api().when().get("/api/v1/plans/tongliang-14th").then().statusCode(200).extract().header("ETag");
        String edited = DemoData.plan("tongliang-14th").toString()
                .replace(DemoData.plan("tongliang-14th").get("title").asText(), EDITED_TITLE);
        api().contentType(ContentType.JSON).header("If-Match", etag).body(edited)
                .when().put("/api/v1/plans/tongliang-14th").then().statusCode(200).body("title", equalTo(EDITED_TITLE));

        stopLeavingNothing();
    }

    @Test
    @Order(2)
    void secondRunKeepsWhatTheFirstWroteAndDoesNotReloadOverIt() throws Exception {
        String printed = suite.start();
        assertFalse(printed.contains("Demo data: loading"), printed);
        assertTrue(printed.contains("already present"), printed);
        api().when().get("/api/v1/plans/e2e-kept-14th").then().statusCode(200)
                .body("title", equalTo("第一次运行写入")).body("regionCode", equalTo("500103"));
        api().when().get("/api/v1/plans/tongliang-14th").then().statusCode(200)
                .body("title", equalTo(EDITED_TITLE)).body("version", equalTo(1));
        stopLeavingNothing();
    }

    @Test
    @Order(3)
    void resetClearsTheDataAndLoadsTheDemoAgain() throws Exception {
        String printed = suite.start("--reset");
        assertTrue(printed.contains("Demo data: loading"), printed);
        api().when().get("/api/v1/plans/e2e-kept-14th").then().statusCode(404);
        api().when().get("/api/v1/plans/tongliang-14th").then().statusCode(200)
                .body("title", equalTo(DemoData.plan("tongliang-14th").get("title").asText()))
                .body("version", equalTo(0));
        stopLeavingNothing();
    }
}
