package org.healthplanning.facility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.healthplanning.platform.testing.PostgresResource;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The per-region totals behind the ratios (facility_totals, migration V23) stay equal to the facility-year rows through
 * every kind of write: after each one, the totals of every (region, year) equal a sum straight over facility_resource,
 * and the ratios of a province, its districts and a town equal the sums over their subtrees' facility rows (what the
 * ratios statement summed before the totals existed). Also under concurrent imports, moves and yearly writes.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class FacilityTotalsTest {
    static final List<String> COUNTS = List.of("beds", "licensedDoctors", "tcmDoctors", "registeredNurses", "pharmacists",
            "generalPractitioners", "healthTechnicians", "publicHealthStaff", "ambulances", "childcareSlots");
    static final List<String> COLUMNS = List.of("beds", "licensed_doctors", "tcm_doctors", "registered_nurses", "pharmacists",
            "general_practitioners", "health_technicians", "public_health_staff", "ambulances", "childcare_slots");

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    @Test
    void totalsFollowEveryWritePath() throws SQLException {
        Fixtures.region("TT-P", "总计省", "PROVINCE", null);
        Fixtures.region("TT-D1", "一区", "DISTRICT", "TT-P");
        Fixtures.region("TT-D2", "二区", "DISTRICT", "TT-P");
        Fixtures.region("TT-T1", "一镇", "TOWN", "TT-D1");
        List<String> regions = List.of("TT-P", "TT-D1", "TT-D2", "TT-T1");
        Fixtures.population("TT-P", 2020, 1_000_000, false);
        Fixtures.population("TT-D1", 2020, 400_000, false);

        // facilities created one by one; yearly rows created, replaced and deleted one by one
        Fixtures.facility("TT-A", "TT-D1", "GENERAL_HOSPITAL", null);
        Fixtures.facility("TT-B", "TT-T1", "TOWNSHIP_HEALTH_CENTER", null);
        Fixtures.facility("TT-C", "TT-D2", "CLINIC", null);
        checkAll(regions);
        Fixtures.resources("TT-A", 2020, "{\"beds\": 500, \"licensedDoctors\": 150, \"registeredNurses\": 200}");
        Fixtures.resources("TT-A", 2021, "{\"beds\": 520, \"licensedDoctors\": 160}");
        Fixtures.resources("TT-B", 2020, "{\"beds\": 40, \"licensedDoctors\": 12, \"childcareSlots\": 30}");
        Fixtures.resources("TT-C", 2020, "{\"licensedDoctors\": 3}");
        checkAll(regions);
        given().header("Cache-Control", "no-cache").when().get("/api/v1/regions/TT-P/ratios?year=2020").then().statusCode(200)
                .body("facilityCount", equalTo(3)).body("counts.beds", equalTo(540)).body("counts.licensedDoctors", equalTo(165))
                .body("counts.registeredNurses", equalTo(200)).body("counts.childcareSlots", equalTo(30))
                .body("counts.pharmacists", equalTo(null));
        Fixtures.resources("TT-A", 2020, "{\"beds\": 510, \"licensedDoctors\": 155}");
        checkAll(regions);
        given().when().delete("/api/v1/facilities/TT-A/resources/2021").then().statusCode(204);
        checkAll(regions);

        // a facility moved to another district, then into a town; closed and reopened later
        moveFacility("TT-A", "TT-D2", null, null);
        checkAll(regions);
        moveFacility("TT-A", "TT-T1", null, null);
        checkAll(regions);
        Fixtures.resources("TT-B", 2021, "{\"beds\": 45}");
        Fixtures.resources("TT-B", 2022, "{\"beds\": 50}");
        moveFacility("TT-B", "TT-T1", null, 2020);
        checkAll(regions);
        given().header("Cache-Control", "no-cache").when().get("/api/v1/regions/TT-T1/ratios?year=2021").then().statusCode(200)
                .body("facilityCount", equalTo(0));
        moveFacility("TT-B", "TT-T1", 2021, null);
        checkAll(regions);

        // a town moved under the other district: its facilities count there, no totals change
        Fixtures.region("TT-T1", "一镇", "TOWN", "TT-D2");
        checkAll(regions);

        // imports: JSON that creates and changes (moves an existing facility, replaces and adds years), CSV, a dry run,
        // a rejected file
        given().contentType(ContentType.JSON).body("""
                [{"code": "TT-A", "name": "甲", "regionCode": "TT-D1", "type": "GENERAL_HOSPITAL",
                  "resources": [{"year": 2020, "beds": 600, "pharmacists": 9}, {"year": 2022, "beds": 610}]},
                 {"code": "TT-I1", "name": "导入一", "regionCode": "TT-T1", "type": "CLINIC", "openedYear": 2021,
                  "resources": [{"year": 2020, "beds": 7}, {"year": 2021, "beds": 8, "ambulances": 1}]},
                 {"code": "TT-I2", "name": "导入二", "regionCode": "TT-D2", "type": "CLINIC", "closedYear": 2021,
                  "resources": [{"year": 2021, "tcmDoctors": 4}, {"year": 2022, "tcmDoctors": 5}]}]""")
                .when().post("/api/v1/facilities/import").then().statusCode(200).body("imported", equalTo(3));
        checkAll(regions);
        given().contentType("text/csv").body("""
                code,name,regionCode,type,resources.year,resources.beds,resources.healthTechnicians
                TT-I1,导入一,TT-D1,CLINIC,2021,9,3
                TT-I1,导入一,TT-D1,CLINIC,2023,10,4
                TT-I3,导入三,TT-P,CLINIC,2020,11,5
                """).when().post("/api/v1/facilities/import").then().statusCode(200).body("imported", equalTo(2));
        checkAll(regions);
        Map<String, String> before = ledger();
        given().contentType(ContentType.JSON).body("""
                [{"code": "TT-I3", "name": "导入三", "regionCode": "TT-D2", "type": "CLINIC",
                  "resources": [{"year": 2020, "beds": 99}]}]""")
                .when().post("/api/v1/facilities/import?dryRun=true").then().statusCode(200);
        given().contentType(ContentType.JSON).body("""
                [{"code": "TT-I3", "name": "导入三", "regionCode": "TT-D2", "type": "CLINIC", "resources": [{"year": 2020, "beds": 98}]},
                 {"code": "TT-I4", "name": "导入四", "regionCode": "TT-D2", "type": "CLINIC", "resources": [{"year": 2020, "beds": -1}]}]""")
                .when().post("/api/v1/facilities/import").then().statusCode(400);
        assertEquals(before, ledger(), "a dry run and a rejected import leave the totals as they were");
        checkAll(regions);

        // deletes: through the API (yearly rows, then the facility) and in SQL (the cascade deletes the yearly rows)
        given().when().delete("/api/v1/facilities/TT-C").then().statusCode(204);
        checkAll(regions);
        sql("delete from facility where code = 'TT-I1'");
        checkAll(regions);

        // writes that bypass the services: a yearly row changed and a facility moved in SQL
        sql("update facility_resource set beds = beds + 1, pharmacists = null where facility_id = (select id from facility where code = 'TT-A')");
        sql("update facility set region_code = 'TT-D2', opened_year = 2021 where code = 'TT-A'");
        sql("insert into facility_resource (facility_id, year, beds) select id, 2019, 3 from facility where code = 'TT-I3'");
        checkAll(regions);
        sql("delete from facility_resource where facility_id = (select id from facility where code = 'TT-I3') and year = 2019");
        checkAll(regions);
    }

    @Test
    void concurrentImportsMovesAndYearlyWritesKeepTheTotalsRight() throws Exception {
        Fixtures.region("TC-P", "并发省", "PROVINCE", null);
        Fixtures.region("TC-D", "并发区", "DISTRICT", "TC-P");
        Fixtures.region("TC-T1", "一镇", "TOWN", "TC-D");
        Fixtures.region("TC-T2", "二镇", "TOWN", "TC-D");
        List<String> regions = List.of("TC-P", "TC-D", "TC-T1", "TC-T2");
        for (int i = 0; i < 4; i++) {
            Fixtures.facility("TC-M" + i, "TC-T1", "CLINIC", null);
            Fixtures.resources("TC-M" + i, 2020, "{\"beds\": " + (10 + i) + "}");
        }
        String token = Tokens.bearer(Tokens.admin());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (int round = 0; round < 3; round++) {
                List<Callable<List<Integer>>> work = new ArrayList<>();
                // three imports into the same district (and its towns) at once, each with its own facilities
                for (int k = 0; k < 3; k++) {
                    String body = importBody("TC-R" + round + "I" + k + "-", k == 0 ? "TC-D" : "TC-T" + k, 300, round * 7 + k);
                    work.add(() -> List.of(given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                            .when().post("/api/v1/facilities/import").statusCode()));
                }
                // the same few facilities moved back and forth while their yearly rows are written
                int r = round;
                work.add(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 0; i < 8; i++) {
                        String region = (i + r) % 2 == 0 ? "TC-T2" : "TC-T1";
                        statuses.add(given().header("Authorization", token).contentType(ContentType.JSON)
                                .body("{\"name\": \"机构\", \"regionCode\": \"" + region + "\", \"type\": \"CLINIC\"}")
                                .when().put("/api/v1/facilities/TC-M" + (i % 4)).statusCode());
                    }
                    return statuses;
                });
                work.add(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 0; i < 8; i++) {
                        statuses.add(given().header("Authorization", token).contentType(ContentType.JSON)
                                .body("{\"beds\": " + (i * 3 + r) + ", \"licensedDoctors\": " + i + "}")
                                .when().put("/api/v1/facilities/TC-M" + (i % 4) + "/resources/" + (2020 + i % 3)).statusCode());
                    }
                    return statuses;
                });
                List<Integer> statuses = new ArrayList<>();
                for (Future<List<Integer>> f : pool.invokeAll(work)) {
                    statuses.addAll(f.get());
                }
                assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 201), statuses.toString());
                checkAll(regions);
            }
        } finally {
            pool.shutdownNow();
        }
        given().header("Cache-Control", "no-cache").when().get("/api/v1/regions/TC-D/ratios?year=2021").then().statusCode(200)
                .body("facilityCount", equalTo((int) expected("TC-D", 2021).facilities()));
    }

    /** A JSON import of {@code n} facilities in {@code region} with six years each, counts varied by {@code seed}. */
    static String importBody(String prefix, String region, int n, int seed) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"code\":\"").append(prefix).append(i).append("\",\"name\":\"机构 ").append(i)
                    .append("\",\"regionCode\":\"").append(region).append("\",\"type\":\"CLINIC\",\"openedYear\":")
                    .append(2018 + (i + seed) % 4).append(",\"resources\":[");
            for (int y = 0; y < 6; y++) {
                sb.append(y == 0 ? "" : ",").append("{\"year\":").append(2018 + y).append(",\"beds\":").append((i * 7 + seed + y) % 50)
                        .append(",\"licensedDoctors\":").append((i + seed) % 9);
                if ((i + y) % 3 == 0) {
                    sb.append(",\"registeredNurses\":").append(i % 11);
                }
                sb.append("}");
            }
            sb.append("]}");
        }
        return sb.append("]").toString();
    }

    private static void moveFacility(String code, String region, Integer opened, Integer closed) {
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"机构 " + code + "\", \"regionCode\": \"" + region + "\", \"type\": \"GENERAL_HOSPITAL\", "
                        + "\"openedYear\": " + opened + ", \"closedYear\": " + closed + "}")
                .when().put("/api/v1/facilities/" + code).then().statusCode(200);
    }

    /** The totals equal the facility rows everywhere, and the ratios of these regions equal their subtree sums, 2018-2023. */
    private void checkAll(List<String> regions) throws SQLException {
        assertEquals(recomputed(), ledger(), "facility_totals by (region, year) against the facility-year rows");
        for (String region : regions) {
            for (int year = 2018; year <= 2023; year++) {
                Expected e = expected(region, year);
                JsonPath answer = given().header("Cache-Control", "no-cache").when()
                        .get("/api/v1/regions/" + region + "/ratios?year=" + year).then().statusCode(200).extract().jsonPath();
                assertEquals(e.facilities(), answer.getLong("facilityCount"), region + " " + year + " facilityCount");
                if (e.facilities() == 0) {
                    assertNull(answer.get("counts"), region + " " + year + " counts");
                    continue;
                }
                Map<String, Long> counts = new LinkedHashMap<>();
                for (String c : COUNTS) {
                    Object v = answer.get("counts." + c);
                    counts.put(c, v == null ? null : ((Number) v).longValue());
                }
                assertEquals(e.counts(), counts, region + " " + year + " counts");
            }
        }
    }

    record Expected(long facilities, Map<String, Long> counts) {
    }

    /** What the ratios statement summed before V23: every facility-year row of the subtree that counts in the year. */
    private Expected expected(String region, int year) throws SQLException {
        StringBuilder sums = new StringBuilder();
        for (String c : COLUMNS) {
            sums.append(", sum(fr.").append(c).append(")");
        }
        String q = "select count(*)" + sums + """
                 from region_ancestor s
                join facility f on f.region_code = s.region_code
                join facility_resource fr on fr.facility_id = f.id
                where s.ancestor_code = ? and fr.year = ?
                  and (f.closed_year is null or fr.year <= f.closed_year)
                  and (f.opened_year is null or fr.year >= f.opened_year)""";
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(q)) {
            ps.setString(1, region);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Map<String, Long> counts = new LinkedHashMap<>();
                for (int i = 0; i < COUNTS.size(); i++) {
                    long v = rs.getLong(i + 2);
                    counts.put(COUNTS.get(i), rs.wasNull() ? null : v);
                }
                return new Expected(rs.getLong(1), counts);
            }
        }
    }

    /** (region/year) -> the totals' sums, keys whose sums are all zero left out. */
    private Map<String, String> ledger() throws SQLException {
        StringBuilder cols = new StringBuilder("sum(facilities)");
        for (String c : COLUMNS) {
            cols.append(", sum(").append(c).append("), sum(").append(c).append("_n)");
        }
        Map<String, String> out = totals("select region_code || '/' || year, concat_ws(',', " + cols
                + ") from facility_totals group by region_code, year");
        out.values().removeIf(v -> v.matches("[0,]*"));
        return out;
    }

    /** (region/year) -> the same sums straight from the facility-year rows. */
    private Map<String, String> recomputed() throws SQLException {
        StringBuilder cols = new StringBuilder("count(*)");
        for (String c : COLUMNS) {
            cols.append(", coalesce(sum(fr.").append(c).append("), 0), count(fr.").append(c).append(")");
        }
        return totals("select f.region_code || '/' || fr.year, concat_ws(',', " + cols + """
                ) from facility_resource fr join facility f on f.id = fr.facility_id
                where (f.closed_year is null or fr.year <= f.closed_year)
                  and (f.opened_year is null or fr.year >= f.opened_year)
                group by f.region_code, fr.year""");
    }

    private Map<String, String> totals(String q) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(q); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
            ps.executeUpdate();
        }
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("update data_revision set revision = revision + 1")) {
            ps.executeUpdate();
        }
    }
}
