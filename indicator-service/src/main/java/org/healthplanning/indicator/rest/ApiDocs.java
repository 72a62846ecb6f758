package org.healthplanning.indicator.rest;

/**
 * The long texts and examples of this service's OpenAPI document, in one place: operation descriptions,
 * example bodies and the example problem documents of every refusal.
 */
final class ApiDocs {
    // ---- shared refusals
    static final String BAD_PARAMETER = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "size: must be between 1 and 500", "instance": "/api/v1/plans",
             "errors": [{"field": "size", "message": "must be between 1 and 500"}]}""";
    static final String BAD_YEAR = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "year: must be a year between 1949 and 2100", "instance": "/api/v1/plans/tongliang-14th/evaluation",
             "errors": [{"field": "year", "message": "must be a year between 1949 and 2100"}]}""";

    // ---- parameters
    static final String ETAG_TEXT = "The ETag last read: the write is refused with 412 when the resource changed since";
    static final String PAGE_TEXT = "Page number, from 0 (a count of pages)";
    static final String SIZE_TEXT = "Rows per page, 1-500 (a count of rows)";
    static final String DRY_RUN_TEXT = "true: check every row and answer the report, write nothing";
    static final String PLAN_CODE_TEXT = "The plan's code";
    static final String ROW_ID_TEXT = "The indicator row's id";
    static final String VALUE_YEAR_TEXT = "The calendar year of the monitoring value, 1949-2100";
    static final String UPDATED_AFTER_TEXT = "Incremental read: only what changed after this ISO-8601 instant (UTC or with offset), ordered by"
            + " updatedAt, then key, paged by cursor (follow 'next', or keep 'cursor' for the next synchronisation); not with page or sort."
            + " Deletions are listed by GET /api/v1/deletions";
    static final String AFTER_TEXT = "Incremental read: continue after this opaque cursor (the 'cursor' of an earlier answer); wins over"
            + " updatedAfter; not with page or sort";
    static final String CURSOR_EXAMPLE = "YzE6MTc3MjM1MjAwMDAwMDAwMDo0Mg";
    static final String BAD_UPDATED_AFTER = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "updatedAfter: 'yesterday' is not an ISO-8601 instant with an offset, e.g. 2026-03-01T08:00:00Z",
             "instance": "/api/v1/plans",
             "errors": [{"field": "updatedAfter", "message": "'yesterday' is not an ISO-8601 instant with an offset, e.g. 2026-03-01T08:00:00Z"}]}""";

    // ---- plans
    static final String PLAN_EXAMPLE = """
            {"code": "tongliang-14th", "regionCode": "500151", "regionName": "重庆市铜梁区",
             "title": "重庆市铜梁区卫生健康发展“十四五”规划", "periodStart": 2021, "periodEnd": 2025,
             "baselineYear": 2020, "targetYear": 2025, "issuer": "重庆市铜梁区卫生健康委员会", "version": 0,
             "createdAt": "2026-03-01T08:00:00.123456Z", "updatedAt": "2026-03-01T08:00:00.123456Z"}""";
    /** A plan as sent: without regionName, which the service takes from the region. */
    static final String PLAN_REQUEST_EXAMPLE = """
            {"code": "tongliang-14th", "regionCode": "500151",
             "title": "重庆市铜梁区卫生健康发展“十四五”规划", "periodStart": 2021, "periodEnd": 2025,
             "baselineYear": 2020, "targetYear": 2025, "issuer": "重庆市铜梁区卫生健康委员会"}""";
    static final String PLAN_BAD_REQUEST = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "regionCode: must not be blank", "instance": "/api/v1/plans",
             "errors": [{"field": "regionCode", "message": "must not be blank"}]}""";
    static final String PLAN_NOT_FOUND = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Plan 'xx-14th' does not exist", "instance": "/api/v1/plans/xx-14th"}""";
    static final String PLAN_UNKNOWN_REGION = """
            {"type":"/problems/unprocessable","title":"Unprocessable request","status":422,\
            "detail":"There is no region '999999'; create the region first (POST /api/v1/regions)","instance":"/api/v1/plans",\
            "errors":[{"field":"regionCode","message":"no region '999999' exists"}]}""";

    static final String PLAN_CONFLICT = """
            {"type": "/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "A plan with code 'tongliang-14th' already exists", "instance": "/api/v1/plans"}""";
    static final String PLAN_PRECONDITION = """
            {"type": "/problems/precondition-failed", "title": "Precondition failed", "status": 412,
             "detail": "The resource has changed: its current version is 3", "instance": "/api/v1/plans/tongliang-14th"}""";

    // ---- plan indicators
    static final String ROW_INPUT_EXAMPLE = """
            {"category": "健康水平", "seq": "1", "name": "人均预期寿命", "unit": "岁", "subItem": null,
             "baseline": {"year": 2020, "raw": "78.47"}, "target": {"year": 2025, "raw": "79.3"},
             "upperTargets": [{"scope": "2025年市级目标", "year": 2025, "raw": "≥79"}], "nature": "EXPECTED", "remarks": null}""";
    static final String ROW_EXAMPLE = """
            {"id": 1, "position": 1, "category": "健康水平", "seq": "1", "name": "人均预期寿命", "unit": "岁", "subItem": null,
             "definitionCode": "LIFE_EXPECTANCY", "direction": "INCREASE",
             "baseline": {"year": 2020, "raw": "78.47", "value": 78.47},
             "target": {"year": 2025, "raw": "79.3", "comparator": "=", "value": 79.3, "effectiveComparator": ">="},
             "upperTargets": [{"scope": "2025年市级目标", "year": 2025, "raw": "≥79", "comparator": ">=", "value": 79, "effectiveComparator": ">="}],
             "nature": "EXPECTED", "remarks": null, "version": 0, "planCode": "tongliang-14th",
             "createdAt": "2026-03-01T08:00:00.123456Z", "updatedAt": "2026-03-02T09:30:00.654321Z"}""";
    static final String ROW_PATCH_EXAMPLE = """
            {"target": {"raw": "≥79.5"}, "nature": "BINDING"}""";
    static final String ROW_BAD_REQUEST = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "baseline.value: 79 does not match raw '78.47' (78.47)", "instance": "/api/v1/plans/tongliang-14th/indicators",
             "errors": [{"field": "baseline.value", "message": "79 does not match raw '78.47' (78.47)"}]}""";
    static final String ROW_NOT_FOUND = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Indicator '999 of plan tongliang-14th' does not exist", "instance": "/api/v1/plans/tongliang-14th/indicators/999"}""";
    static final String ROW_PRECONDITION = """
            {"type": "/problems/precondition-failed", "title": "Precondition failed", "status": 412,
             "detail": "The resource has changed: its current version is 2", "instance": "/api/v1/plans/tongliang-14th/indicators/1"}""";
    static final String ROWS_IMPORT_TEXT = "Atomic: all rows or none. JSON (an array of rows) or CSV (header row of JSON field names, nested ones"
            + " dotted: target.raw, upperTargets.0.raw; an empty cell is no value). mode=append (default) adds the rows"
            + " after the existing ones; mode=replace makes the table exactly these rows, keeping the identity and"
            + " monitoring values of rows with the same name and sub-item. dryRun=true checks without writing."
            + " Rows are numbered from 1 (the first data row of a CSV)." + ApiDocs.SHEET_IMPORT_TEXT
            + " Printed headings: 类别 (carried down from the row above when empty, as in a merged cell), 序号, 指标名称/主要指标/指标,"
            + " 子项, 单位 (without it a unit in brackets closing the name is the unit: 人均预期寿命（岁）), 指标属性/属性 (约束性, 预期性),"
            + " 基期值 and 目标值, or year headings: 2020年 / 2020年实际值 / 2020年基期值 (the baseline of 2020) and 2025年 / 2025年目标值"
            + " (the target of 2025); of two bare years the earlier is the baseline; 备注. A sub-item row (子项) with its name or 序号 left"
            + " empty takes them from the row above.";
    /** How every import reads a workbook. */
    static final String SHEET_IMPORT_TEXT = " XLSX (" + org.healthplanning.platform.sheet.ExportFormat.XLSX_TYPE + "): the first sheet"
            + " with a header row (the first row with two or more known headings; title rows above it are skipped); headings are"
            + " the CSV's field names or the headings plans print, compared without spaces, a unit in brackets checked; empty rows and"
            + " notes below the table (注：…) are skipped; errors name sheet, row (as the spreadsheet shows it), column (letter) and"
            + " heading beside the field; an unknown heading, or values under none, are a 400.";
    static final String IMPORT_OK = """
            {"imported": 25, "dryRun": false, "errors": [], "warnings": []}""";
    static final String ROWS_IMPORT_BAD = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "row 2, nature: 'MANDATORY' is not one of BINDING, EXPECTED (约束性, 预期性)",
             "instance": "/api/v1/plans/tongliang-14th/indicators/import",
             "errors": [{"row": 2, "field": "nature", "message": "'MANDATORY' is not one of BINDING, EXPECTED (约束性, 预期性)"}],
             "imported": 0, "dryRun": false, "warnings": []}""";
    static final String ROWS_CSV = """
            seq,category,name,subItem,unit,nature,definitionCode,baseline.year,baseline.raw,baseline.value,target.year,target.raw,target.comparator,target.value,remarks
            1,健康水平,人均预期寿命,,岁,EXPECTED,LIFE_EXPECTANCY,2020,78.47,78.47,2025,79.3,=,79.3,
            """;

    // ---- monitoring values
    static final String VALUE_EXAMPLE = """
            {"indicatorId": 1, "year": 2023, "value": 79.0, "raw": "79.0", "status": "FINAL", "source": "铜梁区卫生健康统计年鉴2023", "note": null, "version": 0, "approvalState": "DRAFT",
             "planCode": "tongliang-14th", "createdAt": "2026-03-01T08:00:00.123456Z", "updatedAt": "2026-03-01T08:00:00.123456Z"}""";
    static final String VALUE_INPUT_EXAMPLE = """
            {"value": 79.0, "status": "FINAL", "source": "铜梁区卫生健康统计年鉴2023"}""";
    static final String VALUE_BAD_REQUEST = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "year: must be a year between 1949 and 2100", "instance": "/api/v1/plans/tongliang-14th/indicators/1/values/1900",
             "errors": [{"field": "year", "message": "must be a year between 1949 and 2100"}]}""";
    static final String VALUE_NOT_FOUND = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Monitoring value '2019 of indicator 1' does not exist", "instance": "/api/v1/plans/tongliang-14th/indicators/1/values/2019"}""";
    static final String VALUES_IMPORT_TEXT = "Atomic: all rows or none. Each row {indicatorId, year, value, raw, status, source, note} creates or"
            + " replaces that row's value for the year. mode=replace first removes all of the plan's values; dryRun=true checks only."
            + " JSON array or CSV with a header row; columns other than the value's fields (seq, name, approvalState) are ignored."
            + " Written values are DRAFT; an import that would change a SUBMITTED or APPROVED value (or, with mode=replace, delete one)"
            + " is refused whole (409); such a value sent unchanged stays as it is." + SHEET_IMPORT_TEXT
            + " Printed headings: 指标ID (indicatorId), 年份/年度, 监测值/数值, 原文, 状态, 来源/数据来源, 备注/说明.";
    static final String BAD_EXPORT_FORMAT = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "format: 'pdf' is not one of csv, csv-bom, xlsx", "instance": "/api/v1/plans/tongliang-14th/indicators/export",
             "errors": [{"field": "format", "message": "'pdf' is not one of csv, csv-bom, xlsx"}]}""";
    static final String BAD_FORMAT = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "format: 'pdf' is not one of json, csv, csv-bom, xlsx", "instance": "/api/v1/plans/tongliang-14th/indicators/export",
             "errors": [{"field": "format", "message": "'pdf' is not one of json, csv, csv-bom, xlsx"}]}""";
    static final String EVALUATION_CSV = """
            id,seq,name,subItem,definitionCode,resourceMetric,nature,direction,directionSource,baseline.year,baseline.raw,baseline.value,\
            target.year,target.raw,target.comparator,target.value,actual.year,actual.value,expected,progressPercent (%),status,\
            notEvaluableReason,worseThanBaseline,approvalState
            1,1,人均预期寿命,,LIFE_EXPECTANCY,,EXPECTED,INCREASE,CATALOGUE,2020,78.47,78.47,2025,79.3,=,79.3,2023,79.0,78.9680,63.86,\
            ON_TRACK,,false,DRAFT
            """;
    /** What the exports say of their forms. */
    static final String EXPORT_FORMS_TEXT = " Forms: CSV (default), CSV with a UTF-8 byte-order mark for Excel (format=csv-bom, for a"
            + " link) or XLSX (one sheet, the CSV's columns as headings, a frozen header row, numbers as numeric cells; imports back"
            + " like the CSV), by Accept or a link's format=csv|csv-bom|xlsx; a workbook only to a request that prefers it.";
    static final String VALUES_ROWS = """
            [{"indicatorId": 1, "year": 2023, "value": 79.0, "status": "FINAL", "source": "铜梁区卫生健康统计年鉴2023"},
             {"indicatorId": 4, "year": 2023, "value": 3.1, "status": "PROVISIONAL", "source": "妇幼年报"}]""";
    static final String VALUES_CSV = """
            indicatorId,seq,name,subItem,year,value,raw,status,source,note,approvalState
            1,1,人均预期寿命,,2023,79.0,,FINAL,铜梁区卫生健康统计年鉴2023,,DRAFT
            """;
    static final String VALUES_IMPORT_OK = """
            {"imported": 2, "dryRun": false, "errors": [], "warnings": []}""";
    static final String VALUES_IMPORT_BAD = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "row 2, year: must be a year between 1949 and 2100", "instance": "/api/v1/plans/tongliang-14th/values/import",
             "errors": [{"row": 2, "field": "year", "message": "must be a year between 1949 and 2100"}],
             "imported": 0, "dryRun": false, "warnings": []}""";

    // ---- evaluation and checks
    static final String EVALUATION_TEXT = "ACHIEVED when the value meets the target (a bare number counts as at least / at most in the"
            + " indicator's direction); ON_TRACK when at or beyond the linear trajectory from baseline to target; else BEHIND;"
            + " NO_DATA without a value; NOT_EVALUABLE for a qualitative target or a missing baseline where the"
            + " trajectory is needed. Each row uses its latest value at or before the year (exactYear=true: that year only)."
            + " Default year: the latest with any value. The ETag changes with any write the evaluation depends on."
            + " approvedOnly=true: only APPROVED monitoring values count; each row's approvalState is that of the value it used."
            + " Forms: JSON (default), CSV (one line per row: baseline, target, actual, expected, progressPercent in %, status …;"
            + " format=csv-bom with a byte-order mark) or XLSX (sheets 'evaluation' and 'summary', numbers as numeric cells), by"
            + " format= or Accept; each form has its own ETag.";
    static final String EVALUATION_EXAMPLE = """
            {"planCode": "tongliang-14th", "year": 2023,
             "summary": {"ACHIEVED": 1, "ON_TRACK": 1, "BEHIND": 1, "NO_DATA": 20, "NOT_EVALUABLE": 2},
             "bindingBehind": [11],
             "indicators": [{"id": 1, "seq": "1", "name": "人均预期寿命", "subItem": null, "definitionCode": "LIFE_EXPECTANCY",
               "resourceMetric": null, "nature": "EXPECTED", "direction": "INCREASE", "directionSource": "CATALOGUE",
               "baseline": {"year": 2020, "raw": "78.47", "value": 78.47},
               "target": {"year": 2025, "raw": "79.3", "comparator": "=", "value": 79.3, "effectiveComparator": ">="},
               "actual": {"year": 2023, "value": 79.0}, "expected": 78.9680, "progressPercent": 63.86, "status": "ON_TRACK",
               "notEvaluableReason": null, "worseThanBaseline": false, "approvalState": "APPROVED"}]}""";
    static final String CHECKS_TEXT = "TARGET_MET_AT_BASELINE (the baseline already meets the target), WEAKER_THAN_UPPER_TARGET (the row's"
            + " target is looser than an upper-level target, in the indicator's direction), MISSING_BASELINE,"
            + " DIRECTION_UNKNOWN, UNIT_DIFFERS_FROM_DEFINITION, BASELINE_DIFFERS_FROM_PREDECESSOR (the row's baseline differs from"
            + " what the predecessor plan says for that year: its monitoring value, else its target for that year); each names the row.";
    static final String CHECKS_EXAMPLE = """
            [{"code": "TARGET_MET_AT_BASELINE", "severity": "WARNING", "indicatorId": 3, "seq": "3", "name": "孕产妇死亡率", "subItem": null,
              "message": "Row 3 孕产妇死亡率: the baseline 0 already meets the target '≤10' (<= 10)"},
             {"code": "MISSING_BASELINE", "severity": "WARNING", "indicatorId": 2, "seq": "2", "name": "健康预期寿命", "subItem": null,
              "message": "Row 2 健康预期寿命: no baseline value (printed '—'); progress cannot be measured"}]""";

    // ---- indicator definitions
    static final String UNAUTHORIZED_DEFINITIONS = """
            {"type": "/problems/unauthorized", "title": "Unauthorized", "status": 401,
             "detail": "A valid bearer token is required", "instance": "/api/v1/indicator-definitions"}""";
    static final String FORBIDDEN_ADMIN = """
            {"type": "/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "This operation needs the admin role", "instance": "/api/v1/indicator-definitions/LIFE_EXPECTANCY"}""";
    static final String DEFINITION_EXAMPLE = """
            {"code": "LICENSED_DOCTORS_PER_1000", "name": "每千人口执业（助理）医师数",
             "nameEn": "Licensed (assistant) doctors per 1000 residents", "unit": "人", "direction": "INCREASE",
             "aliases": ["每千常住人口执业（助理）医师数", "每千人口执业(助理)医师数"],
             "resourceMetric": "licensedDoctorsPer1000", "description": null,
             "source": "《2021年我国卫生健康事业发展统计公报》（国家卫生健康委，2022）", "version": 0}""";
    static final String DEFINITION_BAD_REQUEST = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "direction: 'UP' is not one of [INCREASE, DECREASE, NEUTRAL]", "instance": "/api/v1/indicator-definitions",
             "errors": [{"field": "direction", "message": "'UP' is not one of [INCREASE, DECREASE, NEUTRAL]"}]}""";
    static final String DEFINITION_NOT_FOUND = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Indicator definition 'NOPE' does not exist", "instance": "/api/v1/indicator-definitions/NOPE"}""";
    static final String DEFINITION_CONFLICT = """
            {"type": "/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "The name or alias '人均期望寿命' already belongs to indicator definition 'LIFE_EXPECTANCY'",
             "instance": "/api/v1/indicator-definitions"}""";
    static final String DEFINITION_PRECONDITION = """
            {"type": "/problems/precondition-failed", "title": "Precondition failed", "status": 412,
             "detail": "The resource has changed: its current version is 2", "instance": "/api/v1/indicator-definitions/LIFE_EXPECTANCY"}""";
    static final String COMPARISON_TEXT = "One row per plan linking the definition, ranked in the definition's direction (rank 1 = best)"
            + " on the actual value for the year when there is one, else on the baseline. Default year: the latest with any value.";
    static final String COMPARISON_EXAMPLE = """
            [{"planCode": "yuzhong-14th", "regionCode": "500103", "regionName": "重庆市渝中区", "indicatorId": 31,
              "name": "人口平均预期寿命", "subItem": null, "baseline": {"year": 2020, "raw": "80.78", "value": 80.78},
              "target": {"year": 2025, "raw": "81", "comparator": "=", "value": 81, "effectiveComparator": ">="},
              "actual": null, "progressPercent": null, "status": "NO_DATA", "rankedBy": "baseline", "rankValue": 80.78, "rank": 1},
             {"planCode": "tongliang-14th", "regionCode": "500151", "regionName": "重庆市铜梁区", "indicatorId": 1,
              "name": "人均预期寿命", "subItem": null, "baseline": {"year": 2020, "raw": "78.47", "value": 78.47},
              "target": {"year": 2025, "raw": "79.3", "comparator": "=", "value": 79.3, "effectiveComparator": ">="},
              "actual": null, "progressPercent": null, "status": "NO_DATA", "rankedBy": "baseline", "rankValue": 78.47, "rank": 2}]""";

    // ---- audit
    static final String AUDIT_TEXT = "One row per successful write, written in the write's transaction. Resource types: plan (key = code), "
            + "indicator-definition (key = code), plan-indicator (key = planCode/id), monitoring-value "
            + "(key = planCode/indicatorId/year), plan-indicators and plan-values (imports; key = planCode, "
            + "before/after = counts of the plan's rows or values, after also mode and imported). "
            + "Operations: CREATE, UPDATE, DELETE, IMPORT. Admin only.";
    static final String AUDIT_BAD_DATE = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "from: 'yesterday' is not an ISO-8601 instant or date", "instance": "/api/v1/audit",
             "errors": [{"field": "from", "message": "'yesterday' is not an ISO-8601 instant or date"}]}""";

    private ApiDocs() {
    }
}
