package org.healthplanning.suite;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The suite as a user runs it: the launcher jar started as its own process (exactly what
 * run-suite.sh starts) on free ports with a throwaway data directory, stopped with a signal.
 * When PG_JDBC_URL is set the suite uses that server, with databases suffixed "_e2e".
 */
final class RunningSuite {
    static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    static final Path JAR = Path.of(System.getProperty("suite.jar", "target/suite-runner.jar")).toAbsolutePath();
    private static final Pattern HEALTHY = Pattern.compile("^(\\S+) healthy after ([0-9.]+) s$", Pattern.MULTILINE);

    final Path dataDir;
    final int gatewayPort;
    final int indicatorPort;
    final int projectPort;
    final int facilityPort;
    final int postgresPort;
    private Process launcher;
    private Path output;
    private int runs;

    RunningSuite(String name) throws IOException {
        dataDir = ROOT.resolve("suite-runner").resolve("target").resolve("e2e").resolve(name + "-" + System.currentTimeMillis());
        Files.createDirectories(dataDir);
        int[] ports = freePorts(5);
        gatewayPort = ports[0];
        indicatorPort = ports[1];
        projectPort = ports[2];
        facilityPort = ports[3];
        postgresPort = Integer.getInteger("suite.pg-port", ports[4]);
    }

    /** The bearer token the services accept for writes in the local run (none when the project has no dev key). */
    static java.util.Optional<String> token() {
        return DevToken.admin(ROOT, System.getenv().getOrDefault("HEALTHPLAN_JWT_ISSUER", DevToken.DEFAULT_ISSUER),
                Duration.ofHours(1));
    }

    /** Requests to the gateway as the local run's administrator. */
    io.restassured.specification.RequestSpecification api() {
        io.restassured.specification.RequestSpecification spec = io.restassured.RestAssured.given()
                .baseUri("http://localhost").port(gatewayPort);
        token().ifPresent(t -> spec.header("Authorization", "Bearer " + t));
        return spec;
    }

    String gatewayUrl() {
        return "http://localhost:" + gatewayPort;
    }

    boolean externalPostgres() {
        String url = System.getenv("PG_JDBC_URL");
        return url != null && !url.isBlank();
    }

    /** Starts the launcher and waits for "Suite ready"; returns what it printed. */
    String start(String... extraArgs) throws Exception {
        runs++;
        output = dataDir.resolveSibling(dataDir.getFileName() + "-run" + runs + ".out");
        List<String> command = new ArrayList<>();
        // As run-suite.sh does: a SIGINT ignored by whatever started the build must not stay ignored.
        command.addAll(List.of("env", "--default-signal=INT"));
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-jar", JAR.toString(),
                "--root", ROOT.toString(), "--data-dir", dataDir.toString(),
                "--gateway-port", Integer.toString(gatewayPort), "--indicator-port", Integer.toString(indicatorPort),
                "--project-port", Integer.toString(projectPort), "--facility-port", Integer.toString(facilityPort),
                "--pg-port", Integer.toString(postgresPort)));
        if (externalPostgres()) {
            command.addAll(List.of("--db-suffix", "_e2e"));
        }
        command.addAll(List.of(extraArgs));
        launcher = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        Process started = launcher;
        // Whatever happens to the tests, the suite ends with the test JVM (SIGTERM: the launcher stops its processes).
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (started.isAlive()) {
                started.destroy();
                try {
                    started.waitFor(60, TimeUnit.SECONDS);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            }
        }));
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            String printed = printed();
            if (printed.contains("\nSuite ready in ")) {
                // from now on every response the tests get is validated against the live merged document
                Contract.register(gatewayUrl(), List.of("http://localhost:" + indicatorPort,
                        "http://localhost:" + projectPort, "http://localhost:" + facilityPort));
                return printed;
            }
            if (!launcher.isAlive()) {
                throw new AssertionError("The launcher exited with " + launcher.exitValue() + " before the suite was ready:\n" + printed);
            }
            Thread.sleep(250);
        }
        String printed = printed();
        stop(false);
        throw new AssertionError("The suite was not ready within 5 minutes:\n" + printed);
    }

    String printed() throws IOException {
        return output == null || !Files.exists(output) ? "" : Files.readString(output, StandardCharsets.UTF_8);
    }

    /** Seconds to healthy of each service, as the launcher reported them. */
    Map<String, Double> healthyAfter() throws IOException {
        Map<String, Double> times = new LinkedHashMap<>();
        Matcher m = HEALTHY.matcher(printed());
        while (m.find()) {
            times.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        return times;
    }

    /** The processes of the running suite: the launcher's descendants and the PostgreSQL server. */
    List<ProcessHandle> processes() {
        List<ProcessHandle> all = new ArrayList<>(launcher.descendants().toList());
        Database.postmaster(dataDir.resolve("postgres")).ifPresent(pm -> {
            all.add(pm);
            all.addAll(pm.descendants().toList());
        });
        return all;
    }

    /**
     * Stops the suite as a user does, with Ctrl-C (SIGINT) or SIGTERM, waits for the launcher to
     * end and returns the processes of the suite still alive afterwards (none is the right answer).
     */
    List<String> stop(boolean ctrlC) throws Exception {
        if (launcher == null || !launcher.isAlive()) {
            return List.of();
        }
        List<ProcessHandle> before = processes();
        if (ctrlC) {
            new ProcessBuilder("kill", "-INT", Long.toString(launcher.pid())).inheritIO().start().waitFor();
        } else {
            launcher.destroy();
        }
        if (!launcher.waitFor(2, TimeUnit.MINUTES)) {
            launcher.destroyForcibly();
            throw new AssertionError("The launcher did not stop within 2 minutes:\n" + printed());
        }
        // PostgreSQL's processes are not the launcher's children: give the last of them a moment to be reaped.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (before.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        List<ProcessHandle> left = before.stream().filter(ProcessHandle::isAlive).toList();
        List<String> described = left.stream()
                .map(h -> h.pid() + " " + h.info().commandLine().orElse("?")).toList();
        left.forEach(ProcessHandle::destroyForcibly);
        return described;
    }

    int exitCode() {
        return launcher.exitValue();
    }

    static int[] freePorts(int n) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[n];
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0);
                sockets.add(s);
                ports[i] = s.getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket s : sockets) {
                s.close();
            }
        }
    }
}
