package org.healthplanning.platform.problem;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.sql.SQLException;
import org.healthplanning.http.Problem;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/**
 * While PostgreSQL cannot be reached a request is answered 503 problem+json with Retry-After (the
 * client may simply retry), not 500; other failures stay 500.
 */
class DatabaseUnavailableMappingTest {
    private static final UriInfo URI = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
            (proxy, method, args) -> method.getName().equals("getPath") ? "/api/v1/test" : null);

    private static Response map(Exception e) {
        return new ProblemMappers().unexpected(e, URI);
    }

    private static void assertUnavailable(Exception e) {
        Response r = map(e);
        assertEquals(503, r.getStatus(), String.valueOf(e));
        assertEquals("5", r.getHeaderString("Retry-After"));
        assertEquals(Problem.MEDIA_TYPE, r.getMediaType().toString());
        Problem body = (Problem) r.getEntity();
        assertEquals(503, body.status());
        assertEquals("/problems/database-unavailable", body.type());
        assertEquals("/api/v1/test", body.instance());
    }

    @Test
    void noPooledConnectionWithinTheAcquisitionTimeout() {
        assertUnavailable(new PersistenceException(new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void connectionRefusedOrBroken() {
        assertUnavailable(new PersistenceException(new SQLException("Connection to localhost:15432 refused", "08001",
                new ConnectException("Connection refused"))));
        assertUnavailable(new RuntimeException(new SQLException("An I/O error occurred while sending to the backend.", "08006")));
    }

    @Test
    void serverShuttingDown() {
        assertUnavailable(new PersistenceException(new SQLException("terminating connection due to administrator command", "57P01")));
        assertUnavailable(new PersistenceException(new SQLException("the database system is starting up", "57P03")));
    }

    @Test
    void otherFailuresRemainInternalErrors() {
        // the mapper logs an unexpected failure at ERROR: expected here, so kept out of the build's output
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(ProblemMappers.class.getName());
        java.util.logging.Level level = log.getLevel();
        log.setLevel(java.util.logging.Level.OFF);
        Response r;
        try {
            r = map(new PersistenceException(new SQLException("relation \"x\" does not exist", "42P01")));
        } finally {
            log.setLevel(level);
        }
        assertEquals(500, r.getStatus());
        assertNull(r.getHeaderString("Retry-After"));
        assertFalse(ProblemMappers.databaseUnavailable(new IllegalStateException("boom", new ArithmeticException())));
    }
}
