package org.healthplanning.facility.service;

import java.util.List;
import java.util.Map;
import org.healthplanning.platform.sheet.SheetData;
import org.healthplanning.platform.sheet.SheetSchema;
import org.healthplanning.platform.sheet.SheetSchema.Kind;

/**
 * The spreadsheet (XLSX) form of the facility import: which headings name which column of the CSV form (the CSV's
 * own names, with the units the export writes, or the usual Chinese headings of a facility list), and the printed
 * names of types and ownership. A sheet's rows then take the CSV import's own path
 * ({@link FacilityImportService#importRecords}).
 */
public final class FacilitySheets {
    private FacilitySheets() {
    }

    private static final String[] PERSONS = {"人", "名"};

    public static final SheetSchema SCHEMA = new SheetSchema()
            .field("code", Kind.TEXT, "机构编码", "机构代码", "编码")
            .field("name", Kind.TEXT, "机构名称", "名称")
            .field("regionCode", Kind.TEXT, "区划代码", "行政区划代码", "所属区划")
            .field("type", Kind.TEXT, "机构类型", "类型", "机构类别")
            .field("grade", Kind.TEXT, "等级", "机构等级", "医院等级")
            .field("ownership", Kind.TEXT, "所有制", "举办性质", "经济类型")
            .field("openedYear", Kind.NUMBER, "开业年份", "成立年份")
            .field("closedYear", Kind.NUMBER, "关闭年份", "撤销年份")
            .field("source", Kind.TEXT, "来源", "数据来源")
            .field("resources.year", Kind.NUMBER, "年份", "年度", "统计年份")
            .field("resources.beds", Kind.NUMBER, "床位数", "床位", "实有床位", "实有床位数")
            .units("resources.beds", "张")
            .field("resources.licensedDoctors", Kind.NUMBER, "执业（助理）医师", "执业（助理）医师数", "执业医师")
            .units("resources.licensedDoctors", PERSONS)
            .field("resources.tcmDoctors", Kind.NUMBER, "中医类别执业（助理）医师", "中医执业（助理）医师", "中医执业医师")
            .units("resources.tcmDoctors", PERSONS)
            .field("resources.registeredNurses", Kind.NUMBER, "注册护士", "注册护士数")
            .units("resources.registeredNurses", PERSONS)
            .field("resources.pharmacists", Kind.NUMBER, "药师（士）", "药师", "药师数")
            .units("resources.pharmacists", PERSONS)
            .field("resources.generalPractitioners", Kind.NUMBER, "全科医生", "全科医生数")
            .units("resources.generalPractitioners", PERSONS)
            .field("resources.healthTechnicians", Kind.NUMBER, "卫生技术人员", "卫生技术人员数")
            .units("resources.healthTechnicians", PERSONS)
            .field("resources.publicHealthStaff", Kind.NUMBER, "公共卫生人员", "公共卫生人员数")
            .units("resources.publicHealthStaff", PERSONS)
            .field("resources.ambulances", Kind.NUMBER, "救护车", "救护车数")
            .units("resources.ambulances", "辆")
            .field("resources.childcareSlots", Kind.NUMBER, "托位", "托位数")
            .units("resources.childcareSlots", "个", "位");

    /** Printed facility types and ownership, as the API names them. */
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("综合医院", "GENERAL_HOSPITAL"), Map.entry("中医医院", "TCM_HOSPITAL"),
            Map.entry("中医院", "TCM_HOSPITAL"), Map.entry("妇幼保健院", "MATERNAL_CHILD_HOSPITAL"), Map.entry("专科医院", "SPECIALIST_HOSPITAL"),
            Map.entry("社区卫生服务中心", "COMMUNITY_HEALTH_CENTER"), Map.entry("社区卫生服务站", "COMMUNITY_HEALTH_STATION"),
            Map.entry("乡镇卫生院", "TOWNSHIP_HEALTH_CENTER"), Map.entry("卫生院", "TOWNSHIP_HEALTH_CENTER"), Map.entry("村卫生室", "VILLAGE_CLINIC"),
            Map.entry("疾病预防控制中心", "CDC"), Map.entry("疾控中心", "CDC"), Map.entry("诊所", "CLINIC"), Map.entry("门诊部", "CLINIC"),
            Map.entry("其他", "OTHER"));
    private static final Map<String, String> OWNERSHIP = Map.of("公立", "PUBLIC", "公办", "PUBLIC", "政府办", "PUBLIC",
            "民营", "PRIVATE", "私立", "PRIVATE", "社会办", "PRIVATE");

    /** The rows of a facility sheet as the CSV import reads them (printed types and ownership named as the API names them). */
    public static List<List<String>> records(SheetData sheet) {
        for (SheetData.Row row : sheet.rows()) {
            Map<String, String> v = row.values();
            v.computeIfPresent("type", (k, t) -> TYPES.getOrDefault(t.strip(), t));
            v.computeIfPresent("ownership", (k, o) -> OWNERSHIP.getOrDefault(o.strip(), o));
        }
        sheet.relate("resources", "resources.year");
        return sheet.records();
    }
}
