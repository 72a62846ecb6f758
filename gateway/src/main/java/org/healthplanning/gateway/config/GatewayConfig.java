package org.healthplanning.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Where the three backends live and how patiently the gateway waits for them.
 * {@code gateway.backend.indicator.url}, {@code gateway.backend.project.url},
 * {@code gateway.backend.facility.url}, {@code gateway.timeout}, {@code gateway.proxy-timeout},
 * {@code gateway.import-timeout}.
 */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    Backends backend();

    /** Per call timeout for the reads behind the aggregated views and the OpenAPI documents; also the connect timeout. */
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

    /** Extra attempts for an idempotent read that failed to connect or got a 5xx (never after a timeout). */
    @WithDefault("1")
    int retries();

    /** Connections kept per backend. */
    @WithDefault("64")
    int poolSize();

    Breaker breaker();

    OpenApi openapi();

    interface Backends {
        Endpoint indicator();

        Endpoint project();

        Endpoint facility();
    }

    interface Endpoint {
        String url();
    }

    interface Breaker {
        /** Consecutive failed calls that open a backend's circuit. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open circuit rejects calls before one trial call is let through. */
        @WithDefault("3s")
        Duration openDuration();
    }

    interface OpenApi {
        /** Age after which the backends' OpenAPI documents are fetched again. */
        @WithDefault("30s")
        Duration refresh();
    }
}
