package org.healthplanning.project.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The totals (合计) row a plan prints under its project table, as the API reads and writes it. */
@JsonPropertyOrder({"planCode", "regionCode", "floorAreaM2", "investment10kCny", "newLandMu", "version", "createdAt", "updatedAt"})
@Schema(name = "DeclaredTotals", description = "The 合计 row of a plan's project table, as printed")
public class DeclaredTotalsDto {
    @Schema(examples = "tongliang-14th", readOnly = true, description = "The plan's code, taken from the path")
    public String planCode;

    @Pattern(regexp = "^[0-9A-Za-z_-]{1,32}$", message = "must be a region code such as 500151")
    @Schema(examples = "500151", nullable = true, description = "The plan's region (from indicator-service), which decides who may "
            + "write the totals. Optional: when sent, it must be the plan's region")
    public String regionCode;

    @PositiveOrZero
    @Schema(examples = "594970", nullable = true, description = "Floor area (建筑面积), ㎡")
    public BigDecimal floorAreaM2;

    @PositiveOrZero
    @Schema(examples = "421068", nullable = true, description = "Investment (拟投资), 万元 (10 000 yuan)")
    public BigDecimal investment10kCny;

    @PositiveOrZero
    @Schema(examples = "576", nullable = true, description = "New land (拟新征地), 亩 (mu)")
    public BigDecimal newLandMu;

    @Schema(examples = "0", minimum = "0", description = "Incremented on every change; sent as ETag, expected in If-Match")
    public Long version;

    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    @Schema(readOnly = true, format = "date-time", examples = "2026-03-01T08:00:00.123456Z",
            description = "When the declared totals was created (UTC, ISO-8601; the creating transaction's start). Set by the service; "
                    + "a value sent is ignored")
    public Instant createdAt;

    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    @Schema(readOnly = true, format = "date-time", examples = "2026-03-02T09:30:00.654321Z",
            description = "When the declared totals last changed (UTC, ISO-8601; the changing transaction's start); "
                    + "lists take it as updatedAfter. Set by the service; a value sent is ignored")
    public Instant updatedAt;
}
