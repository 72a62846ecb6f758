package org.healthplanning.facility.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.healthplanning.facility.domain.RegionLevel;

/** An administrative region as the API reads and writes it; regions form a tree through {@code parentCode}. */
@JsonPropertyOrder({"code", "name", "level", "parentCode", "version", "createdAt", "updatedAt"})
@Schema(name = "Region", description = "An administrative region (GB/T 2260 code where one exists)")
public class RegionDto {
    public static final String CODE_PATTERN = "^[0-9A-Za-z_-]{1,32}$";
    public static final String CODE_MESSAGE = "must be a region code such as 500151 (1-32 letters, digits, '_' or '-')";

    @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE)
    @Schema(examples = "500151", pattern = CODE_PATTERN, description = "Region code: a division code (GB/T 2260, 6 digits; 12 for "
            + "towns and villages), or any code that is not 6 or 12 digits for a special zone or a local region (admins only); "
            + "required on POST, taken from the path on PUT")
    public String code;

    @NotBlank
    @Size(max = 200)
    @Schema(required = true, maxLength = 200, examples = "重庆市铜梁区", description = "Name as printed")
    public String name;

    @NotNull
    @Schema(required = true, examples = "DISTRICT", description = "Level: a division code fixes it (OTHER for a village); "
            + "SPECIAL_ZONE is an area that is not a division (两江新区, 高新区), under a province or city")
    public RegionLevel level;

    @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE)
    @Schema(nullable = true, pattern = CODE_PATTERN, examples = "500000", description = "Code of the enclosing region; null for a root")
    public String parentCode;

    @Schema(nullable = true, minimum = "0", examples = "0", description = "Revision counter (no unit): incremented on every change; sent as ETag, expected in If-Match; ignored on writes")
    public Long version;

    @Schema(readOnly = true, implementation = String.class, format = "date-time", examples = "2026-03-01T08:00:00.123456Z",
            description = "When it was created (UTC, ISO-8601; the creating transaction's start); ignored on writes")
    public Instant createdAt;

    @Schema(readOnly = true, implementation = String.class, format = "date-time", examples = "2026-03-02T09:30:00.654321Z",
            description = "When what it shows last changed (UTC, ISO-8601; the writing transaction's start): the order of"
                    + " updatedAfter; ignored on writes")
    public Instant updatedAt;
}
