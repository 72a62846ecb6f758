package org.healthplanning.facility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import org.healthplanning.platform.testing.PostgresResource;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Uncached province ratios on the benchmark's shape (1 province, 40 districts, 400 towns, facilities in the towns with
 * 6 years each) at 10 000 and at 100 000 facilities: the endpoint with Cache-Control: no-cache, and beside it the
 * statement that summed every facility-year row of the subtree before the per-region totals (V23). Prints the
 * figures; asserts no timing. Slow, so off unless asked for:
 * {@code ./mvnw -pl facility-service -am verify -Dcontract.skip -Dtest=ProvinceRatioTimingTest -Dratio.timing=true}.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@EnabledIfSystemProperty(named = "ratio.timing", matches = "true")
class ProvinceRatioTimingTest {
    static final String PROVINCE = "RT-P";
    static final int REQUESTS = 30;

    /** The former ratios statement's facility part, for the same province and year. */
    static final String FACILITY_ROWS_SQL = """
            select fr.year, count(*), sum(fr.beds), sum(fr.licensed_doctors), sum(fr.tcm_doctors), sum(fr.registered_nurses),
                   sum(fr.pharmacists), sum(fr.general_practitioners), sum(fr.health_technicians), sum(fr.public_health_staff),
                   sum(fr.ambulances), sum(fr.childcare_slots)
            from region_ancestor s
            join facility f on f.region_code = s.region_code
            join facility_resource fr on fr.facility_id = f.id
            where s.ancestor_code = :root and fr.year between :y and :y
              and (f.closed_year is null or fr.year <= f.closed_year)
              and (f.opened_year is null or fr.year >= f.opened_year)
            group by fr.year""";

    /** The ratios statement's facility part now: the totals of the subtree's regions. */
    static final String TOTALS_SQL = """
            select t.year, sum(t.facilities), sum(t.beds), sum(t.beds_n), sum(t.licensed_doctors), sum(t.licensed_doctors_n)
            from region_ancestor s
            join facility_totals t on t.region_code = s.region_code
            where s.ancestor_code = :root and t.year between :y and :y
            group by t.year""";

    @Inject
    EntityManager em;

    @Test
    void provinceRatiosAtTenAndAHundredThousandFacilities() {
        Tokens.adminByDefault();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into region (code, name, level, parent_code) values ('" + PROVINCE + "', '计时省', 'PROVINCE', null)")
                    .executeUpdate();
            em.createNativeQuery("""
                    insert into region (code, name, level, parent_code)
                    select 'RT-D' || d, '计时区 ' || d, 'DISTRICT', 'RT-P' from generate_series(1, 40) d""").executeUpdate();
            em.createNativeQuery("""
                    insert into region (code, name, level, parent_code)
                    select 'RT-D' || d || '-T' || t, '计时镇', 'TOWN', 'RT-D' || d from generate_series(1, 40) d, generate_series(1, 10) t""")
                    .executeUpdate();
            em.createNativeQuery("""
                    insert into population (region_code, year, residents, projected)
                    select r.code, y, 50000 + r.id % 1000, false from region r, generate_series(2019, 2024) y where r.code like 'RT-%'""")
                    .executeUpdate();
        });
        load(0, 10_000);
        measure(10_000);
        load(10_000, 100_000);
        measure(100_000);
    }

    private void load(int from, int to) {
        long t = System.nanoTime();
        QuarkusTransaction.requiringNew().timeout(600).run(() -> {
            em.createNativeQuery("""
                    insert into facility (code, name, region_code, type, ownership, opened_year)
                    select 'RT-F' || j, '计时机构 ' || j, 'RT-D' || (1 + j % 40) || '-T' || (1 + (j / 40) % 10), 'CLINIC', 'PUBLIC', 2000 + j % 20
                    from generate_series(:from, :to - 1) j""").setParameter("from", from).setParameter("to", to).executeUpdate();
            em.createNativeQuery("""
                    insert into facility_resource (facility_id, year, beds, licensed_doctors, registered_nurses, health_technicians)
                    select f.id, y, f.id % 300, f.id % 90, f.id % 120, f.id % 280
                    from facility f, generate_series(2019, 2024) y
                    where f.code like 'RT-F%' and substr(f.code, 5)::int >= :from""").setParameter("from", from).executeUpdate();
            em.createNativeQuery("update data_revision set revision = revision + 1").executeUpdate();
        });
        System.out.printf("RATIO TIMING: loaded facilities %d..%d with 6 years in %.1f s (totals kept by the triggers)%n",
                from, to - 1, (System.nanoTime() - t) / 1e9);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("analyze").executeUpdate());
    }

    private void measure(int facilities) {
        for (int i = 0; i < 50; i++) {
            given().header("Cache-Control", "no-cache").when().get("/api/v1/regions/" + PROVINCE + "/ratios?year=2022")
                    .then().statusCode(200).body("facilityCount", equalTo(facilities));
        }
        double[] endpoint = new double[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long t = System.nanoTime();
            given().header("Cache-Control", "no-cache").when().get("/api/v1/regions/" + PROVINCE + "/ratios?year=2022").then().statusCode(200);
            endpoint[i] = (System.nanoTime() - t) / 1e6;
        }
        double[] totals = new double[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long t = System.nanoTime();
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(TOTALS_SQL)
                    .setParameter("root", PROVINCE).setParameter("y", 2022).getResultList());
            totals[i] = (System.nanoTime() - t) / 1e6;
        }
        double[] former = new double[10];
        for (int i = 0; i < former.length; i++) {
            long t = System.nanoTime();
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(FACILITY_ROWS_SQL)
                    .setParameter("root", PROVINCE).setParameter("y", 2022).getResultList());
            former[i] = (System.nanoTime() - t) / 1e6;
        }
        System.out.printf("RATIO TIMING: %d facilities: province ratios uncached p50 %.1f ms (min %.1f, max %.1f); "
                        + "their facility sums from the totals p50 %.1f ms (min %.1f); "
                        + "summing the facility-year rows as before: p50 %.1f ms (min %.1f)%n",
                facilities, p50(endpoint), min(endpoint), max(endpoint), p50(totals), min(totals), p50(former), min(former));
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            java.util.List<Object> plan = em.createNativeQuery("explain (analyze, costs off, timing off) " + TOTALS_SQL.replace(":root", "'" + PROVINCE + "'")
                    .replace(":y", "2022")).getResultList();
            plan.forEach(line -> System.out.println("RATIO TIMING PLAN: " + line));
        });
    }

    private static double p50(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(0);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(0);
    }
}
