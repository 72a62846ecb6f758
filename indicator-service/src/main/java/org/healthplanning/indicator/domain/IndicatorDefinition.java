package org.healthplanning.indicator.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One indicator of the shared catalogue; plan rows link to it by name or alias. */
@Entity
@Table(name = "indicator_definition")
@JsonPropertyOrder({"code", "name", "nameEn", "unit", "direction", "aliases", "resourceMetric", "description", "version"})
@Schema(name = "IndicatorDefinition", description = "An indicator of the shared national catalogue")
public class IndicatorDefinition {
    public static final String CODE_PATTERN = "^[A-Z][A-Z0-9_]{0,63}$";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @JsonIgnore
    public Long id;

    @NotBlank
    @Pattern(regexp = CODE_PATTERN, message = "must be 1-64 upper-case letters, digits or '_', starting with a letter")
    @Schema(examples = "LIFE_EXPECTANCY")
    public String code;

    @NotBlank
    @Size(max = 300)
    @Schema(examples = "人均预期寿命", description = "Chinese name as usually printed")
    public String name;

    @Size(max = 300)
    @Column(name = "name_en")
    @Schema(nullable = true, examples = "Life expectancy", description = "English name")
    public String nameEn;

    @Size(max = 32)
    @Schema(nullable = true, examples = "岁", description = "Unit as printed (岁, ‰, %, 人, 张 …)")
    public String unit;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Schema(examples = "INCREASE", description = "The way the indicator improves")
    public Direction direction;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_definition_alias", joinColumns = @JoinColumn(name = "definition_id"))
    @OrderColumn(name = "position")
    @Column(name = "alias")
    @Schema(examples = "[\"人口平均预期寿命\", \"人均期望寿命\"]", description = "Other printed names of the same indicator")
    public List<@NotBlank @Size(max = 300) String> aliases = new ArrayList<>();

    @Pattern(regexp = "^[A-Za-z][A-Za-z0-9]{0,63}$", message = "must be a facility-service ratio name such as licensedDoctorsPer1000")
    @Column(name = "resource_metric")
    @Schema(nullable = true, examples = "licensedDoctorsPer1000", description = "The facility-service ratio this indicator corresponds to, if any")
    public String resourceMetric;

    @Size(max = 2000)
    @Schema(nullable = true, examples = "平均每人预期可存活的年数", description = "What the indicator measures")
    public String description;

    @Version
    @Schema(nullable = true, examples = "0", description = "Incremented on every change (a count); sent as ETag, expected in If-Match; ignored when null")
    public Long version;
}
