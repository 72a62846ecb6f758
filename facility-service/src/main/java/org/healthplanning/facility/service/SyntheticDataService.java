package org.healthplanning.facility.service;

import org.healthplanning.platform.audit.AuditService;
import org.healthplanning.platform.problem.DomainException;
import org.healthplanning.platform.security.Caller;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SYNTHETIC data for benchmarks, never loaded by default: a tree of N regions (ten children per
 * region under the root {@value #ROOT}), their population for Y years, M facilities and their
 * resources for each year. Every code starts with {@value #ROOT} and every name says 合成 (synthetic),
 * so the set is easy to tell apart and to remove. The numbers are made up by formula.
 */
@ApplicationScoped
public class SyntheticDataService {
    public static final String ROOT = "SYNTH";

    @Inject
    EntityManager em;
    @Inject
    Caller caller;
    @Inject
    AuditService audit;

    @Transactional
    public Map<String, Object> generate(int regions, int facilities, int years, int fromYear) {
        if (regions < 1 || regions > 1_000_000) {
            throw DomainException.invalid("regions", "must be between 1 and 1000000");
        }
        if (facilities < 0 || facilities > 5_000_000) {
            throw DomainException.invalid("facilities", "must be between 0 and 5000000");
        }
        if (years < 1 || years > 50) {
            throw DomainException.invalid("years", "must be between 1 and 50");
        }
        caller.requireAdmin("synthetic data");
        long started = System.nanoTime();
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
        // fresh statistics, so the planner sees the new sizes when the first ratios are asked for
        em.createNativeQuery("analyze region, population, facility, facility_resource").executeUpdate();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("synthetic", true);
        out.put("rootRegion", ROOT);
        out.put("regions", regions + 1);
        out.put("facilities", facilities);
        out.put("years", years);
        out.put("fromYear", fromYear);
        out.put("resourceRows", (long) facilities * years);
        out.put("millis", (System.nanoTime() - started) / 1_000_000);
        audit.record(AuditService.CREATE, "synthetic-data", ROOT, ROOT, null, audit.snapshot(out));
        return out;
    }

    @Transactional
    public void removeAll() {
        caller.requireAdmin("synthetic data");
        clear();
        audit.record(AuditService.DELETE, "synthetic-data", ROOT, ROOT, null, null);
    }

    private void clear() {
        em.createNativeQuery("delete from facility_resource where facility_id in (select id from facility where code like 'SYNTH-F%')")
                .executeUpdate();
        em.createNativeQuery("delete from facility where code like 'SYNTH-F%'").executeUpdate();
        em.createNativeQuery("delete from population where (region_code = 'SYNTH' or region_code like 'SYNTH-%')").executeUpdate();
        em.createNativeQuery("delete from region_resource where (region_code = 'SYNTH' or region_code like 'SYNTH-%')").executeUpdate();
        em.createNativeQuery("delete from region where code = 'SYNTH' or code like 'SYNTH-%'").executeUpdate();
    }
}
