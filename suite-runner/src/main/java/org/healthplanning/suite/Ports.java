package org.healthplanning.suite;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ports of the suite: checked free before anything starts, and the owner of a listening port
 * (so that a readiness answer is only believed from a process the launcher started).
 */
final class Ports {
    private Ports() {
    }

    /**
     * Fails, naming every taken port with its service and the option that changes it, when a port
     * the suite will listen on is in use (or chosen twice).
     */
    static void requireFree(Map<String, Integer> portsByOption) {
        List<String> problems = new ArrayList<>();
        Map<Integer, String> seen = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : portsByOption.entrySet()) {
            String option = e.getKey();
            int port = e.getValue();
            String earlier = seen.putIfAbsent(port, option);
            if (earlier != null) {
                problems.add("port " + port + " is chosen for both " + SuiteOptions.serviceOf(earlier) + " (" + earlier + ") and "
                        + SuiteOptions.serviceOf(option) + " (" + option + "): give one of them another port");
                continue;
            }
            if (inUse(port)) {
                problems.add("port " + port + " (" + SuiteOptions.serviceOf(option) + ") is already in use by another process: "
                        + "stop that process or choose another port with " + option + " N");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.size() == 1 ? problems.get(0)
                    : "some ports cannot be used:\n  " + String.join("\n  ", problems));
        }
    }

    /** Whether something listens on the port (any address) or it cannot be bound. */
    static boolean inUse(int port) {
        try (ServerSocket s = new ServerSocket()) {
            // as the services bind: a port left in TIME_WAIT by the last run is free, a listening one is not
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            return true;
        }
        for (String host : List.of("127.0.0.1", "::1")) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getByName(host), port), 300);
                return true;
            } catch (IOException e) {
                // nothing answers there
            }
        }
        return false;
    }

    /**
     * Whether the process or one of its descendants holds a socket listening on the port: read from
     * /proc (Linux). Empty when that cannot be told (no /proc), in which case the caller trusts the
     * process being alive.
     */
    static java.util.Optional<Boolean> listensOn(ProcessHandle process, int port) {
        Set<String> inodes = new HashSet<>();
        boolean readable = false;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path p = Path.of(table);
            if (!Files.isReadable(p)) {
                continue;
            }
            try {
                for (String line : Files.readAllLines(p, StandardCharsets.US_ASCII)) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length < 10 || !f[3].equals("0A")) {
                        continue;
                    }
                    String local = f[1];
                    int colon = local.lastIndexOf(':');
                    if (colon < 0) {
                        continue;
                    }
                    try {
                        if (Integer.parseInt(local.substring(colon + 1), 16) == port) {
                            inodes.add(f[9]);
                        }
                    } catch (NumberFormatException ignored) {
                        // the header line
                    }
                }
                readable = true;
            } catch (IOException | RuntimeException e) {
                // not Linux, or hidden
            }
        }
        if (!readable) {
            return java.util.Optional.empty();
        }
        if (inodes.isEmpty()) {
            return java.util.Optional.of(false);
        }
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(process);
        tree.addAll(process.descendants().toList());
        boolean fdsReadable = false;
        for (ProcessHandle h : tree) {
            Path fds = Path.of("/proc", Long.toString(h.pid()), "fd");
            try (DirectoryStream<Path> dir = Files.newDirectoryStream(fds)) {
                fdsReadable = true;
                for (Path fd : dir) {
                    try {
                        String target = Files.readSymbolicLink(fd).toString();
                        if (target.startsWith("socket:[") && inodes.contains(target.substring(8, target.length() - 1))) {
                            return java.util.Optional.of(true);
                        }
                    } catch (IOException | RuntimeException ignored) {
                        // closed meanwhile
                    }
                }
            } catch (IOException | RuntimeException e) {
                // gone, or not ours to read
            }
        }
        return fdsReadable ? java.util.Optional.of(false) : java.util.Optional.empty();
    }

}
