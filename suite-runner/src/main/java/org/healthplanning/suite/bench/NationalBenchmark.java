package org.healthplanning.suite.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.healthplanning.suite.DevToken;
import org.healthplanning.suite.ServiceProcess;
import org.healthplanning.suite.Suite;
import org.healthplanning.suite.SuiteOptions;

/**
 * {@code --scale national} (and its quick check {@code --scale national-smoke}): loads the country-sized
 * SYNTHETIC data set ({@link NationalData}) through the API, reports load time per kind and the size of
 * each service's database, measures a district's evaluation, overview and ratios, a province's and the
 * country's ratios (uncached and cached), a 50-row page deep in the facility list by cursor, an
 * {@code updatedAfter} synchronisation of one day's changes, the services' memory, and ends with the
 * mixed load ({@link MixedLoad}) on the same data.
 */
final class NationalBenchmark {
    private final Benchmark.BenchOptions options;
    private final NationalScale scale;
    private final PrintStream out;
    private final List<String[]> load = new ArrayList<>();
    private final List<String[]> sizes = new ArrayList<>();
    private final List<String[]> endpoints = new ArrayList<>();
    private final List<String[]> memory = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private boolean failed;

    NationalBenchmark(Benchmark.BenchOptions options, PrintStream out) {
        this.options = options;
        this.scale = options.national;
        this.out = out;
    }

    /** Runs everything; answers the exit status (1 when a check failed: sync rows, mixed-load errors or violations). */
    int run() throws Exception {
        long started = System.nanoTime();
        Wrk wrk = new Wrk(options.wrkThreads, options.wrkConnections, options.duration());
        wrk.check();
        Path dataDir = Files.createTempDirectory("healthplan-bench-");
        SuiteOptions suiteOptions = Benchmark.suiteOptions(options, dataDir);
        out.println("Service JVM options: " + String.join(" ", suiteOptions.serviceJavaOptions));
        MixedLoad.Outcome mixed = null;
        try (Suite suite = new Suite(suiteOptions, out)) {
            Runtime.getRuntime().addShutdownHook(new Thread(suite::close));
            suite.start();
            Map<String, ServiceProcess> services = new LinkedHashMap<>();
            suite.services().forEach(s -> services.put(s.name(), s));
            // a national load may run for hours: a token for most of a day (the services accept at most 24 h)
            String token = DevToken.admin(options.root,
                    System.getenv().getOrDefault("HEALTHPLAN_JWT_ISSUER", DevToken.DEFAULT_ISSUER), Duration.ofHours(23)).orElse(null);
            Api api = new Api(suite.gatewayUrl(), token);
            NationalData data = new NationalData(api, scale, options.loadThreads, out);

            out.printf("National data (%s): %d provinces, %d cities, %,d districts, %,d towns, %,d facilities x %d years, "
                            + "%,d plans x %d rows x %d values, %,d projects%n", scale.label(), scale.provinces, scale.cities, scale.districts,
                    scale.towns, scale.facilities, NationalScale.FACILITY_YEARS, scale.plans, scale.indicatorsPerPlan,
                    NationalScale.VALUE_YEARS, scale.projects);
            long loadStart = System.nanoTime();
            data.loadAll();
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            data.loadTimes.forEach((kind, t) -> load.add(new String[] {kind, fmt("%,.0f", t[1]), fmt("%.1f", t[0]), fmt("%.0f", t[1] / t[0])}));
            load.add(new String[] {"all", "", fmt("%.1f", loadSeconds), ""});
            databaseSizes(suite, suiteOptions);

            String indicator = services.get("indicator-service").baseUrl();
            String facility = services.get("facility-service").baseUrl();
            String gateway = suite.gatewayUrl();
            int year = NationalData.EVALUATION_YEAR;
            String plan = data.planCode(0);
            String district = data.districtCode(0);
            String province = data.provinceCode(0);
            int cold = scale == NationalScale.NATIONAL ? 40 : 10;

            endpoint("district plan evaluation, direct", warm(wrk, indicator + "/api/v1/plans/" + plan + "/evaluation?year=" + year));
            endpoint("district plan overview, via gateway", warm(wrk, gateway + "/api/v1/plans/" + plan + "/overview?year=" + year));
            String districtRatios = facility + "/api/v1/regions/" + district + "/ratios?year=" + year;
            endpoint("district ratios, direct (cached)", warm(wrk, districtRatios));
            endpoint("district ratios, uncached (" + cold + " sequential, no-cache)", Benchmark.cold(districtRatios, cold));
            String provinceRatios = facility + "/api/v1/regions/" + province + "/ratios?year=" + year;
            endpoint("province ratios, direct (cached)", warm(wrk, provinceRatios));
            endpoint("province ratios, uncached (" + cold + " sequential, no-cache)", Benchmark.cold(provinceRatios, cold));
            List<String> country = new ArrayList<>();
            data.provinceCodes().forEach(p -> country.add(facility + "/api/v1/regions/" + p + "/ratios?year=" + year));
            endpoint("country ratios (" + scale.provinces + " provinces in turn), cached; p50/p99 of a round",
                    rounds(country, scale.countryRounds, false));
            endpoint("country ratios (" + scale.provinces + " provinces in turn), uncached; p50/p99 of a round",
                    rounds(country, scale.countryRounds, true));
            notes.add("The region model has no level above the province (only a province stands without a parent), so the country's "
                    + "ratios are the " + scale.provinces + " provinces' asked one after another (req/s: provinces per second).");

            deepPage(api, wrk, facility, gateway, cold);
            sync(api, data, wrk, facility, gateway);

            services.forEach((name, s) -> memory.add(new String[] {name, Benchmark.rssKb(s) / 1024 + " MB"}));
            print(started);

            if (!options.noMixed) {
                List<String> plans = new ArrayList<>();
                for (int k = 0; k < scale.plans; k++) {
                    plans.add(data.planCode(k));
                }
                List<String> districts = new ArrayList<>();
                for (int d = 0; d < scale.districts; d++) {
                    districts.add(data.districtCode(d));
                }
                List<String> facilities = new ArrayList<>();
                int step = Math.max(1, scale.facilities / 10_000);
                for (int i = 0; i < scale.facilities; i += step) {
                    facilities.add(data.facilityCode(i));
                }
                out.println();
                mixed = new MixedLoad(api, new MixedLoad.Target(plans, districts, facilities, year, 2021, 2030),
                        options.readers, options.writers, Duration.ofSeconds(options.mixedSeconds), out)
                        .run(() -> Benchmark.rss(services));
            }
        } finally {
            if (!options.keepData) {
                Benchmark.deleteTree(dataDir);
            }
        }
        out.printf(Locale.ROOT, "%nNational benchmark (%s) finished in %.1f min%n", scale.label(), (System.nanoTime() - started) / 60e9);
        if (mixed != null && (mixed.errors() > 0 || mixed.violations() > 0)) {
            failed = true;
        }
        return failed ? 1 : 0;
    }

    /** Each service's database (pg_database_size over JDBC) and the PostgreSQL data directory on disk. */
    private void databaseSizes(Suite suite, SuiteOptions suiteOptions) {
        for (String db : List.of("indicator", "project", "facility")) {
            String name = db + suiteOptions.databaseSuffix;
            try (Connection c = DriverManager.getConnection(suite.database().jdbcUrl(name), suite.database().user(), suite.database().password());
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select pg_database_size(current_database())")) {
                rs.next();
                sizes.add(new String[] {db + "-service (database " + name + ")", fmt("%.1f MB", rs.getLong(1) / 1048576.0)});
            } catch (Exception e) {
                sizes.add(new String[] {db + "-service (database " + name + ")", "unknown: " + e.getMessage()});
            }
        }
        if (!suiteOptions.externalPostgres()) {
            sizes.add(new String[] {"PostgreSQL data directory (all, with WAL)", fmt("%.1f MB", treeSize(suiteOptions.postgresDataDir()) / 1048576.0)});
        }
    }

    private static long treeSize(Path dir) {
        try (var paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * Follows the facility list's cursor (500 rows a request, straight to facility-service) to the start of page
     * {@link NationalScale#deepPage} of 50, then measures that page by its cursor, and the same page by offset.
     */
    private void deepPage(Api api, Wrk wrk, String facility, String gateway, int cold) throws Exception {
        int skip = (scale.deepPage - 1) * 50;
        Api direct = new Api(facility, null);
        long t0 = System.nanoTime();
        String cursor = null;
        int walked = 0;
        int requests = 0;
        while (walked < skip) {
            int size = Math.min(500, skip - walked);
            String path = cursor == null ? "/api/v1/facilities?updatedAfter=1970-01-01T00:00:00Z&size=" + size
                    : "/api/v1/facilities?after=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8) + "&size=" + size;
            JsonNode page = direct.get(path);
            walked += page.path("items").size();
            requests++;
            cursor = page.path("cursor").asText(null);
            if (page.path("items").isEmpty() || cursor == null) {
                throw new IllegalStateException("the facility list ended after " + walked + " rows, before row " + skip);
            }
        }
        double walk = (System.nanoTime() - t0) / 1e9;
        notes.add(fmt("Cursor walk to row %,d of the facility list: ", skip) + requests + fmt(" requests of up to 500 rows in %.1f s", walk)
                + fmt(" (%.0f ms a request).", walk * 1000 / requests));
        String deep = "/api/v1/facilities?after=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8) + "&size=50";
        JsonNode check = direct.get(deep);
        if (check.path("items").size() != 50) {
            notes.add("The deep cursor page answered " + check.path("items").size() + " rows, not 50.");
            failed = true;
        }
        endpoint(fmt("50 facilities by cursor at row %,d, direct", skip), warm(wrk, facility + deep));
        endpoint(fmt("50 facilities by cursor at row %,d, via gateway", skip), warm(wrk, gateway + deep));
        endpoint(fmt("50 facilities by cursor at row %,d, direct (%d sequential)", skip, cold), Benchmark.cold(facility + deep, cold));
        endpoint(fmt("50 facilities by offset (page=%d), direct", scale.deepPage - 1),
                warm(wrk, facility + "/api/v1/facilities?page=" + (scale.deepPage - 1) + "&size=50"));
    }

    /**
     * One day's changes: {@link NationalScale#syncChanges} facilities renamed (PUT through the gateway) after an
     * instant, then the synchronisation read of them ({@code updatedAfter}, following {@code next} to the end).
     */
    private void sync(Api api, NationalData data, Wrk wrk, String facility, String gateway) throws Exception {
        Thread.sleep(1100);
        Instant since = Instant.now();
        Thread.sleep(100);
        int step = Math.max(1, scale.facilities / scale.syncChanges);
        long t0 = System.nanoTime();
        data.parallel(scale.syncChanges, k -> {
            int i = k * step;
            api.put("/api/v1/facilities/" + data.facilityCode(i), data.facility(i).put("name", "SYNTHETIC facility " + i + " (renamed)"));
        });
        double writeSeconds = (System.nanoTime() - t0) / 1e9;
        notes.add(fmt("One day's changes: %,d facilities renamed by PUT through the gateway", scale.syncChanges)
                + fmt(" (%d clients) in %.1f s", options.loadThreads, writeSeconds) + fmt(" (%.0f writes/s).", scale.syncChanges / writeSeconds));
        String first = "/api/v1/facilities?updatedAfter=" + since + "&size=500";
        int n = scale == NationalScale.NATIONAL ? 20 : 5;
        double[] millis = new double[n];
        long total = 0;
        int rows = 0;
        int pages = 0;
        for (int round = -1; round < n; round++) {
            long r0 = System.nanoTime();
            rows = 0;
            pages = 0;
            for (String path = first; path != null; ) {
                JsonNode page = api.get(path);
                rows += page.path("items").size();
                pages++;
                path = page.hasNonNull("next") ? page.path("next").asText() : null;
            }
            long took = System.nanoTime() - r0;
            if (round >= 0) {
                millis[round] = took / 1e6;
                total += took;
            }
        }
        if (rows != scale.syncChanges) {
            notes.add("SYNC MISMATCH: the updatedAfter read answered " + rows + " rows, " + scale.syncChanges + " were changed.");
            failed = true;
        }
        Arrays.sort(millis);
        endpoint(fmt("sync of %,d changed facilities (updatedAfter, ", rows) + pages + " pages of 500), via gateway; per round",
                new Wrk.Result(n / (total / 1e9), millis[(n - 1) / 2], millis[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)], 0));
        endpoint("sync, first page of 500, via gateway", warm(wrk, gateway + first));
        endpoint("sync, first page of 500, direct", warm(wrk, facility + first));
    }

    /**
     * wrk on {@code url} after three requests one at a time: a path the services have not served yet (the
     * gateway's overview, first asked here) can take longer than a short run's warm-up on a cold JVM.
     */
    private static Wrk.Result warm(Wrk wrk, String url) throws IOException, InterruptedException {
        Benchmark.cold(url, 1);
        return wrk.run(url);
    }

    /** {@code n} rounds (after one unmeasured) over every URL one after another; p50/p99 of a round's time. */
    private static Wrk.Result rounds(List<String> urls, int n, boolean noCache) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        double[] millis = new double[n];
        long total = 0;
        long failures = 0;
        for (int round = -1; round < n; round++) {
            long t0 = System.nanoTime();
            for (String url : urls) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).GET();
                if (noCache) {
                    request.header("Cache-Control", "no-cache");
                }
                HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() >= 300 && round >= 0) {
                    failures++;
                }
            }
            long took = System.nanoTime() - t0;
            if (round >= 0) {
                millis[round] = took / 1e6;
                total += took;
            }
        }
        Arrays.sort(millis);
        return new Wrk.Result((double) n * urls.size() / (total / 1e9), millis[(n - 1) / 2],
                millis[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)], failures);
    }

    private void endpoint(String name, Wrk.Result r) {
        endpoints.add(new String[] {name, fmt("%.0f", r.requestsPerSecond()), fmt("%.2f", r.p50Millis()), fmt("%.2f", r.p99Millis()),
                Long.toString(r.non2xx())});
        out.printf(Locale.ROOT, "  %s: %.0f req/s, p50 %.2f ms, p99 %.2f ms, non-2xx %d%n", name, r.requestsPerSecond(), r.p50Millis(),
                r.p99Millis(), r.non2xx());
        if (r.non2xx() > 0) {
            failed = true;
        }
    }

    private void print(long started) {
        out.println();
        out.printf(Locale.ROOT, "National benchmark (%s data, %d s per wrk run, wrk -t%d -c%d, %d cores, %.1f min so far)%n", scale.label(),
                options.seconds, options.wrkThreads, options.wrkConnections, Runtime.getRuntime().availableProcessors(),
                (System.nanoTime() - started) / 60e9);
        Benchmark.Report.table(out, new String[] {"load (through the gateway, " + options.loadThreads + " clients)", "rows", "seconds", "rows/s"}, load);
        Benchmark.Report.table(out, new String[] {"database", "size"}, sizes);
        Benchmark.Report.table(out, new String[] {"endpoint", "req/s", "p50 ms", "p99 ms", "non-2xx"}, endpoints);
        Benchmark.Report.table(out, new String[] {"service", "RSS after the measurements"}, memory);
        out.println();
        notes.forEach(n -> out.println("- " + n));
    }

    private static String fmt(String f, Object... v) {
        return String.format(Locale.ROOT, f, v);
    }
}
