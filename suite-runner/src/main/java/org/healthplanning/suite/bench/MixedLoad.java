package org.healthplanning.suite.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Readers and writers at once through the gateway (by default 32 + 4 on a fixed pool of 36 threads):
 * readers cycle through a plan's overview and evaluation, a district's ratios, a 50-row facility page
 * and a 50-row page of plan rows; writers cycle through a monitoring value (PUT), a new project (POST)
 * and a facility's yearly resources (PUT), and after each write read the resource back through the
 * gateway and check that the written value is there. Every answer that is not 2xx counts as an error
 * and is printed; every read-back that misses its write counts as a read-your-write violation.
 * Latency percentiles come from all measured latencies, sorted (nearest rank).
 */
final class MixedLoad {
    /** What the clients read and write: plans with their regions, districts, facility codes, and the years to use. */
    record Target(List<String> plans, List<String> districts, List<String> facilities, int year, int valueYearFrom, int valueYearTo) {
    }

    /** Outcome: total requests, errors and violations (both must be 0 for the run to pass). */
    record Outcome(long requests, long errors, long violations) {
    }

    private static final String[] READS = {"read: plan overview", "read: plan evaluation", "read: district ratios",
        "read: 50 facilities page", "read: 50 plan rows page"};
    private static final int MAX_PRINTED = 20;

    private final Api api;
    private final Target target;
    private final int readers;
    private final int writers;
    private final Duration duration;
    private final Duration warmup;
    private final PrintStream out;
    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final AtomicLong violations = new AtomicLong();
    private final AtomicLong degraded = new AtomicLong();
    private final Map<String, AtomicLong> degradedBy = new ConcurrentHashMap<>();
    private final List<String> printed = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean measuring;
    private volatile boolean stop;

    MixedLoad(Api api, Target target, int readers, int writers, Duration duration, PrintStream out) {
        this.api = api;
        this.target = target;
        this.readers = readers;
        this.writers = writers;
        this.duration = duration;
        this.warmup = Duration.ofSeconds(Math.min(5, Math.max(1, duration.toSeconds() / 10)));
        this.out = out;
    }

    /**
     * Runs the load, sampling {@code rss} (KiB by service) every 2 s, and prints the table. Answers the
     * outcome; the caller decides what a failure means for its exit status.
     */
    Outcome run(Supplier<Map<String, Long>> rss) throws Exception {
        out.printf("Mixed load: %d readers and %d writers through the gateway for %d s (after %d s of warm-up)%n",
                readers, writers, duration.toSeconds(), warmup.toSeconds());
        List<List<long[]>> rows = writerRows();
        Map<String, Long> peak = new TreeMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(readers + writers);
        long measuredNanos;
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int r = 0; r < readers; r++) {
                int reader = r;
                tasks.add(pool.submit(() -> {
                    read(reader);
                    return null;
                }));
            }
            for (int w = 0; w < writers; w++) {
                int writer = w;
                tasks.add(pool.submit(() -> {
                    write(writer, rows.get(writer));
                    return null;
                }));
            }
            Thread.sleep(warmup.toMillis());
            latencies.clear();
            measuring = true;
            long t0 = System.nanoTime();
            long end = t0 + duration.toNanos();
            while (System.nanoTime() < end) {
                rss.get().forEach((service, kb) -> peak.merge(service, kb, Math::max));
                Thread.sleep(Math.min(2000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            }
            measuring = false;
            measuredNanos = System.nanoTime() - t0;
            stop = true;
            for (Future<?> f : tasks) {
                f.get();
            }
        } finally {
            stop = true;
            pool.shutdownNow();
        }
        return print(measuredNanos / 1e9, peak);
    }

    /** For each writer, the plan rows it writes values to: plans are split among the writers so that no two write the same value. */
    private List<List<long[]>> writerRows() throws Exception {
        List<List<long[]>> rows = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            List<long[]> mine = new ArrayList<>();
            for (int k = w, n = 0; k < target.plans().size() && n < 8; k += writers, n++) {
                for (JsonNode row : api.get("/api/v1/plans/" + target.plans().get(k) + "/indicators?size=500").path("items")) {
                    mine.add(new long[] {k, row.path("id").asLong()});
                }
            }
            if (mine.isEmpty()) {
                throw new IllegalStateException("writer " + w + " has no plan rows to write values to (" + target.plans().size()
                        + " plans for " + writers + " writers)");
            }
            rows.add(mine);
        }
        return rows;
    }

    private void read(int reader) {
        Random random = new Random(1000 + reader);
        for (long n = reader; !stop; n++) {
            String op = READS[(int) (n % READS.length)];
            int k = random.nextInt(target.plans().size());
            String plan = target.plans().get(k);
            String district = target.districts().get(random.nextInt(target.districts().size()));
            String path = switch ((int) (n % READS.length)) {
                case 0 -> "/api/v1/plans/" + plan + "/overview?year=" + target.year();
                case 1 -> "/api/v1/plans/" + plan + "/evaluation?year=" + target.year();
                case 2 -> "/api/v1/regions/" + district + "/ratios?year=" + target.year();
                case 3 -> "/api/v1/facilities?regionCode=" + district + "&size=50";
                default -> "/api/v1/plans/" + plan + "/indicators?size=50";
            };
            Api.Answer a = call(op, "GET", path, null);
            if (a != null && a.ok() && n % READS.length == 0 && a.text().contains("\"degraded\":[\"")) {
                degraded.incrementAndGet();
                try {
                    api.read(a).path("degraded").forEach(s -> degradedBy.computeIfAbsent(s.asText(), x -> new AtomicLong()).incrementAndGet());
                } catch (java.io.IOException e) {
                    degradedBy.computeIfAbsent("unreadable answer", x -> new AtomicLong()).incrementAndGet();
                }
            }
        }
    }

    private void write(int writer, List<long[]> rows) {
        Random random = new Random(2000 + writer);
        List<Integer> facilities = new ArrayList<>();
        for (int i = writer; i < target.facilities().size(); i += writers) {
            facilities.add(i);
        }
        for (long n = 0; !stop; n++) {
            try {
                switch ((int) ((n + writer) % 3)) {
                    case 0 -> writeValue(writer, n, rows.get(random.nextInt(rows.size())), random);
                    case 1 -> writeProject(writer, n, random);
                    default -> writeResources(writer, n, target.facilities().get(facilities.get(random.nextInt(facilities.size()))), random);
                }
            } catch (Exception e) {
                errors.computeIfAbsent("writer", x -> new AtomicLong()).incrementAndGet();
                note("writer " + writer + ": " + e);
            }
        }
    }

    private void writeValue(int writer, long n, long[] row, Random random) throws Exception {
        String plan = target.plans().get((int) row[0]);
        int year = target.valueYearFrom() + random.nextInt(target.valueYearTo() - target.valueYearFrom() + 1);
        BigDecimal value = BigDecimal.valueOf(100_000L * (writer + 1) + n % 100_000, 2);
        String path = "/api/v1/plans/" + plan + "/indicators/" + row[1] + "/values/" + year;
        ObjectNode body = api.json.createObjectNode().put("year", year).put("value", value).put("status", "PROVISIONAL")
                .put("source", "SYNTHETIC mixed load");
        if (ok(call("write: monitoring value (PUT)", "PUT", path, body))) {
            Api.Answer back = call("read-back: monitoring value", "GET", path, null);
            if (ok(back) && api.read(back).path("value").decimalValue().compareTo(value) != 0) {
                violation("monitoring value " + path + ": wrote " + value + ", read " + api.read(back).path("value"));
            }
        }
    }

    private void writeProject(int writer, long n, Random random) throws Exception {
        String plan = target.plans().get(random.nextInt(target.plans().size()));
        String name = "SYNTHETIC mixed-load project " + writer + "-" + n;
        int investment = 100 + random.nextInt(20_000);
        ObjectNode body = api.json.createObjectNode().put("planCode", plan).put("seq", "M" + writer + "-" + n)
                .put("programme", "SYNTHETIC mixed load").put("name", name).put("content", "SYNTHETIC: 设医疗床位20张")
                .put("constructionTypeRaw", "新建").put("floorAreaM2", 1000 + random.nextInt(50_000)).put("investment10kCny", investment)
                .put("yearsRaw", "2024-2026").put("newLandMu", random.nextInt(40)).put("statusRaw", "已立项");
        Api.Answer created = call("write: project (POST)", "POST", "/api/v1/projects", body);
        if (!ok(created)) {
            return;
        }
        String location = created.location() != null ? created.location() : "/api/v1/projects/" + api.read(created).path("id").asText();
        if (location.startsWith("http")) {
            location = location.replaceFirst("^https?://[^/]+", "");
        }
        Api.Answer back = call("read-back: project", "GET", location, null);
        if (ok(back)) {
            JsonNode p = api.read(back);
            if (!name.equals(p.path("name").asText()) || p.path("investment10kCny").decimalValue().compareTo(BigDecimal.valueOf(investment)) != 0) {
                violation("project " + location + ": wrote " + name + " / " + investment + ", read " + p.path("name") + " / "
                        + p.path("investment10kCny"));
            }
        }
    }

    private void writeResources(int writer, long n, String facility, Random random) throws Exception {
        int year = target.year();
        int beds = 1000 + writer * 100_000 + (int) (n % 100_000);
        int doctors = 1 + random.nextInt(300);
        String path = "/api/v1/facilities/" + facility + "/resources";
        ObjectNode body = api.json.createObjectNode().put("year", year).put("beds", beds).put("licensedDoctors", doctors)
                .put("tcmDoctors", doctors / 5).put("registeredNurses", doctors + doctors / 4).put("pharmacists", doctors / 8)
                .put("generalPractitioners", doctors / 6).put("healthTechnicians", doctors * 3).put("publicHealthStaff", doctors / 10)
                .put("ambulances", beds / 100);
        if (ok(call("write: facility resources (PUT)", "PUT", path + "/" + year, body))) {
            Api.Answer back = call("read-back: facility resources", "GET", path, null);
            if (ok(back)) {
                int read = -1;
                for (JsonNode r : api.read(back)) {
                    if (r.path("year").asInt() == year) {
                        read = r.path("beds").asInt();
                    }
                }
                if (read != beds) {
                    violation("facility resources " + path + "/" + year + ": wrote beds " + beds + ", read " + read);
                }
            }
        }
    }

    private static boolean ok(Api.Answer a) {
        return a != null && a.ok();
    }

    /** One timed request; a non-2xx answer or a failure is counted as an error of {@code op} and noted. */
    private Api.Answer call(String op, String method, String path, JsonNode body) {
        long t0 = System.nanoTime();
        try {
            Api.Answer a = api.send(method, path, body, Duration.ofSeconds(60));
            long took = System.nanoTime() - t0;
            if (measuring) {
                latencies.computeIfAbsent(op, x -> Collections.synchronizedList(new ArrayList<>())).add(took);
            }
            if (!a.ok()) {
                errors.computeIfAbsent(op, x -> new AtomicLong()).incrementAndGet();
                note(op + ": " + method + " " + path + " answered " + a.status() + ": " + a.excerpt());
            }
            return a;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                stop = true;
                return null;
            }
            errors.computeIfAbsent(op, x -> new AtomicLong()).incrementAndGet();
            note(op + ": " + method + " " + path + " failed: " + e);
            return null;
        }
    }

    private void violation(String what) {
        violations.incrementAndGet();
        note("READ-YOUR-WRITE VIOLATION: " + what);
    }

    private void note(String line) {
        if (printed.size() < MAX_PRINTED) {
            printed.add(line);
            out.println("  " + line);
        }
    }

    private Outcome print(double seconds, Map<String, Long> peakRss) {
        List<String[]> table = new ArrayList<>();
        long total = 0;
        long totalErrors = 0;
        long reads = 0;
        long writes = 0;
        List<String> ops = new ArrayList<>(List.of(READS));
        ops.addAll(List.of("write: monitoring value (PUT)", "read-back: monitoring value", "write: project (POST)", "read-back: project",
                "write: facility resources (PUT)", "read-back: facility resources"));
        for (String op : latencies.keySet()) {
            if (!ops.contains(op)) {
                ops.add(op);
            }
        }
        for (String op : ops) {
            List<Long> l = latencies.getOrDefault(op, List.of());
            long[] sorted;
            synchronized (l) {
                sorted = l.stream().mapToLong(Long::longValue).toArray();
            }
            Arrays.sort(sorted);
            long err = errors.getOrDefault(op, new AtomicLong()).get();
            total += sorted.length;
            totalErrors += err;
            if (op.startsWith("read:")) {
                reads += sorted.length;
            } else if (op.startsWith("write:")) {
                writes += sorted.length;
            }
            table.add(new String[] {op, Long.toString(sorted.length), fmt(sorted.length / seconds), ms(percentile(sorted, 0.50)),
                    ms(percentile(sorted, 0.99)), ms(sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1]), Long.toString(err)});
        }
        long writerErrors = errors.getOrDefault("writer", new AtomicLong()).get();
        totalErrors += writerErrors;
        out.println();
        out.printf(Locale.ROOT, "Mixed load through the gateway (%d readers, %d writers, %.0f s measured, %d cores)%n", readers, writers, seconds,
                Runtime.getRuntime().availableProcessors());
        Benchmark.Report.table(out, new String[] {"operation", "requests", "req/s", "p50 ms", "p99 ms", "max ms", "errors"}, table);
        out.println();
        out.printf(Locale.ROOT, "throughput: %.0f req/s in all (reads %.0f/s, writes %.0f/s, read-backs %.0f/s)%n", total / seconds,
                reads / seconds, writes / seconds, (total - reads - writes) / seconds);
        out.printf("errors (non-2xx or failed): %d%s%n", totalErrors, writerErrors > 0 ? " (" + writerErrors + " in the writers' own checks)" : "");
        out.printf("read-your-write violations: %d%n", violations.get());
        StringBuilder by = new StringBuilder();
        new TreeMap<>(degradedBy).forEach((service, count) -> by.append(by.length() == 0 ? " (" : ", ").append(service).append(' ').append(count));
        out.printf("overviews answered degraded (200, a backend too slow): %d%s%n", degraded.get(), by.length() == 0 ? "" : by + ")");
        if (!peakRss.isEmpty()) {
            StringBuilder s = new StringBuilder("peak RSS under the mixed load:");
            peakRss.forEach((service, kb) -> s.append(' ').append(service).append(' ').append(kb / 1024).append(" MB;"));
            out.println(s.substring(0, s.length() - 1));
        }
        out.println(totalErrors == 0 && violations.get() == 0 ? "Mixed load: PASSED (0 errors, 0 read-your-write violations)"
                : "Mixed load: FAILED (" + totalErrors + " errors, " + violations.get() + " read-your-write violations)");
        return new Outcome(total, totalErrors, violations.get());
    }

    /** Nearest rank: the smallest latency at or above the fraction {@code q} of all. */
    static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static String ms(double nanos) {
        return Double.isNaN(nanos) ? "-" : String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static Map<String, Long> noRss() {
        return new LinkedHashMap<>();
    }
}
