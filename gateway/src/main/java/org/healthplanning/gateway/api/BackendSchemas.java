package org.healthplanning.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A backend's resource schema the gateway passes on without a type of its own, named only: its
 * definition is the backend's, in the suite's document (rest.SuiteDocument). The typed answers
 * (client.model) are named the same way, by mp.openapi.schema.* in application.properties.
 */
public final class BackendSchemas {
    private BackendSchemas() {
    }

    @Schema(name = "Project", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)
    public static final class Project {
    }
}
