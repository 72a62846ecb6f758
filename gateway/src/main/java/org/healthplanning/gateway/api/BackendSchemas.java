package org.healthplanning.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Stand-in for a backend's resource schema the gateway passes on without a type of its own, under the
 * backend's name, so that the gateway's own document is complete on its own. In the merged document
 * (/q/openapi) it is replaced by the owning backend's full definition of the same name. The typed
 * answers (client.model) are documented the same way, by mp.openapi.schema.* in application.properties.
 */
public final class BackendSchemas {
    private BackendSchemas() {
    }

    @Schema(name = "Project", description = "A capital project, as project-service answers it (GET /api/v1/projects/{id})", additionalProperties = Schema.True.class)
    public static final class Project {
    }
}
