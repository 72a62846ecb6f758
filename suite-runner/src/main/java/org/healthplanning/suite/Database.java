package org.healthplanning.suite;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The suite's PostgreSQL: an embedded PostgreSQL 17 whose data directory survives restarts, or an
 * external server named by PG_JDBC_URL. Either way the services' databases are created when missing.
 */
public final class Database implements AutoCloseable {
    private final SuiteOptions options;
    private final PrintStream out;
    private EmbeddedPostgres embedded;
    private String adminUrl;
    private String user;
    private String password;

    public Database(SuiteOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** Starts (or connects to) PostgreSQL and makes sure the given databases exist. */
    public void start(List<String> databases) throws IOException, SQLException {
        if (options.externalPostgres()) {
            adminUrl = options.externalJdbcUrl;
            user = options.externalUser;
            password = options.externalPassword;
            out.println("PostgreSQL: external server " + adminUrl + " as " + user);
            if (options.reset) {
                dropDatabases(databases);
            }
        } else {
            startEmbedded();
        }
        createDatabases(databases);
    }

    private void startEmbedded() throws IOException {
        if (isRoot()) {
            throw new IllegalStateException("PostgreSQL refuses to run as root: start the suite with ./run-suite.sh, "
                    + "which runs it in a user namespace (unshare -U), or as another user");
        }
        Path dataDir = options.postgresDataDir();
        if (options.reset && Files.exists(dataDir)) {
            out.println("Reset: deleting " + dataDir);
            Files.walk(dataDir).sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
            if (Files.exists(dataDir)) {
                throw new IOException("Could not delete " + dataDir);
            }
        }
        stopOrphanedPostmaster(dataDir);
        boolean fresh = !Files.exists(dataDir.resolve("postgresql.conf"));
        Files.createDirectories(dataDir);
        Files.createDirectories(options.logDir());
        long started = System.nanoTime();
        embedded = embedded(dataDir);
        adminUrl = "jdbc:postgresql://localhost:" + embedded.getPort() + "/postgres";
        user = "postgres";
        password = "postgres";
        out.printf("PostgreSQL: embedded, port %d, data in %s (%s) ready in %.1f s%n", embedded.getPort(), dataDir,
                fresh ? "new" : "kept from the last run", (System.nanoTime() - started) / 1e9);
    }

    private EmbeddedPostgres embedded(Path dataDir) throws IOException {
        var log = ProcessBuilder.Redirect.appendTo(options.logDir().resolve("postgres.log").toFile());
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(options.postgresPort)
                .setServerConfig("synchronous_commit", "on")
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(log)
                .setErrorRedirector(log)
                .start();
    }

    /** Whether this is the suite's own embedded server (which {@link #stop()} and {@link #restart()} control). */
    public boolean embedded() {
        return !options.externalPostgres();
    }

    /**
     * Stops the embedded server (fast shutdown: open connections are cut, committed data stay in the
     * data directory) and leaves it stopped until {@link #restart()}.
     */
    public synchronized void stop() throws IOException {
        if (embedded == null) {
            throw new IllegalStateException("the embedded PostgreSQL is not running");
        }
        embedded.close();
        embedded = null;
        out.println("PostgreSQL stopped (data kept in " + options.postgresDataDir() + ")");
    }

    /** Starts the embedded server again on the same port and data directory. */
    public synchronized void restart() throws IOException {
        if (!embedded()) {
            throw new IllegalStateException("an external PostgreSQL is not restarted by the suite");
        }
        if (embedded != null) {
            stop();
        }
        long started = System.nanoTime();
        embedded = embedded(options.postgresDataDir());
        out.printf("PostgreSQL: restarted on port %d in %.1f s%n", embedded.getPort(), (System.nanoTime() - started) / 1e9);
    }

    /** A postmaster left running by a launcher that was killed hard would keep the data directory busy. */
    private void stopOrphanedPostmaster(Path dataDir) throws IOException {
        Path lock = dataDir.resolve("epg-lock");
        if (Files.exists(lock)) {
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(lock, java.nio.file.StandardOpenOption.WRITE);
                 java.nio.channels.FileLock held = ch.tryLock()) {
                if (held == null) {
                    throw new IllegalStateException("Another suite is running on " + dataDir
                            + ": stop it first, or use other ports and --data-dir");
                }
            }
        }
        Optional<ProcessHandle> postmaster = postmaster(dataDir);
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle p = postmaster.get();
        out.println("Stopping a PostgreSQL left running on " + dataDir + " (pid " + p.pid() + ")");
        p.destroy();
        try {
            p.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            p.destroyForcibly();
        }
    }

    /** The running postmaster of a data directory, from its postmaster.pid. */
    public static Optional<ProcessHandle> postmaster(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(h -> h.info().command().map(c -> c.contains("postgres")).orElse(true));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isRoot() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return line.split("\\s+")[2].equals("0");
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux: PostgreSQL itself will say if it cannot run
        }
        return false;
    }

    private void createDatabases(List<String> databases) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password)) {
            for (String db : databases) {
                boolean exists;
                try (PreparedStatement ps = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                    ps.setString(1, db);
                    try (ResultSet rs = ps.executeQuery()) {
                        exists = rs.next();
                    }
                }
                if (!exists) {
                    try (Statement s = c.createStatement()) {
                        s.execute("create database \"" + db + "\"");
                    }
                    out.println("  created database " + db);
                }
            }
        }
    }

    private void dropDatabases(List<String> databases) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            for (String db : databases) {
                s.execute("drop database if exists \"" + db + "\" with (force)");
                out.println("Reset: dropped database " + db);
            }
        }
    }

    /** The JDBC URL of one database on this server. */
    public String jdbcUrl(String database) {
        return jdbcUrlOn(adminUrl, database);
    }

    String jdbcUrlOn(String serverUrl, String database) {
        return serverUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Stops the embedded server; an external one is left alone. */
    @Override
    public synchronized void close() {
        if (embedded != null) {
            try {
                embedded.close();
                out.println("PostgreSQL stopped");
            } catch (IOException e) {
                out.println("Could not stop PostgreSQL: " + e.getMessage());
            }
            embedded = null;
        }
    }
}
