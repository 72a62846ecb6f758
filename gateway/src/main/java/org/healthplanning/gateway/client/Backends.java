package org.healthplanning.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The typed client of each backend, for what all three answer alike (audit trail, deletions, OpenAPI document). */
@ApplicationScoped
public class Backends {
    @Inject
    @RestClient
    IndicatorClient indicator;

    @Inject
    @RestClient
    ProjectClient project;

    @Inject
    @RestClient
    FacilityClient facility;

    public BackendApi of(Backend backend) {
        return switch (backend) {
            case INDICATOR -> indicator;
            case PROJECT -> project;
            case FACILITY -> facility;
        };
    }
}
