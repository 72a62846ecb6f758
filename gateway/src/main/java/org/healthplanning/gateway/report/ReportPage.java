package org.healthplanning.gateway.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.healthplanning.gateway.api.PlanReport;

/**
 * The report as one printable HTML page (templates/ReportPage/report.html): the report's data turned into the
 * page's wording and figures, its charts computed by {@link ReportCharts}, rendered with Qute.
 */
@ApplicationScoped
public class ReportPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(View view);
    }

    /** Everything the template shows, as text; null sections are missing (their backend is named in {@code missing}). */
    public record View(String planCode, String title, String kind, String year, String region, String period, String years,
                       String baselineYear, String targetYear,
                       String issuer, String basis, List<String> missing, Summary summary, List<Row> rows, List<Figure> indicatorCharts,
                       Investment investment, String investmentMissing, Ratios ratios, String ratiosMissing, List<Check> checks, boolean checksMissing, List<Source> sources,
                       boolean sourcesMissing, Approval approval, List<String> notes) {
    }

    public record Summary(int indicators, int achieved, int onTrack, int behind, int noData, int notEvaluable, int binding,
                          List<Alert> offTrack, int valuesUsed, int valuesNotApproved) {
    }

    /** A row behind its trajectory; binding ones are alerts. */
    public record Alert(String seq, String name, String nature, boolean binding, String actual, String expected) {
    }

    /** An indicator's chart with its caption and status. */
    public record Figure(String caption, String status, String statusCode, SvgChart chart) {
    }

    /** A row of the indicator table; {@code group} is its category where a new one begins (else null). */
    public record Row(String group, String seq, String name, String unit, String nature, boolean binding, String baseline,
                      String target, String expected, String actual, String actualYear, String progress, String status, String statusCode,
                      String reason, boolean worse, String approval) {
    }

    public record Investment(SvgChart chart, String projects, String total, String inPeriod, String outOfPeriod, String outOfPeriodPercent,
                             String period, List<InvestmentYear> years) {
    }

    public record InvestmentYear(String year, String amount, String period) {
    }

    public record Ratios(SvgChart chart, String year, String basis, String population, List<RatioRow> rows) {
    }

    public record RatioRow(String name, String metric, String unit, String value, String origin, String standards, String meets,
                           String gaps) {
    }

    public record Check(String severity, boolean warning, String check, String code, String row, String message) {
    }

    public record Source(String source, String values, String years, String approval) {
    }

    public record Approval(int draft, int submitted, int approved, int returned) {
    }

    /** The page, in UTF-8. */
    public String render(PlanReport report) {
        return Templates.report(view(report)).render();
    }

    static View view(PlanReport r) {
        PlanReport.ReportPlan plan = r.plan();
        String year = r.year() == null ? "" : r.year().toString();
        String kind = plan == null || r.year() == null ? "规划实施评估" : r.year() >= plan.periodEnd() ? "总结评估" : "中期评估";
        List<String> missing = r.degraded().stream().map(s -> ReportLabels.backend(s) + "未及时响应，"
                + switch (s) {
                    case "indicator-service" -> "规划、指标评估、监测值与规划检查缺失";
                    case "project-service" -> "项目投资章节缺失";
                    case "facility-service" -> "资源配置章节缺失";
                    default -> "相关章节缺失";
                }).toList();
        Map<Long, PlanReport.Indicator> byId = new HashMap<>();
        if (r.indicators() != null) {
            r.indicators().forEach(i -> byId.put(i.id(), i));
        }
        Summary summary = r.summary() == null ? null : new Summary(r.summary().indicators(), r.summary().achieved(), r.summary().onTrack(),
                r.summary().behind(), r.summary().noData(), r.summary().notEvaluable(), r.summary().binding(),
                r.summary().offTrack().stream().map(byId::get).filter(Objects::nonNull).map(i -> new Alert(nz(i.seq()), label(i),
                        ReportLabels.nature(i.nature()), r.summary().bindingOffTrack().contains(i.id()), actual(i), expected(i))).toList(),
                r.summary().valuesUsed(), r.summary().valuesNotApproved());
        Integer baselineYear = plan == null ? null : plan.baselineYear();
        Integer targetYear = plan == null ? null : plan.targetYear();
        List<Row> rows = null;
        if (r.indicators() != null) {
            rows = new ArrayList<>();
            String category = null;
            for (PlanReport.Indicator i : r.indicators()) {
                boolean starts = i.category() != null && !i.category().equals(category);
                category = i.category() != null ? i.category() : category;
                rows.add(row(i, starts ? i.category() : null, baselineYear, targetYear));
            }
        }
        List<Figure> charts = r.indicators() == null ? List.of() : r.indicators().stream().filter(PlanReport.Indicator::quantitative)
                .map(i -> new Figure((i.seq() == null ? "" : i.seq() + " ") + label(i) + (i.unit() == null || i.unit().isBlank() ? "" : "（" + i.unit() + "）"),
                        ReportLabels.status(i.status()), i.status(), ReportCharts.indicator(i, r.year(), baselineYear, targetYear)))
                .toList();
        return new View(r.planCode(), plan == null || plan.title() == null ? r.planCode() : plan.title(), kind, year,
                plan == null ? "" : nz(plan.regionName()) + "（" + plan.regionCode() + "）",
                plan == null ? "" : plan.periodStart() + "–" + plan.periodEnd() + "年",
                plan == null ? "" : (plan.baselineYear() == null ? "—" : plan.baselineYear() + "年") + " / "
                        + (plan.targetYear() == null ? "—" : plan.targetYear() + "年"),
                baselineYear == null ? "—" : baselineYear + "年", targetYear == null ? "—" : targetYear + "年",
                plan == null ? "" : nz(plan.issuer()),
                r.approvedOnly() ? "仅已审核的监测值" : "全部监测值（含未审核）",
                missing, summary, rows, charts, investment(r.investment()), missingBecause(r, "project-service"),
                ratios(r.ratios()), missingBecause(r, "facility-service"),
                r.checks() == null ? null : r.checks().stream().map(c -> new Check(ReportLabels.severity(c.severity()),
                        "WARNING".equals(c.severity()), ReportLabels.check(c.code()), c.code(),
                        (c.seq() == null ? "" : c.seq() + " ") + nz(c.name()) + (c.subItem() == null ? "" : "（" + c.subItem() + "）"),
                        c.message())).toList(),
                r.checks() == null,
                r.sources() == null ? null : r.sources().stream().map(s -> new Source(s.source() == null ? "（未注明来源）" : s.source(),
                        Integer.toString(s.values()), String.join("、", s.years().stream().map(Object::toString).toList()),
                        approvalText(s.approval()))).toList(),
                r.sources() == null,
                r.approval() == null ? null : new Approval(r.approval().draft(), r.approval().submitted(), r.approval().approved(),
                        r.approval().returned()),
                r.notes() == null ? List.of() : r.notes());
    }

    /** The backend a section's absence is due to: its own when it did not answer, else indicator-service (no plan to ask for). */
    private static String missingBecause(PlanReport r, String owner) {
        return r.degraded().contains(owner) || r.plan() != null ? owner : "indicator-service";
    }

    private static Row row(PlanReport.Indicator i, String group, Integer baselineYear, Integer targetYear) {
        PlanReport.Value a = i.actual();
        return new Row(group, nz(i.seq()), label(i), nz(i.unit()), ReportLabels.nature(i.nature()), "BINDING".equals(i.nature()),
                figure(i.baseline(), baselineYear), figure(i.target(), targetYear), ReportLabels.computed(i.expected()),
                a == null || a.value() == null ? "" : a.value().toPlainString(), a == null || a.value() == null ? "" : a.year() + "年",
                i.progressPercent() == null ? "" : i.progressPercent().toPlainString() + "%", ReportLabels.status(i.status()), i.status(),
                nz(ReportLabels.notEvaluableReason(i.notEvaluableReason())), i.worseThanBaseline(),
                a == null ? "" : ReportLabels.approval(a.approvalState()));
    }

    private static String label(PlanReport.Indicator i) {
        return i.name() + (i.subItem() == null ? "" : "（" + i.subItem() + "）");
    }

    private static String actual(PlanReport.Indicator i) {
        PlanReport.Value a = i.actual();
        return a == null || a.value() == null ? "" : a.value().toPlainString() + "（" + a.year() + "年）";
    }

    private static String expected(PlanReport.Indicator i) {
        return ReportLabels.computed(i.expected());
    }

    /** A baseline or target as printed, with its year where it is not the plan's: "≥93.5", "2.1（2019年）". */
    private static String figure(PlanReport.Figure f, Integer planYear) {
        if (f == null || (f.raw() == null && f.value() == null)) {
            return "";
        }
        String printed = f.raw() != null ? f.raw() : f.value().toPlainString();
        return printed + (f.year() == null || f.year().equals(planYear) ? "" : "（" + f.year() + "年）");
    }

    private static Investment investment(PlanReport.Investment inv) {
        if (inv == null) {
            return null;
        }
        List<InvestmentYear> years = new ArrayList<>();
        inv.byYear().forEach(y -> years.add(new InvestmentYear(y.year() + "年", ReportLabels.amount(y.investment10kCny()),
                y.inPeriod() ? "规划期内" : "规划期外")));
        return new Investment(ReportCharts.investment(inv), inv.projects() == null ? "" : inv.projects().toString(),
                ReportLabels.amount(inv.total()), ReportLabels.amount(inv.inPeriod()), ReportLabels.amount(inv.outOfPeriod()),
                inv.outOfPeriodPercent() == null ? "" : inv.outOfPeriodPercent().toPlainString() + "%",
                inv.periodStart() + "–" + inv.periodEnd() + "年", years);
    }

    private static Ratios ratios(PlanReport.Ratios ratios) {
        if (ratios == null) {
            return null;
        }
        List<RatioRow> rows = ratios.rows().stream().map(r -> {
            ReportLabels.Metric m = ReportLabels.metric(r.metric());
            String standards = String.join("；", r.standards().stream().map(s -> ReportLabels.comparator(s.comparator())
                    + s.target().toPlainString() + (s.targetYear() == null ? "" : "（" + s.targetYear() + "年，" + ReportLabels.scope(s.scope()) + "）"))
                    .toList());
            String gaps = String.join("；", r.standards().stream().filter(s -> s.gap() != null)
                    .map(s -> "需" + s.requiredCount() + "，缺口" + s.gap()).toList());
            return new RatioRow(m.name(), r.metric(), nz(m.unit()), ReportLabels.number(r.value()),
                    r.value() == null ? "" : r.published() ? "公布值" : "计算值", standards,
                    r.meetsStandards() == null ? "" : r.meetsStandards() ? "达到" : "未达到", gaps);
        }).toList();
        return new Ratios(ReportCharts.ratios(ratios), ratios.year() == null ? "" : ratios.year() + "年", ReportLabels.basis(ratios.basis()),
                ratios.population() == null ? "" : ReportLabels.amount(java.math.BigDecimal.valueOf(ratios.population())), rows);
    }

    private static String approvalText(PlanReport.Approval a) {
        List<String> parts = new ArrayList<>();
        if (a.approved() > 0) {
            parts.add("已审核 " + a.approved());
        }
        if (a.submitted() > 0) {
            parts.add("已报送 " + a.submitted());
        }
        if (a.returned() > 0) {
            parts.add("已退回 " + a.returned());
        }
        if (a.draft() > 0) {
            parts.add("草稿 " + a.draft());
        }
        return String.join("，", parts);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
