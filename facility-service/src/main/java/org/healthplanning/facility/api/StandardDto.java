package org.healthplanning.facility.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.healthplanning.facility.domain.StandardScope;

/** A planning standard or resource target as the API reads and writes it: a value for a metric, set at some scope. */
@JsonPropertyOrder({"code", "metric", "name", "comparator", "value", "valueMax", "valueRaw", "unit", "scope",
        "regionCode", "planCode", "year", "source", "note", "version", "createdAt", "updatedAt"})
@Schema(name = "Standard", description = "A planning standard or resource target")
public class StandardDto {
    public static final String CODE_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$";
    public static final String COMPARATOR_PATTERN = "^(>=|<=|>|<|=|≈|between|qualitative)$";

    @Pattern(regexp = CODE_PATTERN, message = "must be 1-128 letters, digits, '.', '_' or '-'")
    @Schema(examples = "tongliang-14th.licensedDoctorsPer1000.2025", pattern = CODE_PATTERN, description = "Standard code; required on POST, taken from the path on PUT")
    public String code;

    @NotBlank
    @Size(max = 128)
    @Schema(required = true, maxLength = 128, examples = "licensedDoctorsPer1000",
            description = "A ratio metric (bedsPer1000, licensedDoctorsPer1000, registeredNursesPer1000, pharmacistsPer1000, "
                    + "tcmDoctorsPer1000, healthTechniciansPer1000, gpsPer10000, publicHealthStaffPer10000, ambulancesPer30000, "
                    + "childcareSlotsPer1000, doctorNurseRatio, bedStaffRatio) gets gaps computed; any other code is kept as a stated target")
    public String metric;

    @Size(max = 300)
    @Schema(nullable = true, maxLength = 300, examples = "每千人口执业（助理）医师数（人）", description = "The metric as printed")
    public String name;

    @NotBlank
    @Pattern(regexp = COMPARATOR_PATTERN, message = "must be one of >=, <=, >, <, =, ≈, between, qualitative")
    @Schema(required = true, enumeration = {">=", "<=", ">", "<", "=", "≈", "between", "qualitative"}, examples = ">=",
            description = "How the value is meant (≈: about)",
            extensions = @org.eclipse.microprofile.openapi.annotations.extensions.Extension(name = "x-enum-varnames", parseValue = true,
                    value = "[\"AT_LEAST\", \"AT_MOST\", \"ABOVE\", \"BELOW\", \"EQUAL\", \"ABOUT\", \"BETWEEN\", \"QUALITATIVE\"]"))
    public String comparator;

    @Schema(nullable = true, examples = "3.6", description = "The target value, in the unit given by unit (e.g. persons per 1000 residents); the lower bound for 'between'")
    public BigDecimal value;

    @Schema(nullable = true, examples = "4.5", description = "Upper bound for 'between', in the unit given by unit")
    public BigDecimal valueMax;

    @Size(max = 64)
    @Schema(nullable = true, maxLength = 64, examples = "3.6", description = "The value as printed")
    public String valueRaw;

    @Size(max = 32)
    @Schema(nullable = true, maxLength = 32, examples = "人", description = "Unit of value as printed (e.g. 人 persons per 1000 residents, 张 beds, %, ‰)")
    public String unit;

    @NotNull
    @Schema(required = true, examples = "PLAN", description = "Who set the standard")
    public StandardScope scope;

    @Pattern(regexp = RegionDto.CODE_PATTERN, message = RegionDto.CODE_MESSAGE)
    @Schema(nullable = true, pattern = RegionDto.CODE_PATTERN, examples = "500151", description = "Region the standard applies to (and its sub-regions); null for national")
    public String regionCode;

    @Size(max = 64)
    @Schema(nullable = true, maxLength = 64, examples = "tongliang-14th", description = "The plan that states it, for PLAN standards")
    public String planCode;

    @Min(1949)
    @Max(2100)
    @Schema(nullable = true, minimum = "1949", maximum = "2100", examples = "2025", description = "Target calendar year; null for a standing standard")
    public Integer year;

    @Size(max = 2000)
    @Schema(nullable = true, maxLength = 2000, examples = "每千人口执业（助理）医师数（人） | 3.6", description = "Where the standard is stated")
    public String source;

    @Size(max = 1000)
    @Schema(nullable = true, maxLength = 1000, examples = "专栏1 row 11 (约束性)", description = "A remark")
    public String note;

    @Schema(nullable = true, minimum = "0", examples = "0", description = "Revision counter (no unit); sent as ETag, expected in If-Match; ignored on writes")
    public Long version;

    @Schema(readOnly = true, implementation = String.class, format = "date-time", examples = "2026-03-01T08:00:00.123456Z",
            description = "When it was created (UTC, ISO-8601; the creating transaction's start); ignored on writes")
    public Instant createdAt;

    @Schema(readOnly = true, implementation = String.class, format = "date-time", examples = "2026-03-02T09:30:00.654321Z",
            description = "When what it shows last changed (UTC, ISO-8601; the writing transaction's start): the order of"
                    + " updatedAfter; ignored on writes")
    public Instant updatedAt;
}
