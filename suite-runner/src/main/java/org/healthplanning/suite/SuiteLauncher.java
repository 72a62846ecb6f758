package org.healthplanning.suite;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * Starts the whole suite in the foreground: PostgreSQL, the four services and the demo data.
 * Ctrl-C or SIGTERM stops every process it started.
 */
public final class SuiteLauncher {
    private SuiteLauncher() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        if (args.length > 0 && args[0].equals("token")) {
            DevToken.main(args);
            return;
        }
        if (args.length > 0 && args[0].equals("load-demo")) {
            System.exit(loadDemo(java.util.Arrays.copyOfRange(args, 1, args.length), out));
            return;
        }
        SuiteOptions options;
        try {
            options = SuiteOptions.parse(args, System.getenv(), SuiteOptions.locateRoot());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (options.help) {
            out.print(SuiteOptions.USAGE);
            return;
        }
        Suite suite = new Suite(options, out);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (suite.launched()) {
                out.println("Stopping the suite…");
            }
            suite.close();
            stopped.countDown();
            main.interrupt();
        }, "suite-shutdown"));
        try {
            suite.start();
        } catch (Exception e) {
            out.println();
            out.println("The suite did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        try {
            while (stopped.getCount() > 0) {
                ServiceProcess ended = suite.exited();
                if (ended != null) {
                    // Ctrl-C reaches the services too: give the shutdown hook a moment to claim the stop.
                    Thread.sleep(1500);
                    if (suite.exited() == null) {
                        continue;
                    }
                    out.println(ended.name() + " exited with code " + ended.process().exitValue() + "; see " + ended.logFile() + ":");
                    out.println(ServiceProcess.tail(ended.logFile(), 20));
                    System.exit(1);
                    return;
                }
                Thread.sleep(1000);
            }
        } catch (InterruptedException e) {
            // the shutdown hook is stopping the suite
        }
    }

    static final String LOAD_USAGE = """
            Usage: scripts/load-demo.sh [--url http://localhost:8080] [--no-demo-values] [--force] [--token TOKEN]
            Loads demo-data/api (and illustrative monitoring values 2021-2023) into a running suite through its
            gateway's public API, as ./run-suite.sh does on a fresh database. Without --force nothing is sent when
            the plan tongliang-14th exists already. Writes use --token, else $HEALTHPLAN_TOKEN, else an admin
            token signed with the development key config/dev-keys/privateKey.pem (which the suite must trust).
            """;

    /** {@code load-demo}: the demo load against a suite that is already running (e.g. in Docker Compose). */
    static int loadDemo(String[] args, PrintStream out) {
        String url = "http://localhost:8080";
        String token = System.getenv("HEALTHPLAN_TOKEN");
        boolean values = true;
        boolean force = false;
        java.nio.file.Path root = SuiteOptions.locateRoot();
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--url" -> url = value(args, ++i, arg).replaceAll("/+$", "");
                    case "--token" -> token = value(args, ++i, arg);
                    case "--no-demo-values" -> values = false;
                    case "--force" -> force = true;
                    case "--root" -> root = java.nio.file.Path.of(value(args, ++i, arg));
                    case "-h", "--help" -> {
                        out.print(LOAD_USAGE);
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("Unknown option '" + arg + "'");
                }
            }
            if (root == null) {
                throw new IllegalArgumentException("Cannot tell where the project is: pass --root DIR");
            }
            if (!url.matches("https?://.+")) {
                throw new IllegalArgumentException("--url must be an http(s) URL, not '" + url + "'");
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(LOAD_USAGE);
            return 2;
        }
        if (token == null || token.isBlank()) {
            token = DevToken.admin(root, System.getenv().getOrDefault("HEALTHPLAN_JWT_ISSUER", DevToken.DEFAULT_ISSUER),
                    java.time.Duration.ofHours(1)).orElse(null);
        }
        DemoLoader loader = new DemoLoader(url, root.resolve("demo-data").resolve("api"), token, out).withValues(values);
        try {
            if (force) {
                loader.load();
            } else if (!loader.loadIfEmpty()) {
                out.println("(--force loads it again: every request is idempotent, but indicator rows are replaced)");
            }
            return 0;
        } catch (Exception e) {
            out.println("The demo load failed: " + e.getMessage());
            return 1;
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
