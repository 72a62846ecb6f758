package org.healthplanning.gateway.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.healthplanning.gateway.api.PlanReport;

/**
 * The report as an XLSX workbook (Apache POI): 概况 (summary), 指标 (indicators), 监测值 (values), 投资 (investment),
 * 资源 (ratios), 检查 (checks) and 来源 (sources). Numbers are numeric cells, units are in the headers (or in a unit
 * column where rows differ), the header row is frozen. A sheet whose backend did not answer says so in its first row.
 */
@ApplicationScoped
public class ReportWorkbook {
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The sheets' names, in order. */
    public static final List<String> SHEETS = List.of("概况", "指标", "监测值", "投资", "资源", "检查", "来源");

    public byte[] write(PlanReport report) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Writer(wb, report).all();
            wb.getProperties().getCoreProperties().setTitle(title(report));
            wb.getProperties().getCoreProperties().setCreator("区县卫生健康规划管理平台");
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String title(PlanReport r) {
        String name = r.plan() == null || r.plan().title() == null ? r.planCode() : r.plan().title();
        return name + (r.year() == null ? "" : " " + r.year() + "年") + "评估报告";
    }

    private static final class Writer {
        private final XSSFWorkbook wb;
        private final PlanReport r;
        private final CellStyle header;
        private final CellStyle text;
        private final CellStyle number;
        private final CellStyle missing;

        Writer(XSSFWorkbook wb, PlanReport r) {
            this.wb = wb;
            this.r = r;
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            text = wb.createCellStyle();
            text.setVerticalAlignment(VerticalAlignment.TOP);
            text.setWrapText(true);
            number = wb.createCellStyle();
            number.setVerticalAlignment(VerticalAlignment.TOP);
            Font red = wb.createFont();
            red.setColor(IndexedColors.RED.getIndex());
            red.setBold(true);
            missing = wb.createCellStyle();
            missing.setFont(red);
        }

        void all() {
            summary();
            indicators();
            values();
            investment();
            ratios();
            checks();
            sources();
        }

        // --- 概况 ---
        private void summary() {
            Sheet s = sheet(0, new String[] {"项目", "内容"}, new int[] {26, 60});
            int i = 1;
            PlanReport.ReportPlan p = r.plan();
            i = pair(s, i, "规划名称", p == null ? null : p.title());
            i = pair(s, i, "规划编码", r.planCode());
            i = pair(s, i, "地区", p == null ? null : p.regionName());
            i = pair(s, i, "地区编码", p == null ? null : p.regionCode());
            i = pair(s, i, "规划期起（年）", p == null ? null : p.periodStart());
            i = pair(s, i, "规划期止（年）", p == null ? null : p.periodEnd());
            i = pair(s, i, "基线年", p == null ? null : p.baselineYear());
            i = pair(s, i, "目标年", p == null ? null : p.targetYear());
            i = pair(s, i, "编制单位", p == null ? null : p.issuer());
            i = pair(s, i, "评估年度", r.year());
            i = pair(s, i, "评估类型", p == null || r.year() == null ? null : r.year() >= p.periodEnd() ? "总结评估" : "中期评估");
            i = pair(s, i, "数据口径", r.approvedOnly() ? "仅已审核的监测值" : "全部监测值（含未审核）");
            PlanReport.Summary sum = r.summary();
            if (sum != null) {
                i = pair(s, i, "指标总数（项）", sum.indicators());
                i = pair(s, i, "已达标（项）", sum.achieved());
                i = pair(s, i, "符合进度（项）", sum.onTrack());
                i = pair(s, i, "滞后（项）", sum.behind());
                i = pair(s, i, "无数据（项）", sum.noData());
                i = pair(s, i, "无法评估（项）", sum.notEvaluable());
                i = pair(s, i, "约束性指标（项）", sum.binding());
                i = pair(s, i, "约束性指标滞后（项）", sum.bindingOffTrack().size());
                i = pair(s, i, "使用监测值（个）", sum.valuesUsed());
                i = pair(s, i, "其中未审核（个）", sum.valuesNotApproved());
                Map<Long, PlanReport.Indicator> byId = r.indicators().stream()
                        .collect(Collectors.toMap(PlanReport.Indicator::id, Function.identity(), (a, b) -> a));
                for (Long id : sum.offTrack()) {
                    PlanReport.Indicator ind = byId.get(id);
                    if (ind != null) {
                        boolean binding = sum.bindingOffTrack().contains(id);
                        i = pair(s, i, binding ? "滞后指标（约束性，预警）" : "滞后指标",
                                (ind.seq() == null ? "" : ind.seq() + " ") + ind.name() + (ind.subItem() == null ? "" : "（" + ind.subItem() + "）"));
                    }
                }
            }
            if (r.approval() != null) {
                i = pair(s, i, "所用监测值：已审核（个）", r.approval().approved());
                i = pair(s, i, "所用监测值：已报送（个）", r.approval().submitted());
                i = pair(s, i, "所用监测值：已退回（个）", r.approval().returned());
                i = pair(s, i, "所用监测值：草稿（个）", r.approval().draft());
            }
            if (r.investment() != null) {
                i = pair(s, i, "计划总投资（万元）", r.investment().total());
                i = pair(s, i, "规划期外投资占比（%）", r.investment().outOfPeriodPercent());
            }
            for (String backend : r.degraded()) {
                Row row = s.createRow(i++);
                cell(row, 0, "数据暂缺", missing);
                cell(row, 1, ReportLabels.backend(backend) + "未及时响应，相关工作表缺失", missing);
            }
            if (r.notes() != null) {
                for (String note : r.notes()) {
                    i = pair(s, i, "说明", note);
                }
            }
        }

        // --- 指标 ---
        private void indicators() {
            String expected = (r.year() == null ? "" : r.year() + "年") + "预期值";
            Sheet s = sheet(1, new String[] {"指标ID", "序号", "类别", "指标名称", "子项", "单位", "指标性质", "基线年", "基线值", "基线（原文）",
                    "目标年", "目标比较符", "目标值", "目标（原文）", expected, "监测年度", "监测值", "进度（%）", "评估状态", "无法评估原因", "较基线变差",
                    "审核状态", "数据来源"}, new int[] {8, 6, 12, 30, 12, 8, 9, 8, 10, 12, 8, 8, 10, 12, 11, 9, 10, 9, 10, 12, 9, 9, 30});
            if (r.indicators() == null) {
                absent(s, "indicator-service");
                return;
            }
            int i = 1;
            for (PlanReport.Indicator ind : r.indicators()) {
                Row row = s.createRow(i++);
                PlanReport.Figure b = ind.baseline();
                PlanReport.Figure t = ind.target();
                PlanReport.Value a = ind.actual();
                put(row, 0, ind.id());
                put(row, 1, ind.seq());
                put(row, 2, ind.category());
                put(row, 3, ind.name());
                put(row, 4, ind.subItem());
                put(row, 5, ind.unit());
                put(row, 6, ReportLabels.nature(ind.nature()));
                put(row, 7, b == null ? null : b.year());
                put(row, 8, b == null ? null : b.value());
                put(row, 9, b == null ? null : b.raw());
                put(row, 10, t == null ? null : t.year());
                put(row, 11, t == null ? null : t.comparator());
                put(row, 12, t == null ? null : t.value());
                put(row, 13, t == null ? null : t.raw());
                put(row, 14, ind.expected());
                put(row, 15, a == null ? null : a.year());
                put(row, 16, a == null ? null : a.value());
                put(row, 17, ind.progressPercent());
                put(row, 18, ReportLabels.status(ind.status()));
                put(row, 19, ReportLabels.notEvaluableReason(ind.notEvaluableReason()));
                put(row, 20, ind.worseThanBaseline() ? "是" : "否");
                put(row, 21, a == null ? null : ReportLabels.approval(a.approvalState()));
                put(row, 22, a == null ? null : a.source());
            }
        }

        // --- 监测值 ---
        private void values() {
            Sheet s = sheet(2, new String[] {"指标ID", "序号", "指标名称", "子项", "单位", "年度", "监测值", "数据状态", "审核状态", "数据来源"},
                    new int[] {8, 6, 30, 12, 8, 8, 10, 9, 9, 40});
            if (r.indicators() == null) {
                absent(s, "indicator-service");
                return;
            }
            int i = 1;
            for (PlanReport.Indicator ind : r.indicators()) {
                for (PlanReport.Value v : ind.values()) {
                    Row row = s.createRow(i++);
                    put(row, 0, ind.id());
                    put(row, 1, ind.seq());
                    put(row, 2, ind.name());
                    put(row, 3, ind.subItem());
                    put(row, 4, ind.unit());
                    put(row, 5, v.year());
                    put(row, 6, v.value());
                    put(row, 7, ReportLabels.valueStatus(v.status()));
                    put(row, 8, ReportLabels.approval(v.approvalState()));
                    put(row, 9, v.source());
                }
            }
        }

        // --- 投资 ---
        private void investment() {
            Sheet s = sheet(3, new String[] {"年度", "计划投资（万元）", "是否规划期内"}, new int[] {12, 20, 14});
            PlanReport.Investment inv = r.investment();
            if (inv == null) {
                absent(s, "project-service");
                return;
            }
            int i = 1;
            for (PlanReport.InvestmentYear y : inv.byYear()) {
                Row row = s.createRow(i++);
                put(row, 0, y.year());
                put(row, 1, y.investment10kCny());
                put(row, 2, y.inPeriod() ? "是" : "否");
            }
            i++;
            i = pair(s, i, "项目数（个）", inv.projects());
            i = pair(s, i, "合计（万元）", inv.total());
            i = pair(s, i, "规划期内（万元）", inv.inPeriod());
            i = pair(s, i, "规划期外（万元）", inv.outOfPeriod());
            pair(s, i, "规划期外占比（%）", inv.outOfPeriodPercent());
        }

        // --- 资源 ---
        private void ratios() {
            Sheet s = sheet(4, new String[] {"指标", "指标代码", "单位", "现状年度", "现状值", "现状来源", "标准比较符", "标准值", "标准年份",
                    "标准级别", "是否达标", "所需数量", "缺口", "标准出处"}, new int[] {32, 24, 12, 9, 10, 10, 9, 10, 9, 9, 9, 10, 10, 36});
            PlanReport.Ratios ratios = r.ratios();
            if (ratios == null) {
                absent(s, "facility-service");
                return;
            }
            int i = 1;
            for (PlanReport.Ratio ratio : ratios.rows()) {
                ReportLabels.Metric m = ReportLabels.metric(ratio.metric());
                List<PlanReport.Standard> standards = ratio.standards().isEmpty() ? java.util.Collections.singletonList(null) : ratio.standards();
                for (PlanReport.Standard st : standards) {
                    Row row = s.createRow(i++);
                    put(row, 0, m.name());
                    put(row, 1, ratio.metric());
                    put(row, 2, m.unit());
                    put(row, 3, ratio.value() == null ? null : ratios.year());
                    put(row, 4, ratio.value());
                    put(row, 5, ratio.value() == null ? null : ratio.published() ? "公布值" : "计算值");
                    if (st != null) {
                        put(row, 6, ReportLabels.comparator(st.comparator()).isEmpty() ? "=" : ReportLabels.comparator(st.comparator()));
                        put(row, 7, st.target());
                        put(row, 8, st.targetYear());
                        put(row, 9, ReportLabels.scope(st.scope()));
                        put(row, 10, st.met() == null ? null : st.met() ? "是" : "否");
                        put(row, 11, st.requiredCount());
                        put(row, 12, st.gap());
                        put(row, 13, st.source());
                    }
                }
            }
        }

        // --- 检查 ---
        private void checks() {
            Sheet s = sheet(5, new String[] {"级别", "检查项", "代码", "指标ID", "序号", "指标名称", "子项", "说明"},
                    new int[] {8, 22, 30, 8, 6, 28, 10, 70});
            if (r.checks() == null) {
                absent(s, "indicator-service");
                return;
            }
            int i = 1;
            for (PlanReport.Check c : r.checks()) {
                Row row = s.createRow(i++);
                put(row, 0, ReportLabels.severity(c.severity()));
                put(row, 1, ReportLabels.check(c.code()));
                put(row, 2, c.code());
                put(row, 3, c.indicatorId());
                put(row, 4, c.seq());
                put(row, 5, c.name());
                put(row, 6, c.subItem());
                put(row, 7, c.message());
            }
        }

        // --- 来源 ---
        private void sources() {
            Sheet s = sheet(6, new String[] {"数据来源", "监测值（个）", "年度", "已审核（个）", "已报送（个）", "已退回（个）", "草稿（个）"},
                    new int[] {48, 12, 18, 12, 12, 12, 12});
            if (r.sources() == null) {
                absent(s, "indicator-service");
                return;
            }
            int i = 1;
            for (PlanReport.Source src : r.sources()) {
                Row row = s.createRow(i++);
                put(row, 0, src.source() == null ? "（未注明来源）" : src.source());
                put(row, 1, src.values());
                put(row, 2, String.join("、", src.years().stream().map(Object::toString).toList()));
                put(row, 3, src.approval().approved());
                put(row, 4, src.approval().submitted());
                put(row, 5, src.approval().returned());
                put(row, 6, src.approval().draft());
            }
        }

        // --- cells ---
        private Sheet sheet(int index, String[] headers, int[] widths) {
            Sheet s = wb.createSheet(SHEETS.get(index));
            Row row = s.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                cell(row, c, headers[c], header);
                s.setColumnWidth(c, Math.min(255, widths[c]) * 256);
            }
            s.createFreezePane(0, 1);
            return s;
        }

        private void absent(Sheet s, String backend) {
            cell(s.createRow(1), 0, ReportLabels.backend(backend) + "未及时响应，本表数据暂缺", missing);
        }

        private int pair(Sheet s, int i, String label, Object value) {
            Row row = s.createRow(i);
            cell(row, 0, label, text);
            put(row, 1, value);
            return i + 1;
        }

        private void put(Row row, int column, Object value) {
            if (value == null) {
                return;
            }
            if (value instanceof BigDecimal d) {
                Cell c = row.createCell(column);
                c.setCellValue(d.doubleValue());
                c.setCellStyle(number);
            } else if (value instanceof Number n) {
                Cell c = row.createCell(column);
                c.setCellValue(n.doubleValue());
                c.setCellStyle(number);
            } else {
                cell(row, column, value.toString(), text);
            }
        }

        private void cell(Row row, int column, String value, CellStyle style) {
            Cell c = row.createCell(column);
            c.setCellValue(value);
            c.setCellStyle(style);
        }
    }
}
