package org.healthplanning.gateway.client;

/** The three backends behind the gateway, named as they appear in {@code degraded} and in problems. */
public enum Backend {
    INDICATOR("indicator-service"),
    PROJECT("project-service"),
    FACILITY("facility-service");

    private final String serviceName;

    Backend(String serviceName) {
        this.serviceName = serviceName;
    }

    public String serviceName() {
        return serviceName;
    }
}
