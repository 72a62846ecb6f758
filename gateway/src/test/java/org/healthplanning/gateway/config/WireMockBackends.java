package org.healthplanning.gateway.config;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.healthplanning.gateway.client.Backend;

/**
 * Three WireMock servers standing in for indicator-, project- and facility-service; the gateway's
 * backend URLs point at them. Short timeouts and a small breaker threshold keep the tests quick.
 */
public class WireMockBackends implements QuarkusTestResourceLifecycleManager {
    private static final Map<Backend, WireMockServer> SERVERS = new EnumMap<>(Backend.class);
    private static final Map<Backend, Integer> PORTS = new EnumMap<>(Backend.class);

    public static final int BREAKER_THRESHOLD = 3;
    public static final long TIMEOUT_MS = 600;
    public static final long OPEN_MS = 1000;
    /** Routed requests wait 2 s (gateway.proxy-timeout), imports this long. */
    public static final long IMPORT_TIMEOUT_MS = 5000;

    @Override
    public Map<String, String> start() {
        for (Backend b : Backend.values()) {
            WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(20));
            server.start();
            SERVERS.put(b, server);
            PORTS.put(b, server.port());
        }
        Map<String, String> config = new HashMap<>(Map.of(
                "gateway.backend.indicator.url", "http://localhost:" + SERVERS.get(Backend.INDICATOR).port(),
                "gateway.backend.project.url", "http://localhost:" + SERVERS.get(Backend.PROJECT).port(),
                "gateway.backend.facility.url", "http://localhost:" + SERVERS.get(Backend.FACILITY).port(),
                "gateway.timeout", TIMEOUT_MS + "ms",
                "gateway.proxy-timeout", "2s",
                "gateway.import-timeout", IMPORT_TIMEOUT_MS + "ms"));
        for (String client : new String[] {"IndicatorClient", "ProjectClient", "FacilityClient"}) {
            String prefix = "quarkus.fault-tolerance.\"org.healthplanning.gateway.client." + client + "$$CDIWrapper\".";
            config.put(prefix + "timeout.value", String.valueOf(TIMEOUT_MS));
            // each failed call is tried once more, and the circuit breaker counts both attempts
            config.put(prefix + "circuit-breaker.request-volume-threshold", String.valueOf(BREAKER_THRESHOLD * 2));
            config.put(prefix + "circuit-breaker.delay", String.valueOf(OPEN_MS));
        }
        return config;
    }

    public static WireMockServer server(Backend b) {
        return SERVERS.get(b);
    }

    public static void resetAll() {
        SERVERS.values().forEach(s -> {
            if (s.isRunning()) {
                s.resetAll();
            }
        });
    }

    /** Stops a backend: its port refuses connections until {@link #restart}. */
    public static void stop(Backend b) {
        SERVERS.get(b).stop();
    }

    /** Starts a stopped backend again on the same port (with no stubs). */
    public static WireMockServer restart(Backend b) {
        WireMockServer server = new WireMockServer(wireMockConfig().port(PORTS.get(b)).containerThreads(20));
        server.start();
        SERVERS.put(b, server);
        return server;
    }

    @Override
    public void stop() {
        SERVERS.values().forEach(s -> {
            if (s.isRunning()) {
                s.stop();
            }
        });
    }
}
