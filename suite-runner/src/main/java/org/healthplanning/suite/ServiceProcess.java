package org.healthplanning.suite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** One service of the suite: its Quarkus fast-jar run as a child process, logging to a file. */
public final class ServiceProcess {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path jar;
    private final Path logFile;
    private final Map<String, String> environment;
    private Process process;
    private long startedNanos;

    public ServiceProcess(String name, int port, Path jar, Path logFile, Map<String, String> environment) {
        this.name = name;
        this.port = port;
        this.jar = jar;
        this.logFile = logFile;
        this.environment = environment;
    }

    /** Another instance of the same service: its jar and environment, with these settings changed, on another port. */
    public ServiceProcess another(String name, int port, Map<String, String> changes) {
        Map<String, String> env = new java.util.LinkedHashMap<>(environment);
        env.putAll(changes);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        return new ServiceProcess(name, port, jar, logFile.resolveSibling(name + ".log"), env);
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    public Process process() {
        return process;
    }

    public void start(List<String> javaOptions) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(name + " is not built: " + jar + " is missing (run ./mvnw -q -B package -DskipTests)");
        }
        Files.createDirectories(logFile.getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        sharedArchive(javaOptions).ifPresent(command::add);
        command.add("-Dfile.encoding=UTF-8");
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(jar.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().putAll(environment);
        startedNanos = System.nanoTime();
        process = pb.start();
    }

    /**
     * The AppCDS archive the build put beside the fast-jar ({@code quarkus.package.jar.appcds.enabled}):
     * classes come pre-parsed and verified, which saves about a quarter of the CPU a start takes.
     * Left out when the options already choose an archive or turn sharing off. A JVM other than the
     * one that built it ignores the archive with a warning and starts as without it.
     */
    Optional<String> sharedArchive(List<String> javaOptions) {
        Path archive = jar.resolveSibling("app-cds.jsa");
        boolean chosen = javaOptions.stream().anyMatch(o -> o.startsWith("-XX:SharedArchiveFile") || o.startsWith("-Xshare")
                || o.startsWith("-XX:ArchiveClassesAtExit"));
        return chosen || !Files.isRegularFile(archive) ? Optional.empty() : Optional.of("-XX:SharedArchiveFile=" + archive);
    }

    /**
     * Waits until /q/health/ready answers 200 from this process (not from another one on the same
     * port) and returns the seconds it took from the start; fails when the process ends first (with
     * the tail of its log) or the timeout passes.
     */
    public double awaitReady(Duration timeout) throws InterruptedException {
        long deadline = startedNanos + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(3)).GET().build();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + " before it was ready; "
                        + "see " + logFile + ":\n" + tail(logFile, 25));
            }
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    // Only believed from the process started here: another program on the port would
                    // answer for a service that is failing to bind it.
                    if (!process.isAlive()) {
                        continue;
                    }
                    if (Ports.listensOn(process.toHandle(), port).orElse(true)) {
                        return (System.nanoTime() - startedNanos) / 1e9;
                    }
                    last = "port " + port + " answers, but not from " + name + " (pid " + process.pid()
                            + "): another process listens there";
                } else {
                    last = "status " + response.statusCode() + ": " + response.body();
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout.toSeconds() + " s (" + last + "); see "
                + logFile + ":\n" + tail(logFile, 25));
    }

    /** Stops the process and everything it started: politely first, then forcibly. */
    public void stop(Duration grace) {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle h : tree) {
            long left = Math.max(0, deadline - System.nanoTime());
            try {
                h.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                h.destroyForcibly();
            }
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /** Kills the process and everything it started at once (SIGKILL), as a crash would, and waits for the end. */
    public void kill() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle h : tree) {
            try {
                h.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                // reported by isAlive() to whoever needs it gone
            }
        }
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
