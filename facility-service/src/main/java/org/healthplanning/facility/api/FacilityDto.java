package org.healthplanning.facility.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.healthplanning.facility.domain.FacilityType;
import org.healthplanning.facility.domain.Ownership;

/** A medical or public-health institution as the API reads and writes it (and as the import reads it). */
@JsonPropertyOrder({"code", "name", "regionCode", "type", "grade", "ownership", "openedYear", "closedYear", "source", "version", "createdAt", "updatedAt", "resources"})
@Schema(name = "Facility", description = "A medical or public-health institution")
public class FacilityDto {
    public static final String CODE_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

    @Pattern(regexp = CODE_PATTERN, message = "must be 1-64 letters, digits, '.', '_' or '-'")
    @Schema(examples = "tl-people-hospital", pattern = CODE_PATTERN, description = "Facility code; required on POST, taken from the path on PUT")
    public String code;

    @NotBlank
    @Size(max = 300)
    @Schema(required = true, maxLength = 300, examples = "重庆市铜梁区人民医院", description = "Name as printed")
    public String name;

    @NotBlank
    @Pattern(regexp = RegionDto.CODE_PATTERN, message = RegionDto.CODE_MESSAGE)
    @Schema(required = true, pattern = RegionDto.CODE_PATTERN, examples = "500151", description = "Code of an existing region")
    public String regionCode;

    @NotNull
    @Schema(required = true, examples = "GENERAL_HOSPITAL", description = "Kind of institution")
    public FacilityType type;

    @Size(max = 64)
    @Schema(nullable = true, maxLength = 64, examples = "三级甲等", description = "Grade as printed (e.g. 三级甲等, 二级, 甲级)")
    public String grade;

    @Schema(nullable = true, examples = "PUBLIC", description = "Public (公立) or private (民营)")
    public Ownership ownership;

    @Min(1800)
    @Max(2100)
    @Schema(nullable = true, minimum = "1800", maximum = "2100", examples = "1950", description = "Calendar year the facility opened")
    public Integer openedYear;

    @Min(1800)
    @Max(2100)
    @Schema(nullable = true, minimum = "1800", maximum = "2100", examples = "2030", description = "Last calendar year the facility operated; it stops counting after it")
    public Integer closedYear;

    @Size(max = 2000)
    @Schema(nullable = true, maxLength = 2000, examples = "铜梁区卫生健康发展“十四五”规划 专栏七", description = "Where the facility is listed")
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

    /** Yearly resources, only on import (and in the import's JSON form); not stored with the facility row. */
    @Valid
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "Yearly resources, accepted by the import only (never answered)")
    public List<YearlyResourcesDto> resources;
}
