package org.healthplanning.project.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.healthplanning.project.domain.ConstructionType;
import org.healthplanning.project.domain.ProjectStatus;

/**
 * The body of a project's merge patch (RFC 7396), for the OpenAPI document only: the service reads
 * the patch as JSON and merges it into the project. Every member is optional; null removes the value.
 */
@Schema(name = "ProjectPatch", description = "A JSON merge patch (RFC 7396) of a project: members sent replace, null removes. "
        + "A patched printed cell (constructionTypeRaw, yearsRaw, statusRaw, content) re-derives its parsed field unless the patch sets it too.")
public final class ProjectPatch {
    @Schema(nullable = true, pattern = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", description = "Code of the plan the project belongs to",
            examples = "tongliang-14th")
    public String planCode;
    @Schema(nullable = true, pattern = "^[0-9A-Za-z_-]{1,32}$", description = "Region (GB/T 2260 code)", examples = "500151")
    public String regionCode;
    @Schema(nullable = true, type = SchemaType.INTEGER, format = "int32", minimum = "1", description = "Order of the row in the plan's table, from 1",
            examples = "3")
    public Integer position;
    @Schema(nullable = true, maxLength = 32, description = "序号 as printed", examples = "3")
    public String seq;
    @Schema(nullable = true, maxLength = 200, description = "项目类别 / 工程", examples = "公共卫生织网工程")
    public String programme;
    @Schema(maxLength = 500, description = "项目名称; cannot be removed", examples = "铜梁区人民医院传染病区医技楼建设项目")
    public String name;
    @Schema(nullable = true, maxLength = 20000, description = "主要建设内容", examples = "包括土建、内外装饰、医疗设备购置等。")
    public String content;
    @Schema(nullable = true, description = "建设性质", examples = "NEW")
    public ConstructionType constructionType;
    @Schema(nullable = true, maxLength = 50, description = "建设性质 as printed", examples = "新建")
    public String constructionTypeRaw;
    @Schema(nullable = true, minimum = "0", description = "Floor area (建筑面积), ㎡", examples = "5200")
    public BigDecimal floorAreaM2;
    @Schema(nullable = true, minimum = "0", description = "Planned investment (拟投资), 万元 (10 000 yuan)", examples = "3000")
    public BigDecimal investment10kCny;
    @Schema(nullable = true, type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2100",
            description = "First calendar year of the works", examples = "2021")
    public Integer startYear;
    @Schema(nullable = true, type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2100",
            description = "Last calendar year of the works, inclusive", examples = "2023")
    public Integer endYear;
    @Schema(nullable = true, maxLength = 50, description = "实施年度 as printed", examples = "2021-2023")
    public String yearsRaw;
    @Schema(nullable = true, minimum = "0", description = "New land to acquire (拟新征地), 亩 (mu)", examples = "30")
    public BigDecimal newLandMu;
    @Schema(nullable = true, description = "States of the project")
    public List<ProjectStatus> statuses;
    @Schema(nullable = true, maxLength = 200, description = "备注 as printed", examples = "施工中")
    public String statusRaw;
    @Schema(nullable = true, maxLength = 2000, description = "Free text", examples = "城市副中心配套项目")
    public String remarks;
    @Schema(nullable = true, maxLength = 64, description = "facility-service code of the facility the project builds or extends", examples = "TL-RMYY")
    public String facilityCode;
    @Schema(nullable = true, description = "Capacity the project adds; members merge one by one")
    public ProjectDto.Capacity capacity;
    @Schema(nullable = true, description = "Planned and actual investment by calendar year; replaces the whole schedule")
    public List<ProjectDto.AnnualInvestment> annualInvestment;
    @Schema(nullable = true, type = SchemaType.INTEGER, format = "int64", minimum = "0",
            description = "The version last read; checked like If-Match when sent", examples = "0")
    public Long version;

    private ProjectPatch() {
    }
}
