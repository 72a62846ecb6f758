package org.healthplanning.suite;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole suite in this JVM (the launcher's {@link Suite}) for a test class: wiped data, free
 * ports, its own data directory under target/e2e, the demo plans loaded; with PG_JDBC_URL set, its
 * own databases on that server (suffix {@code _<name>} unless given). What it prints goes to suite.out there.
 */
final class SuiteForTests {
    private SuiteForTests() {
    }

    static Suite start(String name) throws Exception {
        return start(name, "_" + name);
    }

    static Suite start(String name, String externalDatabaseSuffix) throws Exception {
        int[] ports = RunningSuite.freePorts(5);
        Path dataDir = RunningSuite.ROOT.resolve("suite-runner/target/e2e/" + name + "-" + System.currentTimeMillis());
        Files.createDirectories(dataDir);
        List<String> args = new ArrayList<>(List.of("--reset", "--data-dir", dataDir.toString(), "--root", RunningSuite.ROOT.toString(),
                "--gateway-port", Integer.toString(ports[0]), "--indicator-port", Integer.toString(ports[1]),
                "--project-port", Integer.toString(ports[2]), "--facility-port", Integer.toString(ports[3]),
                "--pg-port", Integer.toString(ports[4])));
        String external = System.getenv("PG_JDBC_URL");
        if (external != null && !external.isBlank()) {
            args.addAll(List.of("--db-suffix", externalDatabaseSuffix));
        }
        SuiteOptions options = SuiteOptions.parse(args.toArray(String[]::new), System.getenv(), RunningSuite.ROOT);
        PrintStream out = new PrintStream(Files.newOutputStream(dataDir.resolve("suite.out")), true, StandardCharsets.UTF_8);
        Suite suite = new Suite(options, out);
        try {
            suite.start();
            // from now on every response the tests get is validated against the live merged document
            Contract.register(suite.gatewayUrl(), suite.services().stream().map(ServiceProcess::baseUrl).toList());
        } catch (Exception | Error e) {
            suite.close();
            throw e;
        }
        return suite;
    }
}
