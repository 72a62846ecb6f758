package org.healthplanning.suite.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A country-sized SYNTHETIC data set, written through the gateway's public API: provinces, cities,
 * districts and towns with valid administrative division codes (provinces 110000, 120000, …; cities
 * PPCC00; districts PPCCDD; towns PPCCDDTTT000), population for every province, city and district,
 * facilities with six years of resources, plans of ten years (2021–2030) with indicator rows and ten
 * yearly values each, and capital projects. Facility codes start with SYN-N, plan codes with syn-n-,
 * every name says SYNTHETIC, and the numbers are made up from fixed seeds.
 *
 * <p>The region model has no level above the province (only a province has no parent), so the
 * "country" is the set of all provinces; its figures are taken over every province.
 */
final class NationalData {
    /** The full run's evaluation year, first year of resources and facility types. */
    static final int EVALUATION_YEAR = SyntheticData.EVALUATION_YEAR;
    static final int FIRST_YEAR = SyntheticData.FIRST_YEAR;
    private static final String[] TYPES = SyntheticData.TYPES;

    private final Api api;
    private final NationalScale scale;
    private final PrintStream out;
    private final int threads;
    /** Seconds and rows of each kind loaded, in load order. */
    final Map<String, double[]> loadTimes = new LinkedHashMap<>();

    NationalData(Api api, NationalScale scale, int threads, PrintStream out) {
        if (scale.provinces > 89 || scale.cities > scale.provinces * 99 || scale.districts > scale.cities * 99
                || scale.towns > scale.districts * 999 || scale.cities < scale.provinces || scale.districts < scale.cities) {
            throw new IllegalArgumentException("scale does not fit the division codes: " + scale);
        }
        this.api = api;
        this.scale = scale;
        this.threads = threads;
        this.out = out;
    }

    String provinceCode(int p) {
        return String.format(Locale.ROOT, "%02d0000", 11 + p);
    }

    /** City {@code c}: the provinces take their cities in turn (the 340 of 31 provinces: 10 or 11 each). */
    String cityCode(int c) {
        return String.format(Locale.ROOT, "%02d%02d00", 11 + c % scale.provinces, c / scale.provinces + 1);
    }

    String districtCode(int d) {
        return cityCode(d % scale.cities).substring(0, 4) + String.format(Locale.ROOT, "%02d", d / scale.cities + 1);
    }

    String townCode(int t) {
        return districtCode(t % scale.districts) + String.format(Locale.ROOT, "%03d000", t / scale.districts + 1);
    }

    String facilityCode(int i) {
        return String.format(Locale.ROOT, "SYN-N%07d", i);
    }

    /** Plans 0 … districts-1 are the districts'; the rest belong to cities. */
    String planCode(int k) {
        return String.format(Locale.ROOT, "syn-n-plan-%04d", k);
    }

    String planRegion(int k) {
        return k < scale.districts ? districtCode(k) : cityCode((k - scale.districts) % scale.cities);
    }

    List<String> provinceCodes() {
        List<String> codes = new ArrayList<>();
        for (int p = 0; p < scale.provinces; p++) {
            codes.add(provinceCode(p));
        }
        return codes;
    }

    /** The facility's fields as imported (and as a later PUT sends them again). */
    ObjectNode facility(int i) {
        return api.json.createObjectNode()
                .put("code", facilityCode(i))
                .put("name", "SYNTHETIC facility " + i)
                .put("regionCode", townCode(i % scale.towns))
                .put("type", TYPES[i % TYPES.length])
                .put("ownership", i % 4 == 0 ? "PRIVATE" : "PUBLIC")
                .put("openedYear", 2000 + i % 20);
    }

    void loadAll() throws Exception {
        loadRegions();
        loadPopulation();
        importFacilities();
        loadPlans();
        loadProjects();
    }

    void loadRegions() throws Exception {
        long t0 = System.nanoTime();
        parallel(scale.provinces, p -> putRegion(provinceCode(p), "SYNTHETIC province " + (p + 1), "PROVINCE", null));
        parallel(scale.cities, c -> putRegion(cityCode(c), "SYNTHETIC city " + (c + 1), "CITY", provinceCode(c % scale.provinces)));
        parallel(scale.districts, d -> putRegion(districtCode(d), "SYNTHETIC district " + (d + 1), "DISTRICT", cityCode(d % scale.cities)));
        AtomicInteger done = new AtomicInteger();
        int every = Math.max(1, scale.towns / 4);
        parallel(scale.towns, t -> {
            putRegion(townCode(t), "SYNTHETIC town " + (t + 1), "TOWN", districtCode(t % scale.districts));
            int n = done.incrementAndGet();
            if (n % every == 0) {
                out.printf("  towns: %d of %d (%.0f regions/s)%n", n, scale.towns, n / ((System.nanoTime() - t0) / 1e9));
            }
        });
        int regions = scale.provinces + scale.cities + scale.districts + scale.towns;
        record("regions", t0, regions);
    }

    private void putRegion(String code, String name, String level, String parent) throws Exception {
        ObjectNode r = api.json.createObjectNode().put("code", code).put("name", name).put("level", level);
        if (parent != null) {
            r.put("parentCode", parent);
        }
        api.put("/api/v1/regions/" + code, r);
    }

    /** Each district 100 000–1 200 000 residents; a city the sum of its districts, a province of its cities; six years each. */
    void loadPopulation() throws Exception {
        long t0 = System.nanoTime();
        Random random = new Random(20260102L);
        long[] district = new long[scale.districts];
        long[] city = new long[scale.cities];
        long[] province = new long[scale.provinces];
        for (int d = 0; d < scale.districts; d++) {
            district[d] = 100_000 + random.nextInt(1_100_000);
            city[d % scale.cities] += district[d];
        }
        for (int c = 0; c < scale.cities; c++) {
            province[c % scale.provinces] += city[c];
        }
        List<String> codes = new ArrayList<>();
        List<Long> residents = new ArrayList<>();
        for (int p = 0; p < scale.provinces; p++) {
            codes.add(provinceCode(p));
            residents.add(province[p]);
        }
        for (int c = 0; c < scale.cities; c++) {
            codes.add(cityCode(c));
            residents.add(city[c]);
        }
        for (int d = 0; d < scale.districts; d++) {
            codes.add(districtCode(d));
            residents.add(district[d]);
        }
        int years = NationalScale.FACILITY_YEARS;
        parallel(codes.size() * years, i -> {
            int year = FIRST_YEAR + i % years;
            long base = residents.get(i / years);
            api.put("/api/v1/regions/" + codes.get(i / years) + "/population/" + year, api.json.createObjectNode().put("year", year)
                    .put("residents", base + (year - FIRST_YEAR) * base / 200).put("projected", false).put("source", "SYNTHETIC"));
        });
        record("population rows", t0, codes.size() * years);
    }

    /** The facilities, {@link NationalScale#importChunk} per import, one import at a time; progress as it goes. */
    void importFacilities() throws Exception {
        long t0 = System.nanoTime();
        Random random = new Random(20260101L);
        long lastNanos = t0;
        int lastDone = 0;
        for (int start = 0; start < scale.facilities; start += scale.importChunk) {
            int end = Math.min(scale.facilities, start + scale.importChunk);
            ArrayNode rows = api.json.createArrayNode();
            for (int i = start; i < end; i++) {
                ObjectNode f = facility(i);
                rows.add(f);
                ArrayNode resources = f.putArray("resources");
                int beds = 5 + random.nextInt(300);
                for (int year = FIRST_YEAR; year < FIRST_YEAR + NationalScale.FACILITY_YEARS; year++) {
                    int doctors = 1 + beds / 3 + random.nextInt(5);
                    resources.addObject().put("year", year).put("beds", beds + year - FIRST_YEAR)
                            .put("licensedDoctors", doctors).put("tcmDoctors", doctors / 5)
                            .put("registeredNurses", doctors + doctors / 4).put("pharmacists", doctors / 8)
                            .put("generalPractitioners", doctors / 6).put("healthTechnicians", doctors * 3)
                            .put("publicHealthStaff", doctors / 10).put("ambulances", beds / 100);
                }
            }
            api.post("/api/v1/facilities/import", rows);
            if (end % scale.progressEvery == 0 || end == scale.facilities) {
                long now = System.nanoTime();
                out.printf("  facilities: %,d of %,d in %.0f s (%.0f/s overall, %.0f/s since the last line)%n", end, scale.facilities,
                        (now - t0) / 1e9, end / ((now - t0) / 1e9), (end - lastDone) / ((now - lastNanos) / 1e9));
                lastNanos = now;
                lastDone = end;
            }
        }
        record("facilities (x" + NationalScale.FACILITY_YEARS + " years)", t0, scale.facilities);
    }

    /** Each plan: the plan, its indicator rows (one import), then ten yearly values per row (one import). */
    void loadPlans() throws Exception {
        long t0 = System.nanoTime();
        List<JsonNode> definitions = new ArrayList<>();
        api.get("/api/v1/indicator-definitions?size=500").path("items").forEach(definitions::add);
        AtomicInteger done = new AtomicInteger();
        int every = Math.max(1, scale.plans / 10);
        parallel(scale.plans, k -> {
            Random random = new Random(7_000_000L + k);
            String plan = planCode(k);
            api.put("/api/v1/plans/" + plan, api.json.createObjectNode().put("code", plan).put("regionCode", planRegion(k))
                    .put("regionName", "SYNTHETIC " + planRegion(k)).put("title", "SYNTHETIC plan " + plan)
                    .put("periodStart", 2021).put("periodEnd", 2030).put("baselineYear", 2020).put("targetYear", 2030)
                    .put("issuer", "SYNTHETIC"));
            api.post("/api/v1/plans/" + plan + "/indicators/import?mode=replace", indicators(definitions, random));
            ArrayNode values = api.json.createArrayNode();
            for (JsonNode row : api.get("/api/v1/plans/" + plan + "/indicators?size=500").path("items")) {
                double baseline = row.path("baseline").path("value").asDouble(50);
                for (int year = 2021; year < 2021 + NationalScale.VALUE_YEARS; year++) {
                    values.addObject().put("indicatorId", row.path("id").asLong()).put("year", year)
                            .put("value", Math.round((baseline + random.nextDouble() * 4 - 1) * 100) / 100.0)
                            .put("status", "FINAL").put("source", "SYNTHETIC");
                }
            }
            api.post("/api/v1/plans/" + plan + "/values/import?mode=replace", values);
            int n = done.incrementAndGet();
            if (n % every == 0) {
                out.printf("  plans: %d of %d (%.1f plans/s)%n", n, scale.plans, n / ((System.nanoTime() - t0) / 1e9));
            }
        });
        record("plans (" + scale.indicatorsPerPlan + " rows x " + NationalScale.VALUE_YEARS + " values each)", t0, scale.plans);
        loadTimes.put("  of which monitoring values", new double[] {loadTimes.get(lastKey())[0],
                (double) scale.plans * scale.indicatorsPerPlan * NationalScale.VALUE_YEARS});
    }

    private String lastKey() {
        String last = null;
        for (String k : loadTimes.keySet()) {
            last = k;
        }
        return last;
    }

    private ArrayNode indicators(List<JsonNode> definitions, Random random) {
        return SyntheticData.indicatorRows(api.json.createArrayNode(), definitions, scale.indicatorsPerPlan, 0.2, 2030, random);
    }

    /** The projects, spread over the plans (one import per plan), in the plan's region. */
    void loadProjects() throws Exception {
        long t0 = System.nanoTime();
        parallel(scale.plans, k -> {
            int count = scale.projects / scale.plans + (k < scale.projects % scale.plans ? 1 : 0);
            if (count == 0) {
                return;
            }
            Random random = new Random(9_000_000L + k);
            ArrayNode rows = api.json.createArrayNode();
            for (int p = 1; p <= count; p++) {
                SyntheticData.projectRow(rows, planCode(k), planRegion(k), k + "-" + p, p, 2019 + random.nextInt(10), random);
            }
            api.post("/api/v1/projects/import?planCode=" + planCode(k) + "&mode=replace", rows);
        });
        record("projects", t0, scale.projects);
    }

    private void record(String kind, long t0, double rows) {
        double seconds = (System.nanoTime() - t0) / 1e9;
        loadTimes.put(kind, new double[] {seconds, rows});
        out.printf("Loaded %s: %,.0f in %.1f s (%.0f/s)%n", kind, rows, seconds, rows / seconds);
    }

    interface Task {
        void run(int i) throws Exception;
    }

    /** Runs {@code task(0 … n-1)} on {@link #threads} threads; the first failure stops the rest and is thrown. */
    void parallel(int n, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        task.run(i);
                    }
                    return null;
                }));
            }
            for (Future<?> f : workers) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    next.set(n);
                    throw e.getCause() instanceof Exception ex ? ex : e;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
