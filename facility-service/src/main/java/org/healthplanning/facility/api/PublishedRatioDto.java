package org.healthplanning.facility.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A region's resource ratio in one year as a plan or yearbook publishes it, as the API reads and writes it. */
@JsonPropertyOrder({"regionCode", "year", "metric", "value", "source", "quote", "version", "createdAt", "updatedAt"})
@Schema(name = "PublishedRatio", description = "A region's resource ratio for one calendar year as a plan or statistics yearbook"
        + " states it (e.g. 每千常住人口床位数24.16张); the ratios answer uses it where neither facility sums nor reported totals give the metric")
public class PublishedRatioDto {
    @Schema(readOnly = true, examples = "500103", description = "The region's code (taken from the path; a value sent is ignored)")
    public String regionCode;

    @Min(1949)
    @Max(2100)
    @Schema(nullable = true, minimum = "1949", maximum = "2100", examples = "2020",
            description = "The calendar year; taken from the path when absent (a different value is a 400)")
    public Integer year;

    @Schema(nullable = true, examples = "bedsPer1000", enumeration = {"bedsPer1000", "licensedDoctorsPer1000", "registeredNursesPer1000",
            "pharmacistsPer1000", "tcmDoctorsPer1000", "healthTechniciansPer1000", "gpsPer10000", "publicHealthStaffPer10000",
            "ambulancesPer30000", "childcareSlotsPer1000", "doctorNurseRatio", "bedStaffRatio"},
            description = "The ratio, named as in the ratios answer; taken from the path when absent (a different value is a 400)")
    public String metric;

    @NotNull
    @DecimalMin("0")
    @Schema(required = true, minimum = "0", examples = "24.16",
            description = "The ratio as printed, digits kept exactly, in the metric's unit: per 1000 residents (per 10 000 for"
                    + " gpsPer10000 and publicHealthStaffPer10000, per 30 000 for ambulancesPer30000), or persons per person"
                    + " (doctorNurseRatio, 1.12 = 1:1.12) and persons per bed (bedStaffRatio)")
    public BigDecimal value;

    @NotBlank
    @Size(max = 500)
    @Schema(required = true, maxLength = 500, examples = "重庆市渝中区卫生健康事业发展“十四五”规划",
            description = "The document that publishes the ratio (a plan's or yearbook's title)")
    public String source;

    @Size(max = 2000)
    @Schema(nullable = true, maxLength = 2000, examples = "每千常住人口床位数24.16张、卫生技术人员34.04人、执业（助理）医师10.91人、注册护士17.09人",
            description = "The sentence or table cell as printed")
    public String quote;

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
