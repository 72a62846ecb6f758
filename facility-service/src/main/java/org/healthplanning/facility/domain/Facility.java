package org.healthplanning.facility.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A medical or public-health institution located in a region. */
@Entity
@Table(name = "facility")
@JsonPropertyOrder({"code", "name", "regionCode", "type", "grade", "ownership", "openedYear", "closedYear", "source", "version", "resources"})
@Schema(name = "Facility", description = "A medical or public-health institution")
public class Facility {
    public static final String CODE_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @JsonIgnore
    public Long id;

    @Pattern(regexp = CODE_PATTERN, message = "must be 1-64 letters, digits, '.', '_' or '-'")
    @Schema(examples = "tl-people-hospital")
    public String code;

    @NotBlank
    @Size(max = 300)
    @Schema(examples = "重庆市铜梁区人民医院")
    public String name;

    @NotBlank
    @Pattern(regexp = Region.CODE_PATTERN, message = Region.CODE_MESSAGE)
    @Column(name = "region_code")
    @Schema(examples = "500151", description = "Code of an existing region")
    public String regionCode;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Schema(examples = "GENERAL_HOSPITAL")
    public FacilityType type;

    @Size(max = 64)
    @Schema(examples = "三级甲等", description = "Grade as printed (e.g. 三级甲等, 二级, 甲级)")
    public String grade;

    @Enumerated(EnumType.STRING)
    @Schema(examples = "PUBLIC")
    public Ownership ownership;

    @Min(1800)
    @Max(2100)
    @Column(name = "opened_year")
    @Schema(examples = "1950")
    public Integer openedYear;

    @Min(1800)
    @Max(2100)
    @Column(name = "closed_year")
    @Schema(examples = "2030", description = "Last year the facility operated; it stops counting after it")
    public Integer closedYear;

    @Size(max = 2000)
    @Schema(examples = "铜梁区卫生健康发展“十四五”规划 专栏七")
    public String source;

    @Version
    @Schema(examples = "0")
    public Long version;

    /** Yearly resources, only on import (and in the import's JSON form); not stored with the facility row. */
    @Transient
    @Valid
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "Yearly resources, accepted by the import")
    public List<YearlyResources> resources;
}
