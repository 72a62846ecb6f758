package org.healthplanning.project.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.healthplanning.platform.sheet.SheetData;
import org.healthplanning.platform.sheet.SheetSchema;
import org.healthplanning.platform.sheet.SheetSchema.Kind;
import org.healthplanning.project.api.ImportResult;

/**
 * The spreadsheet (XLSX) form of the project import: which headings name which column of the CSV form (the CSV's
 * own names, or the headings of a plan's 重大工程项目表), and the printed table's habits. A sheet's rows then take the
 * CSV import's own path ({@link ProjectCsv#read(List, ObjectMapper, List)}).
 */
public final class ProjectSheets {
    private ProjectSheets() {
    }

    /** The project table's columns by heading. */
    public static final SheetSchema SCHEMA = new SheetSchema()
            .field("planCode", Kind.TEXT, "规划编码")
            .field("regionCode", Kind.TEXT, "区划代码", "行政区划代码")
            .field("position", Kind.NUMBER)
            .field("seq", Kind.TEXT, "序号", "编号")
            .field("programme", Kind.TEXT, "项目类别", "工程类别", "类别", "工程")
            .field("name", Kind.TEXT, "项目名称", "名称", "分项", "工作内容")
            .field("content", Kind.TEXT, "建设内容", "主要建设内容", "建设规模及内容", "内容")
            .field("constructionType", Kind.TEXT)
            .field("constructionTypeRaw", Kind.TEXT, "建设性质")
            .field("floorAreaM2", Kind.NUMBER, "建筑面积")
            .units("floorAreaM2", "㎡", "m2", "m²", "平方米")
            .field("investment10kCny", Kind.NUMBER, "总投资", "拟投资", "投资", "估算投资", "计划投资", "投资估算")
            .units("investment10kCny", "万元")
            .field("startYear", Kind.NUMBER, "开工年份", "开始年份")
            .field("endYear", Kind.NUMBER, "完工年份", "竣工年份", "结束年份")
            .field("yearsRaw", Kind.TEXT, "建设年限", "实施年度", "计划年限", "建设期限", "建设年度", "实施年限")
            .field("newLandMu", Kind.NUMBER, "新增用地", "拟新征地", "新征地", "新增用地面积")
            .units("newLandMu", "亩")
            .field("statuses", Kind.TEXT)
            .field("statusRaw", Kind.TEXT, "备注", "项目状态", "进展情况")
            .field("remarks", Kind.TEXT, "说明")
            .field("facilityCode", Kind.TEXT, "机构编码")
            .field("capacity.medicalBeds", Kind.NUMBER, "医疗床位")
            .field("capacity.elderlyCareBeds", Kind.NUMBER, "养老床位")
            .field("capacity.childcareSlots", Kind.NUMBER, "托位")
            .field("capacity.isolationRooms", Kind.NUMBER, "隔离病房")
            .field("annualInvestment", Kind.TEXT)
            .carryDown("programme");

    /**
     * The rows of a project sheet as the CSV import reads them. A totals row (合计, 总计, 小计 in 序号 or the name) is
     * not a project: it is left out with a warning (a plan's 合计 is set as its declared totals).
     */
    public static List<ProjectCsv.Row> rows(SheetData sheet, ObjectMapper mapper, List<ImportResult.RowError> errors, List<String> warnings) {
        sheet.rows().removeIf(row -> {
            String seq = strip(row.values().get("seq"));
            String name = strip(row.values().get("name"));
            if (isTotal(seq) || isTotal(name)) {
                warnings.add("sheet '" + sheet.sheet() + "' row " + row.number() + ": a totals row (" + (isTotal(seq) ? seq : name)
                        + ") is not a project and was left out; a plan's 合计 is its declared totals (PUT …/declared-totals)");
                return true;
            }
            return false;
        });
        sheet.relate("constructionType", "constructionTypeRaw").relate("startYear", "yearsRaw").relate("endYear", "yearsRaw")
                .relate("statuses", "statusRaw").relate("capacity", "content");
        return ProjectCsv.read(sheet.records(), mapper, errors);
    }

    private static String strip(String s) {
        return s == null ? null : s.replaceAll("\\s+", "");
    }

    private static boolean isTotal(String s) {
        return s != null && (s.equals("合计") || s.equals("总计") || s.equals("小计"));
    }
}
