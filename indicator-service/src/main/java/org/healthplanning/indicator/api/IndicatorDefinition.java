package org.healthplanning.indicator.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.healthplanning.indicator.domain.Direction;

/** An indicator definition of the catalogue as the API reads and writes it. */
@JsonPropertyOrder({"code", "name", "nameEn", "unit", "direction", "aliases", "resourceMetric", "description", "source", "version", "createdAt", "updatedAt"})
@Schema(name = "IndicatorDefinition", description = "An indicator of the shared national catalogue")
public class IndicatorDefinition {
    public static final String CODE_PATTERN = "^[A-Z][A-Z0-9_]{0,63}$";

    @NotBlank
    @Pattern(regexp = CODE_PATTERN, message = "must be 1-64 upper-case letters, digits or '_', starting with a letter")
    @Schema(examples = "LIFE_EXPECTANCY")
    public String code;

    @NotBlank
    @Size(max = 300)
    @Schema(examples = "人均预期寿命", description = "Chinese name as usually printed")
    public String name;

    @Size(max = 300)
    @Schema(nullable = true, examples = "Life expectancy", description = "English name")
    public String nameEn;

    @Size(max = 32)
    @Schema(nullable = true, examples = "岁", description = "Unit as printed (岁, ‰, %, 人, 张 …)")
    public String unit;

    @NotNull
    @Schema(examples = "INCREASE", description = "The way the indicator improves")
    public Direction direction;

    @Schema(examples = "[\"人口平均预期寿命\", \"人均期望寿命\"]", description = "Other printed names of the same indicator")
    public List<@NotBlank @Size(max = 300) String> aliases = new ArrayList<>();

    @Pattern(regexp = "^[A-Za-z][A-Za-z0-9]{0,63}$", message = "must be a facility-service ratio name such as licensedDoctorsPer1000")
    @Schema(nullable = true, examples = "licensedDoctorsPer1000", description = "The facility-service ratio this indicator corresponds to, if any")
    public String resourceMetric;

    @Size(max = 2000)
    @Schema(nullable = true, examples = "平均每人预期可存活的年数", description = "What the indicator measures")
    public String description;

    @Size(max = 500)
    @Schema(nullable = true, examples = "《“十四五”国民健康规划》（国办发〔2022〕11号）",
            description = "The document the definition is taken from")
    public String source;

    @Schema(nullable = true, examples = "0", description = "Incremented on every change (a count); sent as ETag, expected in If-Match; ignored when null")
    public Long version;

    @Schema(readOnly = true, implementation = String.class, format = "date-time", examples = "2026-03-01T08:00:00.123456Z",
            description = "When the definition was created (UTC, the creating transaction's start); read-only, a value sent is ignored")
    public Instant createdAt;

    @Schema(readOnly = true, implementation = String.class, format = "date-time", examples = "2026-03-02T09:30:00.654321Z",
            description = "When the definition last changed (UTC, the writing transaction's start): what updatedAfter compares; read-only, a value sent is ignored")
    public Instant updatedAt;
}
