package org.healthplanning.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuiteOptionsTest {
    private static final Path ROOT = Path.of("/srv/suite");

    @Test
    void defaultsAreTheDocumentedPortsAndTheProjectDataDirectory() {
        SuiteOptions o = SuiteOptions.parse(new String[0], Map.of(), ROOT);
        assertEquals(8080, o.gatewayPort);
        assertEquals(8081, o.indicatorPort);
        assertEquals(8082, o.projectPort);
        assertEquals(8083, o.facilityPort);
        assertEquals(Path.of("/srv/suite/.data/postgres"), o.postgresDataDir());
        assertEquals(Path.of("/srv/suite/.data/logs"), o.logDir());
        assertEquals(Path.of("/srv/suite/demo-data/api"), o.demoDir());
        assertFalse(o.reset);
        assertTrue(o.loadDemo);
        assertFalse(o.externalPostgres());
    }

    @Test
    void optionsAndExternalPostgresFromTheEnvironment() {
        SuiteOptions o = SuiteOptions.parse(new String[] {"--reset", "--no-demo", "--gateway-port", "18080", "--data-dir", "/tmp/d"},
                Map.of("PG_JDBC_URL", "jdbc:postgresql://db:5432/postgres", "PG_USER", "hp", "PG_PASSWORD", "secret"), ROOT);
        assertTrue(o.reset);
        assertFalse(o.loadDemo);
        assertEquals(18080, o.gatewayPort);
        assertEquals(Path.of("/tmp/d/postgres"), o.postgresDataDir());
        assertTrue(o.externalPostgres());
        assertEquals("hp", o.externalUser);
        assertEquals("secret", o.externalPassword);
    }

    @Test
    void badOptionsAreRefusedNamingTheOption() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SuiteOptions.parse(new String[] {"--gateway-port", "eighty"}, Map.of(), ROOT));
        assertTrue(e.getMessage().contains("--gateway-port"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SuiteOptions.parse(new String[] {"--pg-port", "70000"}, Map.of(), ROOT));
        assertTrue(e.getMessage().contains("--pg-port"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SuiteOptions.parse(new String[] {"--frobnicate"}, Map.of(), ROOT));
        assertTrue(e.getMessage().contains("--frobnicate"), e.getMessage());
    }

    @Test
    void databaseUrlsNameEachDatabaseOnTheSameServer() {
        SuiteOptions o = SuiteOptions.parse(new String[0], Map.of("PG_JDBC_URL", "jdbc:postgresql://db:5432/postgres?sslmode=disable"), ROOT);
        Database db = new Database(o, System.out);
        assertEquals("jdbc:postgresql://db:5432/indicator?sslmode=disable", db.jdbcUrlOn(o.externalJdbcUrl, "indicator"));
        assertEquals("jdbc:postgresql://localhost:15432/facility", db.jdbcUrlOn("jdbc:postgresql://localhost:15432/postgres", "facility"));
    }
}
