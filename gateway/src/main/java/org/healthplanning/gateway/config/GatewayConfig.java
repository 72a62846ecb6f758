package org.healthplanning.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Where the three backends live and how patiently the gateway waits for them.
 * {@code gateway.backend.indicator.url}, {@code gateway.backend.project.url},
 * {@code gateway.backend.facility.url}, {@code gateway.timeout}, {@code gateway.proxy-timeout},
 * {@code gateway.import-timeout}.
 */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    Backends backend();

    /** The connect timeout of routed requests and the wait of the health check (the views' reads: the Fault Tolerance settings). */
    @WithDefault("2s")
    Duration timeout();

    /** How long a routed request may wait for its backend's answer (imports: {@link #importTimeout()}). */
    @WithDefault("30s")
    Duration proxyTimeout();

    /**
     * How long a bulk import (a path ending in {@code /import}) may wait for its backend's answer. Longer than
     * the backends' transaction timeout (quarkus.transaction-manager.default-transaction-timeout, 120 s) plus
     * what an import does outside its transaction, so that the client gets the backend's own answer
     * (imported, or rolled back) rather than a 504 that leaves it guessing.
     */
    @WithDefault("180s")
    Duration importTimeout();

    /** Connections kept per backend. */
    @WithDefault("64")
    int poolSize();

    /**
     * The backend operations the gateway passes through, by the owning service (a Stork service name):
     * {@code gateway.routes.indicator-service=/api/v1/plans,/api/v1/plans/{planCode},...}. One route per
     * operation template, so that metrics name the operation.
     */
    Map<String, List<String>> routes();

    interface Backends {
        Endpoint indicator();

        Endpoint project();

        Endpoint facility();
    }

    interface Endpoint {
        /** The backend's URL, or its instances' URLs separated by commas (SmallRye Stork's static list balances over them). */
        String url();
    }
}
