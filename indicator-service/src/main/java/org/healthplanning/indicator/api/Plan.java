package org.healthplanning.indicator.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Max;
import java.time.Instant;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plan as the API reads and writes it. */
@JsonPropertyOrder({"code", "regionCode", "regionName", "title", "periodStart", "periodEnd", "baselineYear", "targetYear", "issuer", "predecessorCode", "version", "createdAt", "updatedAt"})
@Schema(name = "Plan", description = "A five-year health development plan of one region")
public class Plan {
    public static final String CODE_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

    @NotBlank
    @Pattern(regexp = CODE_PATTERN, message = "must be 1-64 letters, digits, '.', '_' or '-'")
    @Schema(examples = "tongliang-14th", description = "Unique plan code")
    public String code;

    @NotBlank
    @Pattern(regexp = "^[0-9A-Za-z_-]{1,32}$", message = "must be a region code such as 500151")
    @Schema(examples = "500151", description = "GB/T 2260 code of the region the plan covers")
    public String regionCode;

    @Size(max = 200)
    @Schema(nullable = true, examples = "重庆市铜梁区", description = "Name of the region, taken from the region (facility-service); a value sent is ignored (kept writable so that clients which send it keep working)")
    public String regionName;

    @NotBlank
    @Size(max = 500)
    @Schema(examples = "重庆市铜梁区卫生健康发展“十四五”规划", description = "Title of the plan as printed")
    public String title;

    @NotNull
    @Min(1949)
    @Max(2100)
    @Schema(examples = "2021", description = "First calendar year of the plan period")
    public Integer periodStart;

    @NotNull
    @Min(1949)
    @Max(2100)
    @Schema(examples = "2025", description = "Last calendar year of the plan period")
    public Integer periodEnd;

    @Min(1949)
    @Max(2100)
    @Schema(nullable = true, examples = "2020", description = "Calendar year of the baseline values; defaults to the year before the period")
    public Integer baselineYear;

    @Min(1949)
    @Max(2100)
    @Schema(nullable = true, examples = "2025", description = "Calendar year of the targets; defaults to the end of the period")
    public Integer targetYear;

    @Size(max = 200)
    @Schema(nullable = true, examples = "重庆市铜梁区卫生健康委员会", description = "The issuing body")
    public String issuer;

    @Pattern(regexp = CODE_PATTERN, message = "must be 1-64 letters, digits, '.', '_' or '-'")
    @Schema(nullable = true, examples = "tongliang-14th", description = "The plan this one follows: the region's previous "
            + "five-year plan, ending before this one begins. Its results for this plan's baseline year are what the baselines "
            + "should say (see the BASELINE_DIFFERS_FROM_PREDECESSOR check)")
    public String predecessorCode;

    @Schema(nullable = true, examples = "0", description = "Incremented on every change (a count); sent as ETag, expected in If-Match; ignored when null")
    public Long version;

    @Schema(readOnly = true, implementation = String.class, format = "date-time", examples = "2026-03-01T08:00:00.123456Z",
            description = "When the plan was created (UTC, the creating transaction's start); read-only, a value sent is ignored")
    public Instant createdAt;

    @Schema(readOnly = true, implementation = String.class, format = "date-time", examples = "2026-03-02T09:30:00.654321Z",
            description = "When the plan last changed (UTC, the writing transaction's start): what updatedAfter compares; read-only, a value sent is ignored")
    public Instant updatedAt;
}
