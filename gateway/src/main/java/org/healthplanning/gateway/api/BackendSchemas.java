package org.healthplanning.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Stand-ins for the backends' own resource schemas, under the backends' names, so that the
 * gateway's own document is complete on its own. In the merged document (/q/openapi) each is
 * replaced by the owning backend's full definition of the same name.
 */
public final class BackendSchemas {
    private BackendSchemas() {
    }

    @Schema(name = "Plan", description = "A five-year health development plan, as indicator-service answers it "
            + "(GET /api/v1/plans/{planCode})", additionalProperties = Schema.True.class)
    public static final class Plan {
    }

    @Schema(name = "Evaluation", description = "The evaluation of a plan's indicators for a calendar year, as "
            + "indicator-service answers it (GET /api/v1/plans/{planCode}/evaluation)", additionalProperties = Schema.True.class)
    public static final class Evaluation {
    }

    @Schema(name = "EvaluatedIndicator", description = "One evaluated indicator row of an evaluation (indicator-service)",
            additionalProperties = Schema.True.class)
    public static final class EvaluatedIndicator {
    }

    @Schema(name = "ProjectSummary", description = "The capital projects of a plan summed up for its period, as "
            + "project-service answers it (GET /api/v1/plans/{planCode}/project-summary)", additionalProperties = Schema.True.class)
    public static final class ProjectSummary {
    }

    @Schema(name = "Project", description = "A capital project, as project-service answers it (GET /api/v1/projects/{id})",
            additionalProperties = Schema.True.class)
    public static final class Project {
    }

    @Schema(name = "Region", description = "An administrative region (GB/T 2260 code), as facility-service answers it "
            + "(GET /api/v1/regions/{code})", additionalProperties = Schema.True.class)
    public static final class Region {
    }

    @Schema(name = "RegionRatios", description = "Population (persons), resource counts and resource ratios (per 1000 "
            + "residents) of a region in one calendar year, as facility-service answers it (GET /api/v1/regions/{code}/ratios)",
            additionalProperties = Schema.True.class)
    public static final class RegionRatios {
    }
}
