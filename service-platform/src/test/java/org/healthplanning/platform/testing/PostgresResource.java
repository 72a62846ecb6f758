package org.healthplanning.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

/**
 * A real PostgreSQL for the tests: the server named by PG_JDBC_URL (with PG_USER, PG_PASSWORD)
 * when that is set, otherwise an embedded PostgreSQL 17 started for this test run. The service's
 * own database is created on it when missing.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {
    /** The service's own test database: indicator-service tests use indicator_test. */
    private static final String DATABASE = org.eclipse.microprofile.config.ConfigProvider.getConfig()
            .getOptionalValue("quarkus.application.name", String.class).orElse("service").replace("-service", "") + "_test";
    private EmbeddedPostgres embedded;

    @Override
    public Map<String, String> start() {
        try {
            String adminUrl = System.getenv("PG_JDBC_URL");
            String user = System.getenv().getOrDefault("PG_USER", "postgres");
            String password = System.getenv().getOrDefault("PG_PASSWORD", "postgres");
            if (adminUrl == null || adminUrl.isBlank()) {
                embedded = EmbeddedPostgres.builder().start();
                adminUrl = embedded.getJdbcUrl("postgres", "postgres");
                user = "postgres";
                password = "postgres";
            }
            try (Connection c = DriverManager.getConnection(adminUrl, user, password);
                 Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                    if (!rs.next()) {
                        s.execute("create database " + DATABASE);
                    }
                }
            }
            String url = adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + DATABASE + "$1");
            return Map.of(
                    "quarkus.datasource.jdbc.url", url,
                    "quarkus.datasource.username", user,
                    "quarkus.datasource.password", password);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start PostgreSQL for the tests", e);
        }
    }

    @Override
    public void stop() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (Exception ignored) {
                // the JVM is ending anyway
            }
        }
    }
}
