package org.healthplanning.facility.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Population, counts and ratios of a region (with all its sub-regions) in one year. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"regionCode", "year", "population", "populationBasis", "populationProjected", "childrenUnder3", "facilityCount", "basis",
        "counts", "ratios", "published"})
@Schema(name = "RegionRatios", description = "Population, resource counts and resource ratios of a region and all its sub-regions in one year")
public record Ratios(
        @Schema(required = true, examples = "500151", description = "The region's code") String regionCode,
        @Schema(required = true, minimum = "1949", maximum = "2100", examples = "2020", description = "The calendar year") int year,
        @Schema(minimum = "0", examples = "685000", description = "Resident population (常住人口), in persons: the region's own for the"
                + " year, or else the sum of its direct sub-regions' when every one of them has one (see populationBasis); absent otherwise")
        Long population,
        @Schema(enumeration = {"OWN", "SUM_OF_SUBREGIONS"}, examples = "OWN",
                description = "Where the population comes from: the region's own population row (OWN) or the sum of its direct"
                        + " sub-regions' rows for the year, given only when every direct sub-region has one (SUM_OF_SUBREGIONS);"
                        + " absent when there is no population")
        String populationBasis,
        @Schema(examples = "false", description = "true when the population is a projection (summed: when any sub-region's is); absent when not recorded")
        Boolean populationProjected,
        @Schema(minimum = "0", examples = "15000", description = "Children under 3, in persons (summed: when every sub-region gives it);"
                + " absent when not recorded") Long childrenUnder3,
        @Schema(required = true, minimum = "0", examples = "3",
                description = "Facilities reporting for the year and operating in it, in facilities") long facilityCount,
        @Schema(enumeration = {"FACILITIES", "REPORTED", "PUBLISHED"}, examples = "FACILITIES",
                description = "Where the counts and ratios come from: facility sums (FACILITIES) or else the region's reported totals"
                        + " (REPORTED), a published ratio filling in any metric they do not give; PUBLISHED when every ratio given"
                        + " is a published one (see published). Absent with neither counts nor published ratios")
        String basis,
        @Schema(implementation = RatioCounts.class, description = "The counts the ratios are computed from (facility sums, or else"
                + " reported totals); absent without either")
        Map<String, Long> counts,
        @Schema(implementation = RatioValues.class, description = "The ratios, rounded half-up to 2 decimals (a published one as printed);"
                + " absent without a basis (neither counts nor published ratios)")
        Map<String, BigDecimal> ratios,
        @Schema(implementation = PublishedRatios.class, description = "The ratios taken from publications, by metric, with the document"
                + " and the sentence (only the metrics the counts do not give); absent when none is")
        Map<String, Published> published) {

    public Long count(String name) {
        return counts == null ? null : counts.get(name);
    }

    /** Where the counts come from (FACILITIES or REPORTED), whatever the ratios' basis; null without counts. */
    @JsonIgnore
    public String countsBasis() {
        return counts == null ? null : facilityCount > 0 ? "FACILITIES" : "REPORTED";
    }

    /** A ratio as published, in {@code published}. */
    @JsonPropertyOrder({"value", "source", "quote"})
    @Schema(name = "PublishedRatioValue", description = "A ratio as a plan or yearbook publishes it")
    public record Published(
            @Schema(required = true, minimum = "0", examples = "24.16", description = "The ratio as printed, in the metric's unit"
                    + " (e.g. beds per 1000 residents)") BigDecimal value,
            @Schema(required = true, examples = "重庆市渝中区卫生健康事业发展“十四五”规划", description = "The document that publishes it")
            String source,
            @Schema(nullable = true, examples = "每千常住人口床位数24.16张、卫生技术人员34.04人、执业（助理）医师10.91人、注册护士17.09人",
                    description = "The sentence as printed") String quote) {
    }

    /** Documentation of {@code published}: one entry per metric taken from a publication. */
    @Schema(name = "RegionPublishedRatios", type = SchemaType.OBJECT,
            description = "The ratios of the answer that come from publications, by metric (each as published, in the metric's unit);"
                    + " a metric the counts give is not here")
    public static final class PublishedRatios {
        public Published bedsPer1000;
        public Published licensedDoctorsPer1000;
        public Published registeredNursesPer1000;
        public Published pharmacistsPer1000;
        public Published tcmDoctorsPer1000;
        public Published healthTechniciansPer1000;
        public Published gpsPer10000;
        public Published publicHealthStaffPer10000;
        public Published ambulancesPer30000;
        public Published childcareSlotsPer1000;
        public Published doctorNurseRatio;
        public Published bedStaffRatio;
    }

    /** Documentation of {@code counts}: a null count was not reported. */
    @Schema(name = "RegionResourceCounts", type = SchemaType.OBJECT,
            description = "Resource counts summed over the region's facilities (or its reported totals); null when not reported")
    public static final class RatioCounts {
        @Schema(nullable = true, format = "int64", minimum = "0", examples = "4210", description = "Beds (床位), in beds")
        public Long beds;
        @Schema(nullable = true, format = "int64", minimum = "0", examples = "1952", description = "Licensed (assistant) doctors, in persons")
        public Long licensedDoctors;
        @Schema(nullable = true, format = "int64", minimum = "0", examples = "310", description = "TCM licensed (assistant) doctors, in persons")
        public Long tcmDoctors;
        @Schema(nullable = true, format = "int64", minimum = "0", examples = "2186", description = "Registered nurses, in persons")
        public Long registeredNurses;
        @Schema(nullable = true, format = "int64", minimum = "0", examples = "190", description = "Pharmacists, in persons")
        public Long pharmacists;
        @Schema(nullable = true, format = "int64", minimum = "0", examples = "160", description = "General practitioners, in persons")
        public Long generalPractitioners;
        @Schema(nullable = true, format = "int64", minimum = "0", examples = "5100", description = "Health technicians, in persons")
        public Long healthTechnicians;
        @Schema(nullable = true, format = "int64", minimum = "0", examples = "120", description = "Public health staff, in persons")
        public Long publicHealthStaff;
        @Schema(nullable = true, format = "int64", minimum = "0", examples = "24", description = "Ambulances, in vehicles")
        public Long ambulances;
        @Schema(nullable = true, format = "int64", minimum = "0", examples = "900", description = "Childcare places for children under 3, in places")
        public Long childcareSlots;
    }

    /** Documentation of {@code ratios}: a null ratio is undefined (no population, or a zero or missing count). */
    @Schema(name = "RegionResourceRatios", type = SchemaType.OBJECT,
            description = "Resource ratios rounded half-up to 2 decimals; null when undefined (no population, or a missing or zero base)")
    public static final class RatioValues {
        @Schema(nullable = true, examples = "6.15", description = "Beds per 1000 residents")
        public BigDecimal bedsPer1000;
        @Schema(nullable = true, examples = "2.85", description = "Licensed (assistant) doctors per 1000 residents")
        public BigDecimal licensedDoctorsPer1000;
        @Schema(nullable = true, examples = "3.19", description = "Registered nurses per 1000 residents")
        public BigDecimal registeredNursesPer1000;
        @Schema(nullable = true, examples = "0.28", description = "Pharmacists per 1000 residents")
        public BigDecimal pharmacistsPer1000;
        @Schema(nullable = true, examples = "0.45", description = "TCM licensed (assistant) doctors per 1000 residents")
        public BigDecimal tcmDoctorsPer1000;
        @Schema(nullable = true, examples = "7.45", description = "Health technicians per 1000 residents")
        public BigDecimal healthTechniciansPer1000;
        @Schema(nullable = true, examples = "2.34", description = "General practitioners per 10 000 residents")
        public BigDecimal gpsPer10000;
        @Schema(nullable = true, examples = "1.75", description = "Public health staff per 10 000 residents")
        public BigDecimal publicHealthStaffPer10000;
        @Schema(nullable = true, examples = "1.05", description = "Ambulances per 30 000 residents")
        public BigDecimal ambulancesPer30000;
        @Schema(nullable = true, examples = "1.31", description = "Childcare places per 1000 residents")
        public BigDecimal childcareSlotsPer1000;
        @Schema(nullable = true, examples = "1.12", description = "Registered nurses per licensed doctor (1.12 means 1:1.12), in persons per person")
        public BigDecimal doctorNurseRatio;
        @Schema(nullable = true, examples = "1.21", description = "Health technicians per bed (1.21 means 1:1.21), in persons per bed")
        public BigDecimal bedStaffRatio;
    }
}
