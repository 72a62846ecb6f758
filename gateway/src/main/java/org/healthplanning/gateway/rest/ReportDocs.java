package org.healthplanning.gateway.rest;

/** The OpenAPI texts and examples of the plan evaluation report, in one place. */
final class ReportDocs {
    private ReportDocs() {
    }

    static final String DESCRIPTION = "A plan's evaluation report (中期评估 before the plan's last year, 总结评估 from it) for a "
            + "calendar year, joined by the gateway from the three backends: the plan's identity; a summary (achieved, on track, "
            + "behind, no data, not evaluable, in counts of indicator rows; the rows behind their trajectory, binding (约束性) "
            + "rows first); every indicator row with category, name, unit, nature, baseline, target, the expected value of "
            + "the year, the value used, status and approval state, and all its monitoring values; the capital investment "
            + "by year in 万元 (10 000 yuan), in and out of the plan period; the region's latest resource ratios (per 1000 "
            + "residents, or the metric's unit) at or before the year against the standards of the plan's target year; the "
            + "plan checks; the sources and approval states of the values used.\n\n"
            + "Three forms of the same content, chosen by `format` or else by `Accept`: JSON (`application/json`, the default), "
            + "one self-contained printable HTML page (`text/html`: Chinese, A4, inline CSS and SVG charts: each quantitative "
            + "indicator's trajectory, the investment by year, the ratios against their standards; no script, no external "
            + "asset), or an XLSX workbook (sheets 概况, 指标, 监测值, 投资, 资源, 检查, 来源; numbers as numbers, units in the "
            + "headers, header rows frozen). An `Accept` that lists none of these is a 406.\n\n"
            + "Without `year` the evaluation's latest year with a value is used (the plan's baseline year while no value exists). "
            + "The backends are asked in parallel; any that does not answer in time is listed in `degraded` (in the HTML page, "
            + "a notice and each missing section marked), the answer is still 200. Public read.";

    static final String FORMAT = "The form of the answer: json, html or xlsx; wins over `Accept` (for links and browsers)";

    static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final String EXAMPLE = """
            {"planCode": "tongliang-14th", "year": 2023, "approvedOnly": false,
             "plan": {"code": "tongliang-14th", "title": "重庆市铜梁区卫生健康发展“十四五”规划", "regionCode": "500151",
                      "regionName": "重庆市铜梁区", "periodStart": 2021, "periodEnd": 2025, "baselineYear": 2020, "targetYear": 2025,
                      "issuer": "重庆市铜梁区卫生健康委员会"},
             "summary": {"indicators": 2, "achieved": 1, "onTrack": 0, "behind": 1, "noData": 0, "notEvaluable": 0, "binding": 1,
                         "offTrack": [12], "bindingOffTrack": [12], "valuesUsed": 2, "valuesNotApproved": 1},
             "indicators": [
               {"id": 1, "category": "健康水平", "seq": "1", "name": "人均预期寿命", "subItem": null, "unit": "岁", "nature": "EXPECTED",
                "direction": "INCREASE", "baseline": {"year": 2020, "raw": "78.47", "comparator": null, "value": 78.47},
                "target": {"year": 2025, "raw": "79.3", "comparator": "=", "value": 79.3}, "expected": 78.968,
                "actual": {"year": 2023, "value": 79.31, "status": "FINAL", "source": "铜梁区卫生健康统计年鉴2023", "approvalState": "APPROVED"},
                "progressPercent": 101.2, "status": "ACHIEVED", "notEvaluableReason": null, "worseThanBaseline": false, "quantitative": true,
                "values": [{"year": 2023, "value": 79.31, "status": "FINAL", "source": "铜梁区卫生健康统计年鉴2023", "approvalState": "APPROVED"}]},
               {"id": 12, "category": "健康水平", "seq": "9", "name": "孕产妇死亡率", "subItem": null, "unit": "/10万", "nature": "BINDING",
                "direction": "DECREASE", "baseline": {"year": 2020, "raw": "0", "comparator": null, "value": 0},
                "target": {"year": 2025, "raw": "＜10", "comparator": "<", "value": 10}, "expected": null,
                "actual": {"year": 2023, "value": 12.5, "status": "PROVISIONAL", "source": "妇幼卫生年报2023", "approvalState": "DRAFT"},
                "progressPercent": null, "status": "BEHIND", "notEvaluableReason": null, "worseThanBaseline": true, "quantitative": true,
                "values": [{"year": 2023, "value": 12.5, "status": "PROVISIONAL", "source": "妇幼卫生年报2023", "approvalState": "DRAFT"}]}],
             "investment": {"periodStart": 2021, "periodEnd": 2025, "projects": 31, "total": 421068, "inPeriod": 241268.5,
                            "outOfPeriod": 179799.5, "outOfPeriodPercent": 42.70,
                            "byYear": [{"year": 2025, "investment10kCny": 52000, "inPeriod": true},
                                       {"year": 2026, "investment10kCny": 35959.9, "inPeriod": false}]},
             "ratios": {"regionCode": "500151", "year": 2020, "basis": "PUBLISHED", "population": null,
                        "rows": [{"metric": "licensedDoctorsPer1000", "value": 2.85, "published": true, "meetsStandards": false,
                                  "standards": [{"comparator": "=", "target": 3.6, "targetYear": 2025, "scope": "PLAN",
                                                 "source": "每千人口执业（助理）医师数（人） | 3.6", "requiredCount": null, "gap": null,
                                                 "met": false}]}]},
             "checks": [{"code": "TARGET_MET_AT_BASELINE", "severity": "WARNING", "indicatorId": 12, "seq": "9", "name": "孕产妇死亡率",
                         "subItem": null, "message": "Row 9 孕产妇死亡率: the baseline 0 already meets the target ＜10"}],
             "sources": [{"source": "妇幼卫生年报2023", "values": 1, "years": [2023],
                          "approval": {"DRAFT": 1, "SUBMITTED": 0, "APPROVED": 0, "RETURNED": 0}},
                         {"source": "铜梁区卫生健康统计年鉴2023", "values": 1, "years": [2023],
                          "approval": {"DRAFT": 0, "SUBMITTED": 0, "APPROVED": 1, "RETURNED": 0}}],
             "approval": {"DRAFT": 1, "SUBMITTED": 0, "APPROVED": 1, "RETURNED": 0},
             "degraded": []}""";

    static final String HTML_EXAMPLE = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<title>重庆市铜梁区卫生健康发展“十四五”规划 2023年中期评估报告</title>\n<style>@page { size: A4; }</style>\n</head>\n<body>\n"
            + "<h1>重庆市铜梁区卫生健康发展“十四五”规划</h1>\n<svg class=\"chart\" data-chart=\"investment\" viewBox=\"0 0 640 250\">"
            + "<title>项目投资分年度安排（万元）</title></svg>\n</body>\n</html>\n";

    static final String BAD_FORMAT = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "format: 'pdf' is not one of json, html, xlsx", "instance": "/api/v1/plans/tongliang-14th/report",
             "errors": [{"field": "format", "message": "'pdf' is not one of json, html, xlsx"}]}""";

    static final String NOT_FOUND = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Plan 'xx-14th' does not exist", "instance": "/api/v1/plans/xx-14th/report"}""";

    static final String NOT_ACCEPTABLE = """
            {"type": "/problems/http-406", "title": "Not Acceptable", "status": 406,
             "detail": "The report is answered as application/json, text/html or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet (or ?format=json|html|xlsx)",
             "instance": "/api/v1/plans/tongliang-14th/report"}""";
}
