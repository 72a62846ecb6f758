package org.healthplanning.project.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.healthplanning.project.domain.ConstructionType;
import org.healthplanning.project.domain.ProjectStatus;

/**
 * One row of a plan's capital project table (重大工程项目表) or work-item list, as the API reads and writes it.
 * Its capacity and investment schedule are nested types, so that the OpenAPI scanner meets them first
 * through this class, as it did when the entity was the schema: the published document stays the same.
 */
@JsonPropertyOrder({"id", "planCode", "regionCode", "position", "seq", "programme", "name", "content",
        "constructionType", "constructionTypeRaw", "floorAreaM2", "investment10kCny", "startYear", "endYear", "yearsRaw",
        "newLandMu", "statuses", "statusRaw", "remarks", "facilityCode", "capacity", "annualInvestment", "version", "createdAt", "updatedAt"})
@Schema(name = "Project", description = "A capital project or work item of a plan")
public class ProjectDto {
    public static final String CODE_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

    @Schema(description = "Assigned by the service", readOnly = true, minimum = "1", examples = "1")
    public Long id;

    @NotBlank
    @Pattern(regexp = CODE_PATTERN, message = "must be 1-64 letters, digits, '.', '_' or '-'")
    @Schema(examples = "tongliang-14th", description = "Code of the plan the project belongs to; required except in an import "
            + "with the planCode parameter, which fills it")
    public String planCode;

    @Pattern(regexp = "^[0-9A-Za-z_-]{1,32}$", message = "must be a region code such as 500151")
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

    @Schema(examples = "CONTINUED", nullable = true, description = "建设性质; parsed from constructionTypeRaw when not sent; null when none")
    public ConstructionType constructionType;

    @Size(max = 50)
    @Schema(examples = "续建", nullable = true, description = "建设性质 as printed; '－' = none")
    public String constructionTypeRaw;

    @PositiveOrZero
    @Schema(examples = "1720", nullable = true, description = "Floor area (建筑面积), ㎡")
    public BigDecimal floorAreaM2;

    @PositiveOrZero
    @Schema(examples = "3310", nullable = true, description = "Planned investment (拟投资), 万元 (10 000 yuan)")
    public BigDecimal investment10kCny;

    @Min(1949)
    @Max(2100)
    @Schema(examples = "2020", nullable = true, description = "First calendar year of the works; parsed from yearsRaw when not sent")
    public Integer startYear;

    @Min(1949)
    @Max(2100)
    @Schema(examples = "2022", nullable = true, description = "Last calendar year of the works, inclusive; parsed from yearsRaw when not sent")
    public Integer endYear;

    @Size(max = 50)
    @Schema(examples = "2020-2022", nullable = true, description = "实施年度 as printed")
    public String yearsRaw;

    @PositiveOrZero
    @Schema(examples = "30", nullable = true, description = "New land to acquire (拟新征地), 亩 (mu)")
    public BigDecimal newLandMu;

    @Schema(examples = "[\"APPROVED\", \"FEASIBILITY_STUDY\"]", description = "Parsed from statusRaw when not sent")
    public List<@NotNull ProjectStatus> statuses = new ArrayList<>();

    @Size(max = 200)
    @Schema(examples = "已立项、可研", nullable = true, description = "备注 as printed")
    public String statusRaw;

    @Size(max = 2000)
    @Schema(examples = "城市副中心配套项目", nullable = true, description = "Free text; what statusRaw holds beyond the statuses when not sent")
    public String remarks;

    @Size(max = 64)
    @Schema(examples = "TL-RMYY", nullable = true, description = "facility-service code of the facility the project builds or extends")
    public String facilityCode;

    @Valid
    @Schema(nullable = true, description = "Capacity the project adds; read back with null members where none is stated")
    public Capacity capacity;

    @Valid
    @Schema(description = "Planned and actual investment by year; when planned amounts are given they replace the even spread")
    public List<@NotNull @Valid AnnualInvestment> annualInvestment = new ArrayList<>();

    @Schema(examples = "0", minimum = "0", description = "Incremented on every change; sent as ETag, expected in If-Match")
    public Long version;

    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    @Schema(readOnly = true, format = "date-time", examples = "2026-03-01T08:00:00.123456Z",
            description = "When the project was created (UTC, ISO-8601; the creating transaction's start). Set by the service; "
                    + "a value sent is ignored")
    public Instant createdAt;

    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    @Schema(readOnly = true, format = "date-time", examples = "2026-03-02T09:30:00.654321Z",
            description = "When the project last changed (UTC, ISO-8601; the changing transaction's start); "
                    + "lists take it as updatedAfter. Set by the service; a value sent is ignored")
    public Instant updatedAt;

    /** What a project adds, as the API shows it: beds, childcare places, isolation rooms. */
    @Schema(name = "ProjectCapacity", description = "Capacity a project adds; taken from the content text (设医疗床位100张, 养老床位60张, 设托位150个, 隔离病房500间) when not sent")
    public static class Capacity {
        @PositiveOrZero
        @Schema(examples = "100", nullable = true, description = "Medical beds (医疗床位), beds")
        public Integer medicalBeds;

        @PositiveOrZero
        @Schema(examples = "60", nullable = true, description = "Elderly-care beds (养老床位), beds")
        public Integer elderlyCareBeds;

        @PositiveOrZero
        @Schema(examples = "150", nullable = true, description = "Childcare places (托位), places")
        public Integer childcareSlots;

        @PositiveOrZero
        @Schema(examples = "500", nullable = true, description = "Isolation rooms (隔离病房), rooms")
        public Integer isolationRooms;
    }

    /** One year of a project's investment schedule, in 万元, as the API shows it. */
    @Schema(name = "ProjectAnnualInvestment", description = "One calendar year of a project's investment schedule")
    public static class AnnualInvestment {
        @NotNull
        @Min(1949)
        @Max(2100)
        @Schema(required = true, examples = "2022", description = "Calendar year")
        public Integer year;

        @PositiveOrZero
        @Schema(examples = "1200", nullable = true, description = "Planned investment in the year, 万元 (10 000 yuan)")
        public BigDecimal planned;

        @PositiveOrZero
        @Schema(examples = "1100.5", nullable = true, description = "Actual investment in the year, 万元 (10 000 yuan)")
        public BigDecimal actual;
    }
}
