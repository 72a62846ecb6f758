package org.healthplanning.suite.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.healthplanning.suite.ServiceProcess;
import org.healthplanning.suite.Suite;
import org.healthplanning.suite.SuiteOptions;

/**
 * Measures the suite on this machine: starts it on free ports with a throwaway data directory, loads
 * SYNTHETIC data through the public API, drives the endpoints with wrk and prints one table of figures
 * against the goals. {@code --smoke} runs the same steps on small data for a few seconds each.
 */
public final class Benchmark {
    private final BenchOptions options;
    private final PrintStream out;
    private final Report report = new Report();

    private Benchmark(BenchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        if (options.help) {
            System.out.println(BenchOptions.USAGE);
            return;
        }
        if (options.national != null) {
            System.exit(new NationalBenchmark(options, System.out).run());
        }
        if (options.mixed) {
            System.exit(new Benchmark(options, System.out).runMixed());
        }
        new Benchmark(options, System.out).run();
    }

    /**
     * {@code --mixed} on the full or smoke data: loads the regions, the first facilities, the plans and the
     * projects as the full run does, then runs only the mixed load ({@link MixedLoad}). Answers the exit status.
     */
    private int runMixed() throws Exception {
        Path dataDir = Files.createTempDirectory("healthplan-bench-");
        SuiteOptions suiteOptions = suiteOptions(dataDir);
        MixedLoad.Outcome outcome;
        long started = System.nanoTime();
        try (Suite suite = new Suite(suiteOptions, out)) {
            Runtime.getRuntime().addShutdownHook(new Thread(suite::close));
            suite.start();
            Map<String, ServiceProcess> services = new LinkedHashMap<>();
            suite.services().forEach(s -> services.put(s.name(), s));
            String token = org.healthplanning.suite.DevToken.admin(options.root,
                    System.getenv().getOrDefault("HEALTHPLAN_JWT_ISSUER", org.healthplanning.suite.DevToken.DEFAULT_ISSUER),
                    Duration.ofHours(2)).orElse(null);
            SyntheticData data = new SyntheticData(suite.gatewayUrl(), token, options.scale, out);
            data.loadRegionsAndPopulation();
            data.importFacilities(0, options.scale.facilities());
            data.loadPlans();
            data.loadProjects();
            List<String> plans = new ArrayList<>();
            List<String> districts = new ArrayList<>();
            for (int d = 1; d <= options.scale.districts(); d++) {
                plans.add(data.planCode(d));
                districts.add(data.districtCode(d));
            }
            List<String> facilities = new ArrayList<>();
            for (int i = 0; i < options.scale.facilities(); i++) {
                facilities.add(String.format(Locale.ROOT, "SYN-F%06d", i));
            }
            out.println();
            outcome = new MixedLoad(new Api(suite.gatewayUrl(), token),
                    new MixedLoad.Target(plans, districts, facilities, SyntheticData.EVALUATION_YEAR, 2021, 2025),
                    options.readers, options.writers, Duration.ofSeconds(options.mixedSeconds), out).run(() -> rss(services));
        } finally {
            if (!options.keepData) {
                deleteTree(dataDir);
            }
        }
        out.printf(Locale.ROOT, "%nMixed-load run (%s data) finished in %.1f min%n", options.scale.name().toLowerCase(Locale.ROOT),
                (System.nanoTime() - started) / 60e9);
        return outcome.errors() == 0 && outcome.violations() == 0 ? 0 : 1;
    }

    private void run() throws Exception {
        Wrk wrk = new Wrk(options.wrkThreads, options.wrkConnections, options.duration());
        wrk.check();
        Path dataDir = Files.createTempDirectory("healthplan-bench-");
        SuiteOptions suiteOptions = suiteOptions(dataDir);
        try (Suite suite = new Suite(suiteOptions, out)) {
            Runtime.getRuntime().addShutdownHook(new Thread(suite::close));
            suite.start();
            Map<String, ServiceProcess> services = new LinkedHashMap<>();
            suite.services().forEach(s -> services.put(s.name(), s));

            measureStartup(services, suiteOptions);

            String token = org.healthplanning.suite.DevToken.admin(options.root,
                    System.getenv().getOrDefault("HEALTHPLAN_JWT_ISSUER", org.healthplanning.suite.DevToken.DEFAULT_ISSUER),
                    Duration.ofHours(2)).orElse(null);
            SyntheticData data = new SyntheticData(suite.gatewayUrl(), token, options.scale, out);
            data.loadRegionsAndPopulation();
            report.rows("import " + options.scale.facilities() + " facilities with 6 years", data.importFacilities(0, options.scale.facilities()), "rows/s");
            data.loadPlans();
            report.rows("import " + options.scale.bulkValues() + " monitoring values", data.importBulkValues(), "rows/s");
            data.loadProjects();

            String indicator = services.get("indicator-service").baseUrl();
            String project = services.get("project-service").baseUrl();
            String facility = services.get("facility-service").baseUrl();
            String gateway = suite.gatewayUrl();
            String plan = data.planCode(1);
            String district = data.districtCode(1);
            int year = SyntheticData.EVALUATION_YEAR;

            Wrk.Result ceiling = report.load("a. ceiling: indicator /q/health/live", wrk.run(indicator + "/q/health/live"));
            Wrk.Result direct = report.load("b. 50 plan indicators, direct", wrk.run(indicator + "/api/v1/plans/" + plan + "/indicators?size=50"));
            Wrk.Result viaGateway = report.load("b. 50 plan indicators, via gateway", wrk.run(gateway + "/api/v1/plans/" + plan + "/indicators?size=50"));
            // plan rows are cached by plan revision, so the page above costs the backend little more than the proxy;
            // facilities are read from PostgreSQL on every request
            String facilityPage = "/api/v1/facilities?regionCode=" + district + "&size=50";
            Wrk.Result directUncached = report.load("b. 50 facilities (uncached), direct", wrk.run(facility + facilityPage));
            Wrk.Result viaGatewayUncached = report.load("b. 50 facilities (uncached), via gateway", wrk.run(gateway + facilityPage));
            Wrk.Result evaluation = report.load("c. plan evaluation, direct", wrk.run(indicator + "/api/v1/plans/" + plan + "/evaluation?year=" + year));
            // ratios are cached by data revision: wrk measures the steady state (cache hits, one revision read each);
            // the uncached computation is timed apart with Cache-Control: no-cache, one request at a time
            String districtRatios = facility + "/api/v1/regions/" + district + "/ratios?year=" + year;
            Wrk.Result ratios = report.load("d. district ratios, direct (cached)", wrk.run(districtRatios));
            report.load("d. district ratios, uncached (" + coldRequests() + " sequential, no-cache)", cold(districtRatios, coldRequests()));
            Wrk.Result summary = report.load("   project summary, direct", wrk.run(project + "/api/v1/plans/" + plan
                    + "/project-summary?periodStart=2021&periodEnd=2025"));
            Wrk.Result planGet = report.load("   plan, direct", wrk.run(indicator + "/api/v1/plans/" + plan));
            Wrk.Result overview = report.load("e. plan overview, via gateway", wrk.run(gateway + "/api/v1/plans/" + plan + "/overview?year=" + year));
            // Under 16 connections on this machine every call queues for the same two cores, so p50 measures CPU
            // shared by the overview's four calls, not whether they run side by side: its latency is taken one
            // request at a time, beside each of the backend calls it makes, taken the same way.
            Wrk single = new Wrk(1, 1, options.duration());
            Wrk.Result overviewAlone = report.load("e. plan overview, via gateway, 1 connection", single.run(gateway + "/api/v1/plans/" + plan + "/overview?year=" + year));
            double slowestCallAlone = 0;
            for (String call : List.of(indicator + "/api/v1/plans/" + plan,
                    indicator + "/api/v1/plans/" + plan + "/evaluation?year=" + year,
                    project + "/api/v1/plans/" + plan + "/project-summary?periodStart=2021&periodEnd=2025",
                    districtRatios)) {
                String label = call.substring(call.indexOf("/api/v1/") + "/api/v1/".length());
                slowestCallAlone = Math.max(slowestCallAlone,
                        report.load("   overview call, 1 connection: " + label, single.run(call)).p50Millis());
            }
            String provinceRatios = facility + "/api/v1/regions/" + SyntheticData.PROVINCE + "/ratios?year=" + year;
            Wrk.Result province10k = report.load("g. province ratios, " + options.scale.facilities() + " facilities, uncached",
                    cold(provinceRatios, coldRequests()));

            Map<String, Long> loadedRss = rss(services);

            data.importFacilities(options.scale.facilities(), options.scale.facilities() * 9);
            Wrk.Result province100k = report.load("g. province ratios, " + options.scale.facilities() * 10 + " facilities, uncached",
                    cold(provinceRatios, coldRequests()));
            report.load("g. province ratios, " + options.scale.facilities() * 10 + " facilities, direct (cached)", wrk.run(provinceRatios));

            double slowestBackendP50 = Math.max(Math.max(evaluation.p50Millis(), summary.p50Millis()),
                    Math.max(ratios.p50Millis(), planGet.p50Millis()));
            report.goal("gateway pass-through >= 70 % of direct (b, cached plan rows)", viaGateway.requestsPerSecond() / direct.requestsPerSecond(), 0.70, true);
            report.goal("gateway pass-through >= 70 % of direct (b, uncached facilities)",
                    viaGatewayUncached.requestsPerSecond() / directUncached.requestsPerSecond(), 0.70, true);
            report.goal("overview p50 <= 1.5 x slowest backend call p50 (e, 16 connections)", overview.p50Millis() / slowestBackendP50, 1.5, false);
            report.goal("overview p50 <= 1.5 x slowest of its calls p50 (e, 1 connection)", overviewAlone.p50Millis() / slowestCallAlone, 1.5, false);
            report.goal("evaluation >= 20 % of the ceiling (c)", evaluation.requestsPerSecond() / ceiling.requestsPerSecond(), 0.20, true);
            report.goal("ratios >= 20 % of the ceiling (d, cached)", ratios.requestsPerSecond() / ceiling.requestsPerSecond(), 0.20, true);
            report.goal("province ratios at 10x facilities <= 10 x the time (g, uncached p50)",
                    province100k.p50Millis() / province10k.p50Millis(), 10.0, false);
            for (Map.Entry<String, Long> e : loadedRss.entrySet()) {
                report.memory(e.getKey() + " loaded RSS", e.getValue());
            }
        } finally {
            if (!options.keepData) {
                deleteTree(dataDir);
            }
        }
        report.print(out, options);
    }

    private int coldRequests() {
        return options.scale == Scale.SMOKE ? 10 : 40;
    }

    /**
     * The uncached computation: {@code n} requests one after another, each with {@code Cache-Control: no-cache}
     * (the service then computes anew instead of answering from its cache), after two unmeasured ones.
     * Answers requests per second of that single client, p50 and p99 (the slowest of fewer than 100).
     */
    static Wrk.Result cold(String url, int n) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Cache-Control", "no-cache")
                .timeout(Duration.ofMinutes(1)).GET().build();
        long failures = 0;
        double[] millis = new double[n];
        long total = 0;
        for (int i = -2; i < n; i++) {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long took = System.nanoTime() - t0;
            if (i < 0) {
                continue;
            }
            if (response.statusCode() >= 300) {
                failures++;
            }
            millis[i] = took / 1e6;
            total += took;
        }
        Arrays.sort(millis);
        return new Wrk.Result(n / (total / 1e9), millis[(n - 1) / 2], millis[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)], failures);
    }

    /** Restarts each service alone on the migrated databases: time to ready and idle memory without contention. */
    private void measureStartup(Map<String, ServiceProcess> services, SuiteOptions suiteOptions) throws Exception {
        for (ServiceProcess s : services.values()) {
            s.stop(Duration.ofSeconds(20));
            s.start(suiteOptions.serviceJavaOptions);
            double seconds = s.awaitReady(Duration.ofSeconds(120));
            Thread.sleep(3000);
            long rss = rssKb(s);
            report.startup(s.name(), seconds, rss);
        }
    }

    static Map<String, Long> rss(Map<String, ServiceProcess> services) {
        Map<String, Long> result = new LinkedHashMap<>();
        services.forEach((name, s) -> result.put(name, rssKb(s)));
        return result;
    }

    /** Resident set size of the service's JVM in KiB, from /proc. */
    static long rssKb(ServiceProcess s) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(s.process().pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }

    private SuiteOptions suiteOptions(Path dataDir) throws Exception {
        return suiteOptions(options, dataDir);
    }

    /** The suite on free ports with a throwaway data directory; {@code --heap} replaces the services' -Xmx. */
    static SuiteOptions suiteOptions(BenchOptions options, Path dataDir) throws Exception {
        List<String> args = new ArrayList<>(List.of("--no-demo", "--reset", "--data-dir", dataDir.toString(),
                "--root", options.root.toString(),
                "--gateway-port", Integer.toString(freePort()), "--indicator-port", Integer.toString(freePort()),
                "--project-port", Integer.toString(freePort()), "--facility-port", Integer.toString(freePort()),
                "--pg-port", Integer.toString(freePort())));
        SuiteOptions suiteOptions = SuiteOptions.parse(args.toArray(String[]::new), System.getenv(), options.root);
        if (options.heap != null) {
            List<String> java = new ArrayList<>();
            for (String o : suiteOptions.serviceJavaOptions) {
                if (!o.startsWith("-Xmx")) {
                    java.add(o);
                }
            }
            java.add("-Xmx" + options.heap);
            suiteOptions.serviceJavaOptions = java;
        }
        return suiteOptions;
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception ignored) {
            // a temporary directory; the system cleans it eventually
        }
    }

    /** Command-line options. */
    static final class BenchOptions {
        static final String USAGE = """
                Usage: bench/run.sh [--smoke] [--scale full|smoke|national|national-smoke] [--mixed] [--duration SEC]
                                    [--connections N] [--threads N] [--heap SIZE] [--keep-data]
                  --smoke        small data (1/10) and 2-second runs: checks that the benchmark works (= --scale smoke)
                  --scale national        country-sized data (31 provinces, 340 cities, 2 800 districts, 40 000 towns,
                                 1 000 000 facilities x 6 years, 3 000 plans x 40 rows x 10 values, 50 000 projects):
                                 load times, database sizes, district/province/country reads, a deep cursor page,
                                 an updatedAfter sync, memory, then the mixed load (hours on 2 cores)
                  --scale national-smoke  the same steps on tiny data (10 provinces, 20 000 facilities), 2-second wrk runs
                  --mixed        full (or --smoke) data, then only the mixed load: 32 readers and 4 writers through the
                                 gateway for 60 s, with a read-back after every write
                  --mixed-seconds N       length of the mixed load (default 60); --readers N (32), --writers N (4)
                  --no-mixed     national runs without the mixed load at the end
                  --heap SIZE    -Xmx of each service (default 256m; 512m for national runs); SUITE_JAVA_OPTS sets all options
                  --load-threads N        concurrent clients loading national data (default 4)
                  --duration     seconds per wrk run (default 10)
                  --connections  wrk connections (default 16); --threads wrk threads (default 2)
                """;
        Path root = Path.of(".").toAbsolutePath().normalize();
        Scale scale = Scale.FULL;
        int seconds = 10;
        int wrkConnections = 16;
        int wrkThreads = 2;
        boolean keepData;
        boolean help;
        /** Country-sized data (--scale national or national-smoke); null for the full and smoke runs. */
        NationalScale national;
        boolean mixed;
        boolean noMixed;
        int mixedSeconds = 60;
        int readers = 32;
        int writers = 4;
        String heap;
        int loadThreads = 4;

        Duration duration() {
            return Duration.ofSeconds(seconds);
        }

        static BenchOptions parse(String[] args) {
            BenchOptions o = new BenchOptions();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--smoke" -> {
                        o.scale = Scale.SMOKE;
                        o.seconds = 2;
                    }
                    case "--scale" -> {
                        switch (args[++i]) {
                            case "full" -> o.scale = Scale.FULL;
                            case "smoke" -> {
                                o.scale = Scale.SMOKE;
                                o.seconds = 2;
                            }
                            case "national" -> o.national = NationalScale.NATIONAL;
                            case "national-smoke" -> {
                                o.national = NationalScale.NATIONAL_SMOKE;
                                o.seconds = 2;
                            }
                            default -> throw new IllegalArgumentException("Unknown scale " + args[i] + "\n" + USAGE);
                        }
                    }
                    case "--mixed" -> o.mixed = true;
                    case "--no-mixed" -> o.noMixed = true;
                    case "--mixed-seconds" -> o.mixedSeconds = Integer.parseInt(args[++i]);
                    case "--readers" -> o.readers = Integer.parseInt(args[++i]);
                    case "--writers" -> o.writers = Integer.parseInt(args[++i]);
                    case "--heap" -> o.heap = args[++i];
                    case "--load-threads" -> o.loadThreads = Integer.parseInt(args[++i]);
                    case "--duration" -> o.seconds = Integer.parseInt(args[++i]);
                    case "--connections" -> o.wrkConnections = Integer.parseInt(args[++i]);
                    case "--threads" -> o.wrkThreads = Integer.parseInt(args[++i]);
                    case "--root" -> o.root = Path.of(args[++i]).toAbsolutePath().normalize();
                    case "--keep-data" -> o.keepData = true;
                    case "--help", "-h" -> o.help = true;
                    default -> throw new IllegalArgumentException("Unknown option " + args[i] + "\n" + USAGE);
                }
            }
            if (o.national != null && o.heap == null
                    && (System.getenv("SUITE_JAVA_OPTS") == null || System.getenv("SUITE_JAVA_OPTS").isBlank())) {
                // a million facilities: imports of 10 000 and province sums want more than the default 256 MB
                o.heap = "512m";
            }
            if (o.heap != null && !o.heap.matches("[0-9]+[kKmMgG]?")) {
                throw new IllegalArgumentException("--heap takes a size such as 512m or 1g, not " + o.heap);
            }
            return o;
        }
    }

    /** Collected figures and the table printed at the end. */
    static final class Report {
        private final List<String[]> load = new ArrayList<>();
        private final List<String[]> imports = new ArrayList<>();
        private final List<String[]> startup = new ArrayList<>();
        private final List<String[]> goals = new ArrayList<>();

        Wrk.Result load(String name, Wrk.Result r) {
            load.add(new String[] {name, fmt("%.0f", r.requestsPerSecond()), fmt("%.2f", r.p50Millis()), fmt("%.2f", r.p99Millis()),
                    Long.toString(r.non2xx())});
            return r;
        }

        void rows(String name, double rowsPerSecond, String unit) {
            imports.add(new String[] {name, fmt("%.0f", rowsPerSecond) + " " + unit});
            goal(name + " >= 5 000 rows/s", rowsPerSecond, 5000, true);
        }

        void startup(String service, double seconds, long rssKb) {
            startup.add(new String[] {service, fmt("%.2f s", seconds), rssKb / 1024 + " MB"});
            goal(service + " ready <= 3 s (alone, migrated database)", seconds, 3.0, false);
            goal(service + " idle RSS <= 250 MB", rssKb / 1024.0, 250, false);
        }

        void memory(String name, long rssKb) {
            startup.add(new String[] {name, "", rssKb / 1024 + " MB"});
        }

        void goal(String name, double value, double limit, boolean atLeast) {
            boolean met = atLeast ? value >= limit : value <= limit;
            goals.add(new String[] {name, fmt("%.2f", value), (atLeast ? ">= " : "<= ") + fmt("%.2f", limit), met ? "met" : "SHORT"});
        }

        void print(PrintStream out, BenchOptions options) {
            out.println();
            out.printf("Benchmark (%s data, %d s per run, wrk -t%d -c%d, %d cores)%n", options.scale.name().toLowerCase(Locale.ROOT),
                    options.seconds, options.wrkThreads, options.wrkConnections, Runtime.getRuntime().availableProcessors());
            table(out, new String[] {"endpoint", "req/s", "p50 ms", "p99 ms", "non-2xx"}, load);
            table(out, new String[] {"import", "speed"}, imports);
            table(out, new String[] {"service", "ready", "RSS"}, startup);
            table(out, new String[] {"goal", "measured", "goal", "result"}, goals);
        }

        static void table(PrintStream out, String[] header, List<String[]> rows) {
            int[] width = new int[header.length];
            for (int i = 0; i < header.length; i++) {
                width[i] = header[i].length();
                for (String[] r : rows) {
                    width[i] = Math.max(width[i], r[i].length());
                }
            }
            out.println();
            StringBuilder line = new StringBuilder("|");
            StringBuilder rule = new StringBuilder("|");
            for (int i = 0; i < header.length; i++) {
                line.append(' ').append(pad(header[i], width[i])).append(" |");
                rule.append('-').append("-".repeat(width[i])).append("-|");
            }
            out.println(line);
            out.println(rule);
            for (String[] r : rows) {
                StringBuilder l = new StringBuilder("|");
                for (int i = 0; i < header.length; i++) {
                    l.append(' ').append(pad(r[i], width[i])).append(" |");
                }
                out.println(l);
            }
        }

        private static String pad(String s, int width) {
            return s + " ".repeat(Math.max(0, width - s.length()));
        }

        private static String fmt(String f, double v) {
            return String.format(Locale.ROOT, f, v);
        }
    }
}
