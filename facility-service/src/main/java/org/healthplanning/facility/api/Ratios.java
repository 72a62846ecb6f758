package org.healthplanning.facility.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Population, counts and ratios of a region (with all its sub-regions) in one year. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"regionCode", "year", "population", "populationProjected", "childrenUnder3", "facilityCount", "basis", "counts", "ratios"})
@Schema(name = "RegionRatios", description = "Population, resource counts and resource ratios of a region and all its sub-regions in one year")
public record Ratios(
        @Schema(required = true, examples = "500151", description = "The region's code") String regionCode,
        @Schema(required = true, minimum = "1949", maximum = "2100", examples = "2020", description = "The calendar year") int year,
        @Schema(minimum = "0", examples = "685000", description = "Resident population (常住人口), in persons; absent when not recorded")
        Long population,
        @Schema(examples = "false", description = "true when the population is a projection; absent when not recorded") Boolean populationProjected,
        @Schema(minimum = "0", examples = "15000", description = "Children under 3, in persons; absent when not recorded") Long childrenUnder3,
        @Schema(required = true, minimum = "0", examples = "3",
                description = "Facilities reporting for the year and operating in it, in facilities") long facilityCount,
        @Schema(enumeration = {"FACILITIES", "REPORTED"}, examples = "FACILITIES",
                description = "Where the counts come from: facility sums or the region's reported totals; absent with neither")
        String basis,
        @Schema(implementation = RatioCounts.class, description = "The counts the ratios are computed from; absent without a basis")
        Map<String, Long> counts,
        @Schema(implementation = RatioValues.class, description = "The ratios, rounded half-up to 2 decimals; absent without a basis")
        Map<String, BigDecimal> ratios) {

    public Long count(String name) {
        return counts == null ? null : counts.get(name);
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
