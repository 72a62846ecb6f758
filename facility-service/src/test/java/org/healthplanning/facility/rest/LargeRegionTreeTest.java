package org.healthplanning.facility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.healthplanning.platform.testing.PostgresResource;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The recursive aggregation on a tree of a thousand regions with 20 000 facilities, written straight
 * into the test database (the service has no endpoint that makes such data: the benchmark loads its
 * own through the public API), and the absence of any synthetic-data endpoint.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class LargeRegionTreeTest {
    static final String ROOT = "SYNTH";

    @Inject
    EntityManager em;

    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    @AfterEach
    void removeTree() {
        QuarkusTransaction.requiringNew().run(this::clear);
    }

    /** A tree of {@code regions} regions under {@value #ROOT} (ten children each), their population, facilities and resources. */
    void writeTree(int regions, int facilities, int years, int fromYear) {
        QuarkusTransaction.requiringNew().run(() -> {
            clear();
            em.createNativeQuery("insert into region (code, name, level, parent_code) values ('" + ROOT + "', '合成数据（synthetic）', 'OTHER', null)")
                    .executeUpdate();
            em.createNativeQuery("""
                    insert into region (code, name, level, parent_code)
                    select 'SYNTH-' || i, '合成区域 ' || i || '（synthetic）',
                           case when i <= 10 then 'CITY' when i <= 110 then 'DISTRICT' else 'TOWN' end,
                           case when i <= 10 then 'SYNTH' else 'SYNTH-' || ((i - 1) / 10) end
                    from generate_series(1, :n) as i""").setParameter("n", regions).executeUpdate();
            em.createNativeQuery("""
                    insert into population (region_code, year, residents, projected, source)
                    select r.code, y, 20000 + (r.id * 7919 + y * 31) % 180000, false, 'synthetic'
                    from region r cross join generate_series(:from, :from + :years - 1) as y
                    where (r.code = 'SYNTH' or r.code like 'SYNTH-%')""")
                    .setParameter("from", fromYear).setParameter("years", years).executeUpdate();
            em.createNativeQuery("""
                    insert into facility (code, name, region_code, type, ownership, opened_year, source)
                    select 'SYNTH-F' || j, '合成机构 ' || j || '（synthetic）', 'SYNTH-' || (1 + (j * 7) % :n),
                           (array['GENERAL_HOSPITAL','TCM_HOSPITAL','COMMUNITY_HEALTH_CENTER','TOWNSHIP_HEALTH_CENTER','VILLAGE_CLINIC','CLINIC'])[1 + j % 6],
                           case when j % 4 = 0 then 'PRIVATE' else 'PUBLIC' end, 1990, 'synthetic'
                    from generate_series(1, :m) as j""").setParameter("n", regions).setParameter("m", facilities).executeUpdate();
            em.createNativeQuery("""
                    insert into facility_resource (facility_id, year, beds, licensed_doctors, tcm_doctors, registered_nurses,
                        pharmacists, general_practitioners, health_technicians, public_health_staff, ambulances, childcare_slots)
                    select f.id, y, (f.id * 13 + y) % 400, (f.id * 7 + y) % 150, (f.id + y) % 30, (f.id * 11 + y) % 180,
                           (f.id + y) % 15, (f.id + y) % 12, (f.id * 17 + y) % 420, (f.id + y) % 10, (f.id + y) % 3, (f.id + y) % 20
                    from facility f cross join generate_series(:from, :from + :years - 1) as y
                    where f.code like 'SYNTH-F%'""")
                    .setParameter("from", fromYear).setParameter("years", years).executeUpdate();
            // what the services' own writes do: cached ratios are not taken for current
            em.createNativeQuery("update data_revision set revision = revision + 1").executeUpdate();
        });
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("analyze region, population, facility, facility_resource").executeUpdate());
    }

    private void clear() {
        em.createNativeQuery("delete from facility_resource where facility_id in (select id from facility where code like 'SYNTH-F%')")
                .executeUpdate();
        em.createNativeQuery("delete from facility where code like 'SYNTH-F%'").executeUpdate();
        em.createNativeQuery("delete from population where (region_code = 'SYNTH' or region_code like 'SYNTH-%')").executeUpdate();
        em.createNativeQuery("delete from region_resource where (region_code = 'SYNTH' or region_code like 'SYNTH-%')").executeUpdate();
        em.createNativeQuery("delete from region where code = 'SYNTH' or code like 'SYNTH-%'").executeUpdate();
        em.createNativeQuery("update data_revision set revision = revision + 1").executeUpdate();
    }

    @Test
    void aTreeOfAThousandRegionsAggregatesToTheSumOfItsBranches() {
        int regions = 1000;
        int facilities = 20000;
        writeTree(regions, facilities, 5, 2020);

        long started = System.nanoTime();
        JsonPath root = given().when().get("/api/v1/regions/SYNTH/ratios?year=2022").then().statusCode(200)
                .body("facilityCount", equalTo(facilities)).body("basis", equalTo("FACILITIES"))
                .extract().jsonPath();
        long rootMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        given().when().get("/api/v1/regions/SYNTH/ratios?from=2020&to=2024").then().statusCode(200);
        long seriesMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        given().when().get("/api/v1/regions/SYNTH/ratios?year=2023").then().statusCode(200).body("facilityCount", equalTo(facilities));
        long againMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("ratios over %d regions / %d facilities: one year %d ms (first call), %d ms (again), five-year series %d ms%n",
                regions, facilities, rootMillis, againMillis, seriesMillis);

        long beds = 0;
        long doctors = 0;
        int counted = 0;
        for (int i = 1; i <= 10; i++) {
            JsonPath branch = given().when().get("/api/v1/regions/SYNTH-" + i + "/ratios?year=2022").then().statusCode(200).extract().jsonPath();
            beds += branch.getLong("counts.beds");
            doctors += branch.getLong("counts.licensedDoctors");
            counted += branch.getInt("facilityCount");
        }
        assertEquals(facilities, counted);
        assertEquals(root.getLong("counts.beds"), beds);
        assertEquals(root.getLong("counts.licensedDoctors"), doctors);
        given().when().get("/api/v1/regions?parentCode=SYNTH&size=500").then().statusCode(200).body("total", equalTo(10));
    }

    @Test
    void thereIsNoSyntheticDataEndpoint() {
        for (String method : new String[] {"POST", "DELETE"}) {
            given().when().request(method, "/api/v1/admin/synthetic-data?regions=1&facilities=1&years=1")
                    .then().statusCode(404).contentType("application/problem+json");
        }
        given().when().get("/api/v1/regions/SYNTH-1").then().statusCode(404);
        Map<String, Object> paths = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        assertFalse(paths.keySet().stream().anyMatch(p -> p.contains("synthetic") || p.contains("/admin/")), paths.keySet().toString());
    }
}
