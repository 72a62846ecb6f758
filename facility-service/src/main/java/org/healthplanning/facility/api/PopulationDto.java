package org.healthplanning.facility.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A region's resident population (常住人口) in one year, actual or projected, as the API reads and writes it. */
@JsonPropertyOrder({"regionCode", "year", "residents", "childrenUnder3", "projected", "source", "version", "createdAt", "updatedAt"})
@Schema(name = "Population", description = "Resident population of a region in one year")
public class PopulationDto {
    @Schema(examples = "500151", readOnly = true, description = "The region's code, taken from the path")
    public String regionCode;

    @Min(1949)
    @Max(2100)
    @Schema(minimum = "1949", maximum = "2100", examples = "2020", description = "The calendar year; taken from the path when absent")
    public Integer year;

    @NotNull
    @Min(0)
    @Schema(required = true, minimum = "0", examples = "685000", description = "Resident population (常住人口), in persons")
    public Long residents;

    @Min(0)
    @Schema(nullable = true, minimum = "0", examples = "15000", description = "Children under 3, in persons, for childcare-place ratios")
    public Long childrenUnder3;

    @Schema(nullable = true, examples = "false", description = "true for a projection (e.g. the target year of a plan)")
    public Boolean projected;

    @Size(max = 2000)
    @Schema(nullable = true, maxLength = 2000, examples = "重庆市铜梁区2020年国民经济和社会发展统计公报", description = "Where the figure is published")
    public String source;

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
