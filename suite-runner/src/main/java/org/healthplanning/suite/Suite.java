package org.healthplanning.suite;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The whole suite on one machine: PostgreSQL, the three backends, the gateway and the demo data.
 * {@link #start()} brings it up and {@link #close()} stops every process it started.
 */
public final class Suite implements AutoCloseable {
    private final SuiteOptions options;
    private final PrintStream out;
    private final Database database;
    private final List<ServiceProcess> services = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean closed = new AtomicBoolean();
    private String token;
    private volatile boolean launched;

    public Suite(SuiteOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.database = new Database(options, out);
    }

    public void start() throws Exception {
        long started = System.nanoTime();
        // Before anything starts: a port in use would otherwise answer for a service that cannot bind it.
        // A PostgreSQL left running on this data directory holds its port; it is stopped below.
        Map<String, Integer> ports = options.portsByOption();
        if (!options.externalPostgres() && Database.postmaster(options.postgresDataDir()).isPresent()) {
            ports.remove("--pg-port");
        }
        Ports.requireFree(ports);
        launched = true;
        Map<String, String> databases = new LinkedHashMap<>();
        databases.put("indicator-service", "indicator" + options.databaseSuffix);
        databases.put("project-service", "project" + options.databaseSuffix);
        databases.put("facility-service", "facility" + options.databaseSuffix);
        database.start(new ArrayList<>(databases.values()));

        // Services that verify bearer tokens get the development public key unless one is configured.
        String publicKey = System.getenv("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        if ((publicKey == null || publicKey.isBlank()) && java.nio.file.Files.isRegularFile(DevToken.publicKey(options.root))) {
            publicKey = DevToken.publicKey(options.root).toString();
        }
        String issuer = System.getenv().getOrDefault("HEALTHPLAN_JWT_ISSUER", DevToken.DEFAULT_ISSUER);
        token = publicKey == null ? null : DevToken.admin(options.root, issuer, Duration.ofHours(12)).orElse(null);

        for (Map.Entry<String, String> db : databases.entrySet()) {
            Map<String, String> env = new LinkedHashMap<>();
            if (publicKey != null) {
                env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey);
            }
            env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(db.getValue()));
            env.put("QUARKUS_DATASOURCE_USERNAME", database.user());
            env.put("QUARKUS_DATASOURCE_PASSWORD", database.password());
            // the owners of the facts a backend asks for: plans (indicator-service) and regions (facility-service)
            env.put("HEALTHPLAN_INDICATOR_URL", "http://localhost:" + options.indicatorPort);
            env.put("HEALTHPLAN_FACILITY_URL", "http://localhost:" + options.facilityPort);
            add(db.getKey(), portOf(db.getKey()), env);
        }
        Map<String, String> gatewayEnv = new LinkedHashMap<>();
        gatewayEnv.put("GATEWAY_BACKEND_INDICATOR_URL", "http://localhost:" + options.indicatorPort);
        gatewayEnv.put("GATEWAY_BACKEND_PROJECT_URL", "http://localhost:" + options.projectPort);
        gatewayEnv.put("GATEWAY_BACKEND_FACILITY_URL", "http://localhost:" + options.facilityPort);
        if (publicKey != null) {
            gatewayEnv.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey);
        }
        add("gateway", options.gatewayPort, gatewayEnv);

        for (ServiceProcess s : services) {
            s.start(options.serviceJavaOptions);
            out.println("Started " + s.name() + " on port " + s.port() + " (pid " + s.process().pid() + ", log " + s.logFile() + ")");
        }
        awaitReady();

        if (options.loadDemo) {
            new DemoLoader(gatewayUrl(), options.demoDir(), token, out).withValues(options.loadDemoValues).loadIfEmpty();
        } else {
            out.println("Demo data: not loaded (--no-demo)");
        }
        printUrls();
        out.printf("Suite ready in %.1f s. Press Ctrl-C to stop.%n", (System.nanoTime() - started) / 1e9);
    }

    private void add(String name, int port, Map<String, String> env) {
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        Path jar = options.root.resolve(name).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
        services.add(new ServiceProcess(name, port, jar, options.logDir().resolve(name + ".log"), env));
    }

    private int portOf(String service) {
        return switch (service) {
            case "indicator-service" -> options.indicatorPort;
            case "project-service" -> options.projectPort;
            case "facility-service" -> options.facilityPort;
            default -> options.gatewayPort;
        };
    }

    private void awaitReady() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(services.size());
        try {
            Map<ServiceProcess, Future<Double>> waits = new LinkedHashMap<>();
            for (ServiceProcess s : services) {
                waits.put(s, pool.submit(() -> s.awaitReady(options.healthTimeout)));
            }
            for (Map.Entry<ServiceProcess, Future<Double>> w : waits.entrySet()) {
                try {
                    out.printf("%s healthy after %.1f s%n", w.getKey().name(), w.getValue().get());
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof Exception ex ? ex : e;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void printUrls() {
        out.println();
        out.println("District health planning suite is running:");
        out.println("  Gateway API      " + gatewayUrl() + "/api/v1/plans");
        out.println("  Swagger UI       " + gatewayUrl() + "/q/swagger-ui");
        out.println("  OpenAPI          " + gatewayUrl() + "/q/openapi");
        for (ServiceProcess s : services) {
            out.printf("  %-16s %s/q/swagger-ui   (health %s/q/health, log %s)%n", s.name(), s.baseUrl(), s.baseUrl(), s.logFile());
        }
        if (options.loadDemo) {
            out.println("  Try the demo     " + gatewayUrl() + "/api/v1/plans/tongliang-14th/evaluation   (indicators against their targets"
                    + (options.loadDemoValues ? "; the 2021–2023 values are illustrative, not published figures)" : ")"));
            out.println("                   " + gatewayUrl() + "/api/v1/plans/tongliang-14th/overview     (evaluation and project totals)");
            out.println("                   " + gatewayUrl() + "/api/v1/plans/tongliang-14th/project-summary?periodStart=2021&periodEnd=2025");
            out.println("                   " + gatewayUrl() + "/api/v1/regions/500151/dashboard?year=2023   (region, plans, projects active in 2023)");
            if (!demoHas("population.json")) {
                out.println("  Not in the demo  population and yearly facility resources: ratios computed from counts (beds, doctors"
                        + " per 1000 residents) and gaps need PUT /api/v1/regions/{code}/population/{year} and"
                        + " /api/v1/facilities/{code}/resources/{year}; the ratios the plans published for 2020 are shown");
            }
        }
        if (token != null) {
            out.println("  Admin token      (development key, 12 h; Swagger UI → Authorize) " + token);
            String issuer = System.getenv().getOrDefault("HEALTHPLAN_JWT_ISSUER", DevToken.DEFAULT_ISSUER);
            DevToken.editor(options.root, issuer, Duration.ofHours(12), "500151").ifPresent(editor ->
                    out.println("  Editor token     (500151 重庆市铜梁区 only, 12 h) " + editor));
            out.println("  More tokens      ./run-suite.sh token --admin | --editor REGION...");
        }
        out.println("  PostgreSQL       " + (options.externalPostgres() ? options.externalJdbcUrl
                : database.jdbcUrl("postgres") + " user postgres, data " + options.postgresDataDir()));
        out.println();
    }

    /** Whether {@link #start()} got as far as starting something (past the port check). */
    public boolean launched() {
        return launched;
    }

    /** Whether a demo file holds at least one element. */
    private boolean demoHas(String file) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(options.demoDir().resolve(file).toFile()).size() > 0;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /** The development admin token of this run, or null when the project has no development key. */
    public String token() {
        return token;
    }

    public String gatewayUrl() {
        return "http://localhost:" + options.gatewayPort;
    }

    /** One service of the suite by name (indicator-service, project-service, facility-service, gateway). */
    public ServiceProcess service(String name) {
        synchronized (services) {
            return services.stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no service " + name));
        }
    }

    /** Starts a stopped or killed service again with the suite's JVM options; returns the seconds to ready. */
    public double restart(String name) throws Exception {
        ServiceProcess s = service(name);
        if (s.process() != null && s.process().isAlive()) {
            s.stop(Duration.ofSeconds(20));
        }
        s.start(options.serviceJavaOptions);
        double seconds = s.awaitReady(options.healthTimeout);
        out.printf("%s restarted, healthy after %.1f s%n", name, seconds);
        return seconds;
    }

    /** The suite's PostgreSQL (to stop and restart the embedded server while the services run). */
    public Database database() {
        return database;
    }

    public List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    /** The first service process that has ended by itself, if any (none once the suite is stopping). */
    public ServiceProcess exited() {
        if (closed.get()) {
            return null;
        }
        synchronized (services) {
            return services.stream().filter(s -> s.process() != null && !s.process().isAlive()).findFirst().orElse(null);
        }
    }

    /** Stops the services (gateway first) and then PostgreSQL. Safe to call more than once. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        List<ServiceProcess> running;
        synchronized (services) {
            running = new ArrayList<>(services);
        }
        Collections.reverse(running);
        List<Thread> stops = new ArrayList<>();
        for (ServiceProcess s : running) {
            Thread t = new Thread(() -> s.stop(Duration.ofSeconds(20)), "stop-" + s.name());
            t.start();
            stops.add(t);
        }
        for (Thread t : stops) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!running.isEmpty()) {
            out.println("Services stopped");
        }
        database.close();
    }
}
