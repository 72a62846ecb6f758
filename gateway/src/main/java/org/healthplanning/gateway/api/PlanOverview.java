package org.healthplanning.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.healthplanning.gateway.client.model.Evaluation;
import org.healthplanning.gateway.client.model.Plan;
import org.healthplanning.gateway.client.model.ProjectSummary;
import org.healthplanning.gateway.client.model.RegionRatios;
import org.healthplanning.gateway.client.model.YearValue;

/**
 * The answer of GET /api/v1/plans/{planCode}/overview. The backends' sections are their answers whole,
 * documented under the backends' schema names (mp.openapi.schema.* in application.properties) and replaced
 * by the backends' own definitions in the merged document.
 */
@Schema(name = "PlanOverview", description = "A plan joined with its evaluation, project summary, resource ratios and their "
        + "consistency. A section whose backend did not answer in time is null and the backend is listed in `degraded`.")
public class PlanOverview {
    @Schema(required = true, description = "The plan's code", examples = "tongliang-14th")
    public String planCode;

    @Schema(required = true, nullable = true, type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2100",
            description = "Calendar year of the evaluation and the ratios (the year asked, else the one the backends used; "
                    + "null when none is known)", examples = "2023")
    public Integer year;

    @Schema(required = true, nullable = true, description = "The plan (null when indicator-service did not answer)")
    public Plan plan;

    @Schema(required = true, description = "Whether the evaluation used approved monitoring values only (the approvedOnly parameter)",
            examples = "false")
    public Boolean approvedOnly;

    @Schema(required = true, nullable = true, type = SchemaType.INTEGER, format = "int32", minimum = "0",
            description = "How many of the monitoring values the evaluation used are not approved (DRAFT, SUBMITTED or RETURNED):"
                    + " a count of values; 0 with approvedOnly; null when the evaluation is not available", examples = "3")
    public Integer valuesNotApproved;

    @Schema(required = true, nullable = true, description = "The evaluation for the year (null when not available)")
    public Evaluation evaluation;

    @Schema(required = true, description = "The evaluated binding indicators that are behind their trajectory")
    public List<Evaluation.Row> bindingOffTrack;

    @Schema(required = true, nullable = true, description = "The plan's capital projects summed up for its period: "
            + "investment in 万元 (10 000 yuan), floor area in ㎡, new land in 亩 (mu); null when not available")
    public ProjectSummary projectSummary;

    @Schema(required = true, nullable = true, description = "The region's resource ratios for the year as facility-service answers them (ratios per 1000 "
                    + "residents, population in persons); null when not available")
    public RegionRatios ratios;

    @Schema(required = true, description = "One row per plan indicator whose definition names a resource metric")
    public List<ConsistencyRow> consistency;

    @Schema(description = "Why a section is empty although its backend answered (e.g. a backend's 4xx); absent when none")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public List<String> notes;

    @Schema(required = true, description = "The backends that did not answer in time (indicator-service, project-service, "
            + "facility-service); empty when every section is complete", examples = "[]")
    public List<String> degraded;

    /** A plan indicator compared with the ratio computed from the facility data. */
    @Schema(name = "PlanConsistencyRow", description = "A plan indicator compared with the resource ratio facility-service "
            + "computes for the same calendar year. Values are in the indicator's unit (per 1000 residents for most ratios).")
    public static class ConsistencyRow {
        @Schema(required = true, type = SchemaType.INTEGER, format = "int64", minimum = "1", description = "The plan indicator's id",
                examples = "20")
        public Long indicatorId;
        @Schema(nullable = true, description = "The indicator's number in the plan's table", examples = "14")
        public String seq;
        @Schema(nullable = true, description = "The indicator's name", examples = "每千人口执业（助理）医师数")
        public String name;
        @Schema(nullable = true, description = "The indicator's sub-item, if any")
        public String subItem;
        @Schema(required = true, description = "The indicator definition's code", examples = "LICENSED_DOCTORS_PER_1000")
        public String definitionCode;
        @Schema(required = true, description = "The ratio the definition is linked to", examples = "licensedDoctorsPer1000")
        public String resourceMetric;
        @Schema(implementation = Object.class, nullable = true, type = SchemaType.OBJECT, additionalProperties = Schema.True.class,
                description = "The indicator's baseline (calendar year and value)")
        public YearValue baseline;
        @Schema(implementation = Object.class, nullable = true, type = SchemaType.OBJECT, additionalProperties = Schema.True.class,
                description = "The indicator's target (calendar year and value)")
        public YearValue target;
        @Schema(implementation = Object.class, nullable = true, type = SchemaType.OBJECT, additionalProperties = Schema.True.class,
                description = "The latest monitoring value of the evaluation (calendar year and value), null when none")
        public YearValue actual;
        @Schema(nullable = true, description = "The plan's figure for the year, in the indicator's unit (per 1000 residents "
                + "for most ratios)", examples = "3.15")
        public BigDecimal planValue;
        @Schema(nullable = true, description = "Where planValue comes from: BASELINE, ACTUAL, TARGET or EXPECTED "
                + "(the expected trajectory value); null when there is no plan value", examples = "EXPECTED")
        public String planValueSource;
        @Schema(nullable = true, description = "The ratio computed from the facility data, per 1000 residents (or the "
                + "metric's own unit)", examples = "2.95")
        public BigDecimal computedRatio;
        @Schema(nullable = true, description = "computedRatio minus planValue, 2 decimals, in the same unit", examples = "-0.2")
        public BigDecimal difference;
        @Schema(nullable = true, description = "computedRatio minus the target value, 2 decimals, in the same unit",
                examples = "-0.65")
        public BigDecimal differenceToTarget;
    }
}
