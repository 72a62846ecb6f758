package org.healthplanning.suite.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs wrk against one URL and reads its throughput and latency percentiles. */
final class Wrk {
    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s*(50|99)(?:\\.000)?%\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+([0-9]+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors: connect ([0-9]+), read ([0-9]+), write ([0-9]+), timeout ([0-9]+)");

    private final int threads;
    private final int connections;
    private final Duration duration;

    Wrk(int threads, int connections, Duration duration) {
        this.threads = threads;
        this.connections = connections;
        this.duration = duration;
    }

    record Result(double requestsPerSecond, double p50Millis, double p99Millis, long non2xx) {
    }

    void check() throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("wrk is not installed (bench/run.sh installs it: apt-get install -y wrk)", e);
        }
    }

    Result run(String url) throws IOException, InterruptedException {
        // one short warm-up so that JIT and connection pools are in their steady state
        exec(url, Duration.ofSeconds(Math.min(3, Math.max(1, duration.toSeconds() / 3))));
        String output = exec(url, duration);
        Matcher rps = RPS.matcher(output);
        if (!rps.find()) {
            throw new IllegalStateException("wrk printed no throughput for " + url + ":\n" + output);
        }
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        Matcher m = PERCENTILE.matcher(output);
        while (m.find()) {
            double millis = toMillis(Double.parseDouble(m.group(2)), m.group(3));
            if (m.group(1).equals("50")) {
                p50 = millis;
            } else {
                p99 = millis;
            }
        }
        long failures = 0;
        Matcher non2xx = NON_2XX.matcher(output);
        if (non2xx.find()) {
            failures += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = SOCKET_ERRORS.matcher(output);
        if (socket.find()) {
            for (int i = 1; i <= 4; i++) {
                failures += Long.parseLong(socket.group(i));
            }
        }
        return new Result(Double.parseDouble(rps.group(1)), p50, p99, failures);
    }

    private String exec(String url, Duration d) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + d.toSeconds() + "s",
                "--latency", "--timeout", "10s", url));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("wrk failed for " + url + ":\n" + output);
        }
        return output;
    }

    private static double toMillis(double value, String unit) {
        return switch (unit) {
            case "us" -> value / 1000.0;
            case "s" -> value * 1000.0;
            default -> value;
        };
    }
}
