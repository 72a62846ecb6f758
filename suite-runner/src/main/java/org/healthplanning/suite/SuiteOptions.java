package org.healthplanning.suite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How to run the suite: where the project is, where the data live, which ports to use and which
 * PostgreSQL to talk to. Parsed from the command line, with the external PostgreSQL taken from the
 * environment (PG_JDBC_URL, PG_USER, PG_PASSWORD).
 */
public final class SuiteOptions {
    /** The help text; run-suite.sh prints the same file without starting Java. */
    public static final String USAGE = usage();


    public Path root;
    public Path dataDir;
    public boolean reset;
    public boolean loadDemo = true;
    /** Whether the demo load adds the illustrative monitoring values (see {@link DemoValues}). */
    public boolean loadDemoValues = true;
    public int gatewayPort = 8080;
    public int indicatorPort = 8081;
    public int projectPort = 8082;
    public int facilityPort = 8083;
    public int postgresPort = 15432;
    public String databaseSuffix = "";
    public Duration healthTimeout = Duration.ofSeconds(180);
    public String externalJdbcUrl;
    public String externalUser;
    public String externalPassword;
    public List<String> serviceJavaOptions = new ArrayList<>();
    public boolean help;

    public static SuiteOptions parse(String[] args, Map<String, String> env, Path defaultRoot) {
        SuiteOptions o = new SuiteOptions();
        o.root = defaultRoot;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--reset" -> o.reset = true;
                case "--no-demo" -> o.loadDemo = false;
                case "--no-demo-values" -> o.loadDemoValues = false;
                case "--help", "-h" -> o.help = true;
                case "--data-dir" -> o.dataDir = Path.of(value(args, ++i, arg));
                case "--root" -> o.root = Path.of(value(args, ++i, arg));
                case "--gateway-port" -> o.gatewayPort = port(args, ++i, arg);
                case "--indicator-port" -> o.indicatorPort = port(args, ++i, arg);
                case "--project-port" -> o.projectPort = port(args, ++i, arg);
                case "--facility-port" -> o.facilityPort = port(args, ++i, arg);
                case "--pg-port" -> o.postgresPort = port(args, ++i, arg);
                case "--db-suffix" -> o.databaseSuffix = value(args, ++i, arg);
                case "--health-timeout" -> o.healthTimeout = Duration.ofSeconds(integer(args, ++i, arg));
                default -> throw new IllegalArgumentException("Unknown option '" + arg + "' (./run-suite.sh --help lists them)");
            }
        }
        if (o.root == null) {
            throw new IllegalArgumentException("Cannot tell where the project is: pass --root DIR");
        }
        o.root = o.root.toAbsolutePath().normalize();
        if (o.dataDir == null) {
            o.dataDir = o.root.resolve(".data");
        }
        o.dataDir = o.dataDir.toAbsolutePath().normalize();
        if (!o.databaseSuffix.matches("[a-z0-9_]*")) {
            throw new IllegalArgumentException("--db-suffix may hold only a-z, 0-9 and _");
        }
        String url = env.get("PG_JDBC_URL");
        if (url != null && !url.isBlank()) {
            o.externalJdbcUrl = url.trim();
            o.externalUser = env.getOrDefault("PG_USER", "postgres");
            o.externalPassword = env.getOrDefault("PG_PASSWORD", "postgres");
        }
        String javaOpts = env.get("SUITE_JAVA_OPTS");
        o.serviceJavaOptions = javaOpts == null || javaOpts.isBlank()
                ? List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")
                : Arrays.asList(javaOpts.trim().split("\\s+"));
        return o;
    }

    /** The ports the suite will listen on, by the option that chooses each (the PostgreSQL one only when embedded). */
    public java.util.LinkedHashMap<String, Integer> portsByOption() {
        java.util.LinkedHashMap<String, Integer> ports = new java.util.LinkedHashMap<>();
        ports.put("--gateway-port", gatewayPort);
        ports.put("--indicator-port", indicatorPort);
        ports.put("--project-port", projectPort);
        ports.put("--facility-port", facilityPort);
        if (!externalPostgres()) {
            ports.put("--pg-port", postgresPort);
        }
        return ports;
    }

    /** What listens on the port an option chooses. */
    public static String serviceOf(String option) {
        return switch (option) {
            case "--gateway-port" -> "gateway";
            case "--indicator-port" -> "indicator-service";
            case "--project-port" -> "project-service";
            case "--facility-port" -> "facility-service";
            case "--pg-port" -> "embedded PostgreSQL";
            default -> option;
        };
    }

    private static String usage() {
        try (java.io.InputStream in = SuiteOptions.class.getResourceAsStream("usage.txt")) {
            if (in != null) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        } catch (java.io.IOException ignored) {
            // fall through
        }
        return "Usage: run-suite.sh [options] (see suite-runner/src/main/resources/org/healthplanning/suite/usage.txt)\n";
    }

    public boolean externalPostgres() {
        return externalJdbcUrl != null;
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    public Path postgresDataDir() {
        return dataDir.resolve("postgres");
    }

    public Path demoDir() {
        return root.resolve("demo-data").resolve("api");
    }

    /** The project checkout that holds this class: the jar is <root>/suite-runner/target/suite-runner.jar. */
    static Path locateRoot() {
        try {
            Path here = Path.of(SuiteOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = here; p != null; p = p.getParent()) {
                if (Files.isRegularFile(p.resolve("suite-runner").resolve("pom.xml")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                    return p;
                }
            }
        } catch (Exception ignored) {
            // fall back to the working directory
        }
        Path cwd = Path.of("").toAbsolutePath();
        return Files.isRegularFile(cwd.resolve("suite-runner").resolve("pom.xml")) ? cwd : null;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int integer(String[] args, int i, String option) {
        String v = value(args, i, option);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number, not '" + v + "'");
        }
    }

    private static int port(String[] args, int i, String option) {
        int p = integer(args, i, option);
        if (p < 1 || p > 65535) {
            throw new IllegalArgumentException(option + " must be a port number 1-65535, not " + p);
        }
        return p;
    }
}
