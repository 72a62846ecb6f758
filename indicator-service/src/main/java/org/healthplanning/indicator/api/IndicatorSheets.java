package org.healthplanning.indicator.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthplanning.platform.sheet.SheetData;
import org.healthplanning.platform.sheet.SheetSchema;
import org.healthplanning.platform.sheet.SheetSchema.Kind;
import org.healthplanning.platform.sheet.SheetSchema.YearHeading;

/**
 * The spreadsheet (XLSX) form of indicator-service's imports: which headings name which column of the CSV form, and
 * how a printed table's habits become the rows the CSV import reads. A sheet's rows then take the CSV import's own
 * path ({@link BulkRows#fromRecords}), so that a spreadsheet means what the same CSV means.
 */
public final class IndicatorSheets {
    private IndicatorSheets() {
    }

    private static final Pattern NUMERIC_API = Pattern.compile("(baseline|target)\\.(year|value)|position|upperTargets\\.\\d{1,3}\\.(year|value)");

    /** The indicator table (指标表): the export's columns and the headings plans print. */
    public static SheetSchema rows(Predicate<String> importColumn) {
        return new SheetSchema()
                .field("category", Kind.TEXT, "类别", "分类", "指标类别", "领域")
                .field("seq", Kind.TEXT, "序号", "编号")
                .field("name", Kind.TEXT, "指标名称", "主要指标", "指标", "指标名")
                .field("subItem", Kind.TEXT, "子项", "分项", "细项")
                .field("unit", Kind.TEXT, "单位", "计量单位")
                .field("nature", Kind.TEXT, "指标属性", "属性", "指标性质", "性质")
                .field("baseline.raw", Kind.TEXT, "基期值", "基线值", "基数", "现状值", "实际值")
                .field("baseline.year", Kind.NUMBER, "基期年份", "基期年")
                .field("target.raw", Kind.TEXT, "目标值", "目标", "规划目标")
                .field("target.year", Kind.NUMBER, "目标年份", "目标年")
                .field("remarks", Kind.TEXT, "备注")
                .field("definitionCode", Kind.TEXT, "指标代码")
                .years(new YearHeading("baseline.raw", "baseline.year", List.of("实际值", "基期值", "基期", "基数", "基线值", "现状值", "现状")),
                        new YearHeading("target.raw", "target.year", List.of("目标值", "目标", "规划目标", "规划值", "预期目标")))
                .apiNames(importColumn, c -> NUMERIC_API.matcher(c).matches())
                .carryDown("category");
    }

    /** Monitoring values (年度监测): the export's columns and their usual headings. */
    public static SheetSchema values(Predicate<String> importColumn) {
        return new SheetSchema()
                .field("indicatorId", Kind.NUMBER, "指标ID", "指标行ID", "行ID")
                .field("seq", Kind.TEXT, "序号")
                .field("name", Kind.TEXT, "指标名称", "主要指标", "指标")
                .field("subItem", Kind.TEXT, "子项", "分项")
                .field("year", Kind.NUMBER, "年份", "年度", "监测年份")
                .field("value", Kind.NUMBER, "监测值", "数值", "值")
                .field("raw", Kind.TEXT, "原文", "原始值")
                .field("status", Kind.TEXT, "状态", "数据状态")
                .field("source", Kind.TEXT, "来源", "数据来源")
                .field("note", Kind.TEXT, "备注", "说明")
                .field("approvalState", Kind.TEXT, "审核状态")
                .apiNames(importColumn, c -> false);
    }

    /** A trailing unit in brackets of a printed indicator name: 人均预期寿命（岁）. */
    private static final Pattern NAME_UNIT = Pattern.compile("^(.+?)[（(]([^（）()]{1,8})[）)]$");

    /**
     * The rows of an indicator table as the CSV import reads them. Printed tables' habits: without a unit column,
     * the unit in brackets closing the name is the unit (人均预期寿命（岁） → 人均预期寿命, 岁; not a bracket that
     * explains, such as （含门诊、住院）); a sub-item row whose name (or 序号) is left empty, or repeats the row
     * above's, is that indicator's: it takes the name, 序号 and unit above (a merged cell).
     */
    public static List<JsonNode> rows(SheetData sheet, ObjectMapper mapper, Predicate<String> importColumn) {
        boolean unitColumn = sheet.has("unit");
        Map<String, String> above = null;
        for (SheetData.Row row : sheet.rows()) {
            Map<String, String> v = row.values();
            if (!unitColumn && v.get("name") != null) {
                Matcher m = NAME_UNIT.matcher(v.get("name").strip());
                if (m.matches() && !m.group(2).contains("含") && !m.group(2).contains("、") && !m.group(2).contains("其中")) {
                    v.put("name", m.group(1).strip());
                    v.put("unit", m.group(2).strip());
                }
            }
            if (above != null && v.get("subItem") != null
                    && (v.get("name") == null || v.get("name").equals(above.get("name")))) {
                for (String f : List.of("name", "seq", "unit")) {
                    if (v.get(f) == null && above.get(f) != null) {
                        v.put(f, above.get(f));
                    }
                }
            }
            above = v;
        }
        sheet.relate("unit", "name").relate("baseline", "baseline.raw").relate("target", "target.raw");
        return BulkRows.fromRecords(sheet.records(), mapper, importColumn);
    }

    /** The rows of a monitoring values sheet as the CSV import reads them. */
    public static List<JsonNode> values(SheetData sheet, ObjectMapper mapper, Predicate<String> importColumn) {
        return BulkRows.fromRecords(sheet.records(), mapper, importColumn);
    }
}
