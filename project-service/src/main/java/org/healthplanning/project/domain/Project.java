package org.healthplanning.project.domain;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of a plan's capital project table (重大工程项目表) or work-item list. */
@Entity
@Table(name = "project")
@JsonPropertyOrder({"id", "planCode", "regionCode", "position", "seq", "programme", "name", "content",
        "constructionType", "constructionTypeRaw", "floorAreaM2", "investment10kCny", "startYear", "endYear", "yearsRaw",
        "newLandMu", "statuses", "statusRaw", "remarks", "facilityCode", "capacity", "annualInvestment", "version"})
@Schema(name = "Project", description = "A capital project or work item of a plan")
public class Project {
    public static final String CODE_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Schema(description = "Assigned by the service", readOnly = true, minimum = "1", examples = "1")
    public Long id;

    @NotBlank
    @Pattern(regexp = CODE_PATTERN, message = "must be 1-64 letters, digits, '.', '_' or '-'")
    @Column(name = "plan_code")
    @Schema(examples = "tongliang-14th", description = "Code of the plan the project belongs to; required except in an import "
            + "with the planCode parameter, which fills it")
    public String planCode;

    @Pattern(regexp = "^[0-9A-Za-z_-]{1,32}$", message = "must be a region code such as 500151")
    @Column(name = "region_code")
    @Schema(examples = "500151", nullable = true, description = "Region (GB/T 2260 code) the project lies in, which decides who may write it")
    public String regionCode;

    @Min(1)
    @Schema(examples = "1", description = "Order of the row in the plan's table, from 1; defaults to after the last row")
    public Integer position;

    @Size(max = 32)
    @Schema(examples = "1", nullable = true, description = "序号 as printed")
    public String seq;

    @Size(max = 200)
    @Schema(examples = "公共卫生织网工程", nullable = true, description = "项目类别 / 工程")
    public String programme;

    @NotBlank
    @Size(max = 500)
    @Schema(required = true, examples = "铜梁区人民医院传染病区医技楼建设项目", description = "项目名称 as printed")
    public String name;

    @Size(max = 20000)
    @Schema(examples = "包括土建、内外装饰、医疗设备购置等。", nullable = true, description = "主要建设内容")
    public String content;

    @Enumerated(EnumType.STRING)
    @Column(name = "construction_type")
    @Schema(examples = "CONTINUED", nullable = true, description = "建设性质; parsed from constructionTypeRaw when not sent; null when none")
    public ConstructionType constructionType;

    @Size(max = 50)
    @Column(name = "construction_type_raw")
    @Schema(examples = "续建", nullable = true, description = "建设性质 as printed; '－' = none")
    public String constructionTypeRaw;

    @PositiveOrZero
    @Column(name = "floor_area_m2")
    @Schema(examples = "1720", nullable = true, description = "Floor area (建筑面积), ㎡")
    public BigDecimal floorAreaM2;

    @PositiveOrZero
    @Column(name = "investment_10k_cny")
    @Schema(examples = "3310", nullable = true, description = "Planned investment (拟投资), 万元 (10 000 yuan)")
    public BigDecimal investment10kCny;

    @Min(1949)
    @Max(2100)
    @Column(name = "start_year")
    @Schema(examples = "2020", nullable = true, description = "First calendar year of the works; parsed from yearsRaw when not sent")
    public Integer startYear;

    @Min(1949)
    @Max(2100)
    @Column(name = "end_year")
    @Schema(examples = "2022", nullable = true, description = "Last calendar year of the works, inclusive; parsed from yearsRaw when not sent")
    public Integer endYear;

    @Size(max = 50)
    @Column(name = "years_raw")
    @Schema(examples = "2020-2022", nullable = true, description = "实施年度 as printed")
    public String yearsRaw;

    @PositiveOrZero
    @Column(name = "new_land_mu")
    @Schema(examples = "30", nullable = true, description = "New land to acquire (拟新征地), 亩 (mu)")
    public BigDecimal newLandMu;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_status", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "idx")
    @Column(name = "status")
    @Enumerated(EnumType.STRING)
    @Schema(examples = "[\"APPROVED\", \"FEASIBILITY_STUDY\"]", description = "Parsed from statusRaw when not sent")
    public List<@NotNull ProjectStatus> statuses = new ArrayList<>();

    @Size(max = 200)
    @Column(name = "status_raw")
    @Schema(examples = "已立项、可研", nullable = true, description = "备注 as printed")
    public String statusRaw;

    @Size(max = 2000)
    @Schema(examples = "城市副中心配套项目", nullable = true, description = "Free text; what statusRaw holds beyond the statuses when not sent")
    public String remarks;

    @Size(max = 64)
    @Column(name = "facility_code")
    @Schema(examples = "TL-RMYY", nullable = true, description = "facility-service code of the facility the project builds or extends")
    public String facilityCode;

    @Valid
    @Embedded
    @Schema(nullable = true, description = "Capacity the project adds; read back with null members where none is stated")
    public Capacity capacity;

    @Valid
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_annual_investment", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "idx")
    @Schema(description = "Planned and actual investment by year; when planned amounts are given they replace the even spread")
    public List<@NotNull @Valid AnnualInvestment> annualInvestment = new ArrayList<>();

    @Version
    @Schema(examples = "0", minimum = "0", description = "Incremented on every change; sent as ETag, expected in If-Match")
    public Long version;

    /** A project that states no capacity still shows the capacity object, with empty members. */
    @PostLoad
    void emptyCapacity() {
        if (capacity == null) {
            capacity = new Capacity();
        }
    }
}
