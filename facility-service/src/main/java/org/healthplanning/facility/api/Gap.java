package org.healthplanning.facility.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The gap of a region to one target: required = ceil(target x P / N), gap = required - current count. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"standardCode", "scope", "metric", "comparator", "target", "targetYear", "currentYear",
        "currentCount", "currentRatio", "basis", "targetPopulation", "requiredCount", "gap", "source"})
@Schema(name = "RegionGap", description = "The gap of a region (with its sub-regions) to one target; fields without data are absent")
public record Gap(
        @Schema(examples = "tongliang-14th.doctors_per_1000.L125", description = "The standard's code; absent for a one-off question")
        String standardCode,
        @Schema(enumeration = {"NATIONAL", "PROVINCIAL", "CITY", "PLAN"}, examples = "PLAN",
                description = "Who set the standard; absent for a one-off question") String scope,
        @Schema(required = true, examples = "licensedDoctorsPer1000", description = "The ratio metric") String metric,
        @Schema(examples = "=", description = "The standard's comparator") String comparator,
        @Schema(required = true, examples = "3.6",
                description = "The target ratio, in the metric's unit (per 1000 residents, per 10 000 or 30 000 residents, or persons per person or bed)")
        BigDecimal target,
        @Schema(minimum = "1949", maximum = "2100", examples = "2025", description = "The target calendar year") Integer targetYear,
        @Schema(minimum = "1949", maximum = "2100", examples = "2020",
                description = "The latest calendar year with data at or before the target year") Integer currentYear,
        @Schema(minimum = "0", examples = "1952", description = "The current count, in the metric's count unit (beds, persons, vehicles or places)")
        Long currentCount,
        @Schema(examples = "2.85", description = "The current ratio, in the metric's unit (e.g. per 1000 residents)") BigDecimal currentRatio,
        @Schema(enumeration = {"FACILITIES", "REPORTED", "PUBLISHED"}, examples = "FACILITIES",
                description = "Where the current count comes from; PUBLISHED when no count is known and currentRatio is a published ratio")
        String basis,
        @Schema(minimum = "0", examples = "700000", description = "The population the target applies to, in persons") Long targetPopulation,
        @Schema(minimum = "0", examples = "2520", description = "The count the target requires, in the metric's count unit") Long requiredCount,
        @Schema(examples = "568", description = "requiredCount - currentCount, in the metric's count unit; negative when above target")
        Long gap,
        @Schema(examples = "每千人口执业（助理）医师数（人） | 3.6", description = "Where the standard is stated") String source) {
}
