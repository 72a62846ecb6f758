package org.healthplanning.gateway.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.healthplanning.gateway.api.PlanReport;

/**
 * The report's charts as geometry: an indicator's trajectory (baseline → target, the year's expected value, the
 * monitoring values), the investment by year (in and out of the plan period), and the region's resource ratios
 * against their standards. No chart library: scales and ticks are computed here, the template writes the SVG.
 */
public final class ReportCharts {
    static final String APPROVED = "APPROVED";

    private ReportCharts() {
    }

    // --- an indicator's trajectory ------------------------------------------------------------------

    static final int IND_W = 320;
    static final int IND_H = 196;
    private static final double IL = 50;
    private static final double IR = 306;
    private static final double IT = 14;
    private static final double IB = 146;

    /**
     * Years from the baseline's (or the plan's) to the target's; the planned line from baseline to target, the target,
     * the expected value of the report year and the monitoring values (filled when approved, hollow otherwise).
     */
    public static SvgChart indicator(PlanReport.Indicator row, Integer reportYear, Integer planBaselineYear, Integer planTargetYear) {
        String unit = row.unit() == null || row.unit().isBlank() ? "" : row.unit();
        String label = row.name() + (row.subItem() == null ? "" : "（" + row.subItem() + "）") + (unit.isEmpty() ? "" : "（" + unit + "）");
        PlanReport.Figure baseline = row.baseline();
        PlanReport.Figure target = row.target();
        Integer by = baseline != null && baseline.year() != null ? baseline.year() : planBaselineYear;
        Integer ty = target != null && target.year() != null ? target.year() : planTargetYear;
        int x0 = by != null ? by : ty != null ? ty - 5 : reportYear != null ? reportYear : 2020;
        int x1 = ty != null ? ty : x0 + 5;
        List<Double> ys = new ArrayList<>();
        for (PlanReport.Value v : row.values()) {
            if (v.value() != null) {
                x0 = Math.min(x0, v.year());
                x1 = Math.max(x1, v.year());
                ys.add(v.value().doubleValue());
            }
        }
        if (x1 <= x0) {
            x1 = x0 + 1;
        }
        BigDecimal b = baseline == null ? null : baseline.value();
        BigDecimal t = target == null ? null : target.value();
        if (b != null) {
            ys.add(b.doubleValue());
        }
        if (t != null) {
            ys.add(t.doubleValue());
        }
        if (row.expected() != null) {
            ys.add(row.expected().doubleValue());
        }
        double[] ticks = ticks(ys.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                ys.stream().mapToDouble(Double::doubleValue).max().orElse(1), 5);
        double lo = ticks[0];
        double hi = ticks[ticks.length - 1];
        int fx0 = x0;
        int fx1 = x1;
        java.util.function.DoubleUnaryOperator sx = year -> IL + (year - fx0) / (fx1 - fx0) * (IR - IL);
        java.util.function.DoubleUnaryOperator sy = v -> IB - (v - lo) / (hi - lo) * (IB - IT);

        String title = label + "：" + (b == null ? "" : "基线" + (by == null ? "" : by + "年") + b.toPlainString() + "，")
                + (t == null ? "" : "目标" + (ty == null ? "" : ty + "年") + ReportLabels.comparator(target.comparator()) + t.toPlainString())
                + (row.expected() != null && reportYear != null ? "，" + reportYear + "年预期值" + ReportLabels.computed(row.expected()) : "")
                + "，监测值" + row.values().stream().filter(v -> v.value() != null).count() + "个";
        SvgChart.Builder c = new SvgChart.Builder("indicator-" + row.id(), title,
                "规划轨迹（基线至目标）、目标值、评估年度预期值与各年度监测值", IND_W, IND_H);
        for (double tick : ticks) {
            c.grid(IL, sy.applyAsDouble(tick), IR, sy.applyAsDouble(tick), "grid");
            c.text(IL - 4, sy.applyAsDouble(tick) + 3.5, "end", "tick", tickLabel(tick));
        }
        c.grid(IL, IB, IR, IB, "axis");
        int step = fx1 - fx0 > 8 ? 2 : 1;
        for (int year = fx0; year <= fx1; year += step) {
            c.text(sx.applyAsDouble(year), IB + 13, "middle", "tick", Integer.toString(year));
        }
        if (reportYear != null && reportYear >= fx0 && reportYear <= fx1) {
            c.line(sx.applyAsDouble(reportYear), IT, sx.applyAsDouble(reportYear), IB, "now");
        }
        if (b != null && t != null && by != null && ty != null) {
            c.line(sx.applyAsDouble(by), sy.applyAsDouble(b.doubleValue()), sx.applyAsDouble(ty), sy.applyAsDouble(t.doubleValue()), "plan");
        }
        if (b != null && by != null) {
            c.circle(sx.applyAsDouble(by), sy.applyAsDouble(b.doubleValue()), 3, "baseline", by + "年基线：" + b.toPlainString() + unit);
        }
        if (t != null && ty != null) {
            double cx = sx.applyAsDouble(ty);
            double cy = sy.applyAsDouble(t.doubleValue());
            c.rect(cx - 3.5, cy - 3.5, 7, 7, "target",
                    ty + "年目标：" + ReportLabels.comparator(target.comparator()) + t.toPlainString() + unit);
        }
        List<double[]> points = new ArrayList<>();
        for (PlanReport.Value v : row.values()) {
            if (v.value() != null) {
                points.add(new double[] {sx.applyAsDouble(v.year()), sy.applyAsDouble(v.value().doubleValue())});
            }
        }
        c.polyline(points, "actual");
        if (row.expected() != null && reportYear != null) {
            c.circle(sx.applyAsDouble(reportYear), sy.applyAsDouble(row.expected().doubleValue()), 4, "expected",
                    reportYear + "年预期值：" + ReportLabels.computed(row.expected()) + unit);
        }
        for (PlanReport.Value v : row.values()) {
            if (v.value() != null) {
                c.circle(sx.applyAsDouble(v.year()), sy.applyAsDouble(v.value().doubleValue()), 3.2,
                        APPROVED.equals(v.approvalState()) ? "value approved" : "value",
                        v.year() + "年监测值：" + v.value().toPlainString() + unit + "（" + ReportLabels.approval(v.approvalState()) + "）");
            }
        }
        double ly = IND_H - 8;
        c.line(IL, ly - 3, IL + 16, ly - 3, "plan").text(IL + 20, ly, "start", "legend", "规划轨迹");
        c.rect(IL + 72, ly - 6.5, 7, 7, "target", "目标值").text(IL + 83, ly, "start", "legend", "目标");
        c.circle(IL + 120, ly - 3, 3.5, "expected", "评估年度预期值").text(IL + 127, ly, "start", "legend", "预期值");
        c.circle(IL + 172, ly - 3, 3.2, "value approved", "已审核监测值").text(IL + 179, ly, "start", "legend", "监测值（空心未审核）");
        return c.build();
    }

    // --- investment by year -------------------------------------------------------------------------

    static final int INV_W = 640;
    static final int INV_H = 250;

    /** One bar per year in 万元, coloured by whether the year lies in the plan period. */
    public static SvgChart investment(PlanReport.Investment investment) {
        double left = 70;
        double right = 626;
        double top = 22;
        double bottom = 196;
        String period = investment.periodStart() + "–" + investment.periodEnd() + "年";
        String title = investment.inPeriod() == null || investment.outOfPeriod() == null ? "项目投资分年度安排（万元）：未列投资额"
                : "项目投资分年度安排（万元）：规划期" + period + "内" + ReportLabels.amount(investment.inPeriod())
                + "万元，规划期外" + ReportLabels.amount(investment.outOfPeriod()) + "万元";
        SvgChart.Builder c = new SvgChart.Builder("investment", title, "按实施年度分摊的计划投资，区分规划期内与规划期外", INV_W, INV_H);
        List<PlanReport.InvestmentYear> years = investment.byYear();
        if (years.isEmpty()) {
            c.text(INV_W / 2.0, INV_H / 2.0, "middle", "empty", "无项目投资数据");
            return c.build();
        }
        double max = years.stream().mapToDouble(y -> y.investment10kCny().doubleValue()).max().orElse(0);
        double[] ticks = ticks(0, max <= 0 ? 1 : max, 5);
        double hi = ticks[ticks.length - 1];
        for (double tick : ticks) {
            double y = bottom - tick / hi * (bottom - top);
            c.grid(left, y, right, y, "grid");
            c.text(left - 5, y + 3.5, "end", "tick", ReportLabels.roundAmount(tick));
        }
        c.grid(left, bottom, right, bottom, "axis");
        c.text(left - 5, top - 9, "end", "tick", "万元");
        double slot = (right - left) / years.size();
        double barW = Math.min(44, slot * 0.7);
        for (int i = 0; i < years.size(); i++) {
            PlanReport.InvestmentYear y = years.get(i);
            double v = y.investment10kCny().doubleValue();
            double h = v / hi * (bottom - top);
            double x = left + slot * i + (slot - barW) / 2;
            c.rect(x, bottom - h, barW, h, y.inPeriod() ? "bar in" : "bar out",
                    y.year() + "年：" + ReportLabels.amount(y.investment10kCny()) + "万元（" + (y.inPeriod() ? "规划期内" : "规划期外") + "）");
            c.text(x + barW / 2, bottom - h - 4, "middle", "bar-label", ReportLabels.roundAmount(v));
            c.text(x + barW / 2, bottom + 14, "middle", "tick", Integer.toString(y.year()));
        }
        double ly = INV_H - 14;
        c.rect(left, ly - 9, 12, 10, "bar in", "规划期内").text(left + 17, ly, "start", "legend", "规划期内（" + period + "）");
        c.rect(left + 190, ly - 9, 12, 10, "bar out", "规划期外").text(left + 207, ly, "start", "legend",
                "规划期外" + (investment.outOfPeriodPercent() == null ? "" : "（占总投资" + investment.outOfPeriodPercent().toPlainString() + "%）"));
        return c.build();
    }

    // --- resource ratios against standards ----------------------------------------------------------

    static final int RAT_W = 640;
    private static final double ROW_H = 34;

    /** One row per metric: the ratio as a bar (on the row's own scale) and each standard as a mark across it. */
    public static SvgChart ratios(PlanReport.Ratios ratios) {
        List<PlanReport.Ratio> rows = ratios.rows();
        int height = (int) (30 + Math.max(1, rows.size()) * ROW_H + 26);
        String title = "资源配置比例与标准" + (ratios.year() == null ? "" : "（" + ratios.year() + "年）") + "：" + rows.size() + "项";
        SvgChart.Builder c = new SvgChart.Builder("ratios", title, "地区资源配置现状值（条形）与规划或国家标准（竖线）", RAT_W, height);
        double labelRight = 262;
        double barLeft = 270;
        double barRight = 520;
        if (rows.isEmpty()) {
            c.text(RAT_W / 2.0, 50, "middle", "empty", "暂无资源配置比例或标准");
            return c.build();
        }
        c.text(barLeft, 16, "start", "legend", (ratios.year() == null ? "现状值" : ratios.year() + "年现状值") + "与标准（每行独立刻度）");
        for (int i = 0; i < rows.size(); i++) {
            PlanReport.Ratio r = rows.get(i);
            ReportLabels.Metric m = ReportLabels.metric(r.metric());
            double top = 28 + i * ROW_H;
            double mid = top + ROW_H / 2;
            c.text(labelRight, mid + 4, "end", "label", m.name());
            double max = r.value() == null ? 0 : r.value().doubleValue();
            for (PlanReport.Standard s : r.standards()) {
                max = Math.max(max, s.target().doubleValue());
            }
            double scale = max <= 0 ? 1 : max * 1.15;
            c.grid(barLeft, top + 6, barLeft, top + ROW_H - 6, "axis");
            String unit = m.unit() == null ? "" : m.unit();
            if (r.value() != null) {
                double w = r.value().doubleValue() / scale * (barRight - barLeft);
                c.rect(barLeft, mid - 7, w, 14, r.published() ? "bar published" : "bar computed",
                        m.name() + "：" + r.value().toPlainString() + unit + (r.published() ? "（公布值）" : "（计算值）"));
            } else {
                c.text(barLeft + 6, mid + 4, "start", "empty-row", "无现状值");
            }
            StringBuilder standards = new StringBuilder();
            for (PlanReport.Standard s : r.standards()) {
                double x = barLeft + s.target().doubleValue() / scale * (barRight - barLeft);
                c.line(x, mid - 12, x, mid + 12, "standard");
                String printed = ReportLabels.comparator(s.comparator()) + s.target().toPlainString();
                c.circle(x, mid - 12, 2.5, "standard-mark", "标准：" + printed + unit
                        + (s.targetYear() == null ? "" : "（" + s.targetYear() + "年）") + " " + ReportLabels.scope(s.scope()));
                standards.append(standards.isEmpty() ? "" : "、").append(printed);
            }
            String text = (r.value() == null ? "—" : r.value().toPlainString()) + (standards.isEmpty() ? "" : " / 标准" + standards);
            c.text(barRight + 8, mid + 4, "start", Boolean.FALSE.equals(r.meetsStandards()) ? "value-text short" : "value-text", text);
        }
        double ly = height - 10;
        c.rect(barLeft, ly - 9, 12, 10, "bar computed", "计算值").text(barLeft + 16, ly, "start", "legend", "计算值");
        c.rect(barLeft + 66, ly - 9, 12, 10, "bar published", "公布值").text(barLeft + 82, ly, "start", "legend", "公布值");
        c.line(barLeft + 140, ly - 11, barLeft + 140, ly + 1, "standard").text(barLeft + 146, ly, "start", "legend", "标准");
        return c.build();
    }

    // --- scales -------------------------------------------------------------------------------------

    /** About {@code count} round tick values covering [min, max] (1, 2 or 5 times a power of ten apart). */
    static double[] ticks(double min, double max, int count) {
        if (max - min < 1e-12) {
            double pad = Math.abs(max) > 1e-12 ? Math.abs(max) * 0.1 : 1;
            min -= pad;
            max += pad;
        }
        double raw = (max - min) / Math.max(1, count - 1);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double step = (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
        double lo = Math.floor(min / step) * step;
        double hi = Math.ceil(max / step) * step;
        int n = (int) Math.round((hi - lo) / step) + 1;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = lo + i * step;
        }
        return out;
    }

    /** A tick value with no more digits than its step needs: 2, 2.5, 0.05. */
    static String tickLabel(double v) {
        BigDecimal d = BigDecimal.valueOf(Math.round(v * 1e6) / 1e6).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
