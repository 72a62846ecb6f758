package org.healthplanning.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.healthplanning.gateway.client.model.Plan;
import org.healthplanning.gateway.client.model.Region;
import org.healthplanning.gateway.client.model.RegionRatios;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of GET /api/v1/regions/{code}/dashboard; the backends' sections are their answers whole. */
@Schema(name = "RegionDashboard", description = "A region with its plans, its latest resource ratios and the projects "
        + "active in the year. A section whose backend did not answer in time is null and the backend is listed in `degraded`.")
public class RegionDashboard {
    @Schema(required = true, description = "The region's code (GB/T 2260)", examples = "500151")
    public String regionCode;

    @Schema(required = true, type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2100",
            description = "Calendar year of the active projects (the year asked, else the current year)", examples = "2025")
    public Integer year;

    @Schema(required = true, nullable = true, description = "The region (null when facility-service did not answer)")
    public Region region;

    @Schema(required = true, nullable = true, description = "The region's plans (null when indicator-service did not answer)")
    public List<Plan> plans;

    @Schema(required = true, nullable = true, description = "The latest resource ratios among the year and the five calendar years before it, as facility-service "
                    + "answers them (ratios per 1000 residents, population in persons); null when there are none")
    public RegionRatios ratios;

    @Schema(required = true, nullable = true, description = "The projects active in the year (null when project-service "
            + "did not answer)")
    public ActiveProjects activeProjects;

    @Schema(description = "Why a section is empty although its backend answered (e.g. a backend's 4xx); absent when none")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public List<String> notes;

    @Schema(required = true, description = "The backends that did not answer in time (indicator-service, project-service, "
            + "facility-service); empty when every section is complete", examples = "[]")
    public List<String> degraded;

    /** The projects active in a year. */
    @Schema(name = "DashboardActiveProjects", description = "The capital projects active in a calendar year")
    public static class ActiveProjects {
        @Schema(required = true, type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2100",
                description = "Calendar year", examples = "2025")
        public Integer year;
        @Schema(required = true, type = SchemaType.INTEGER, format = "int64", minimum = "0",
                description = "Number of active projects (projects)", examples = "3")
        public Long total;
        @Schema(required = true, type = SchemaType.ARRAY, implementation = BackendSchemas.Project.class,
                description = "The active projects (up to 500)")
        public List<Map<String, Object>> items;
    }
}
