package org.healthplanning.suite;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readiness is only taken from the process the launcher started, and a port that is taken stops the
 * start before anything runs. The "service" here is a small Java program of this test.
 */
class ServiceProcessTest {
    @TempDir
    Path dir;

    /** Stands in for a service that never opens its port. */
    public static final class Sleeps {
        public static void main(String[] args) throws Exception {
            System.out.println("starting, but never listening");
            Thread.sleep(60_000);
        }
    }

    /** Stands in for a service that fails during its start. */
    public static final class Fails {
        public static void main(String[] args) {
            System.out.println("line one of the log");
            System.out.println("Port is already in use: the service cannot start");
            System.exit(3);
        }
    }

    /** Runs the given main class of the test classes in place of a service's jar. */
    private ServiceProcess service(Class<?> main, int port) throws Exception {
        Path jar = Files.writeString(dir.resolve("quarkus-run.jar"), "not a jar: the main class comes first");
        ServiceProcess s = new ServiceProcess("fake-service", port, jar, dir.resolve("fake-service.log"), Map.of());
        s.start(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        return s;
    }

    @Test
    void aReadyAnswerFromAnotherProcessOnThePortIsNotTakenAsReady() throws Exception {
        HttpServer other = HttpServer.create(new InetSocketAddress(0), 0);
        other.createContext("/q/health/ready", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        other.start();
        ServiceProcess s = service(Sleeps.class, other.getAddress().getPort());
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> s.awaitReady(Duration.ofSeconds(4)));
            assertTrue(e.getMessage().contains("not from fake-service") && e.getMessage().contains("another process listens there"),
                    e.getMessage());
        } finally {
            s.stop(Duration.ofSeconds(5));
            other.stop(0);
        }
    }

    @Test
    void aServiceThatExitsDuringItsStartIsAFailedStartWithTheTailOfItsLog() throws Exception {
        ServiceProcess s = service(Fails.class, RunningSuite.freePorts(1)[0]);
        long started = System.nanoTime();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> s.awaitReady(Duration.ofSeconds(60)));
        assertTrue((System.nanoTime() - started) / 1e9 < 20, "took too long to notice the exit");
        assertTrue(e.getMessage().contains("fake-service exited with code 3 before it was ready"), e.getMessage());
        assertTrue(e.getMessage().contains("Port is already in use: the service cannot start"), e.getMessage());
    }

    @Test
    void aTakenPortIsNamedWithItsServiceAndOption() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();
            SuiteOptions o = SuiteOptions.parse(new String[] {"--project-port", Integer.toString(port),
                    "--gateway-port", Integer.toString(RunningSuite.freePorts(1)[0])}, Map.of(), dir);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Ports.requireFree(o.portsByOption()));
            assertTrue(e.getMessage().contains("port " + port + " (project-service) is already in use"), e.getMessage());
            assertTrue(e.getMessage().contains("--project-port"), e.getMessage());
        }
        SuiteOptions twice = SuiteOptions.parse(new String[] {"--gateway-port", "18181", "--facility-port", "18181"}, Map.of(), dir);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Ports.requireFree(twice.portsByOption()));
        assertTrue(e.getMessage().contains("18181") && e.getMessage().contains("--facility-port"), e.getMessage());
    }
}
