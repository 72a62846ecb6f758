package org.healthplanning.project.rest;

/**
 * The long texts and examples of this service's OpenAPI document, in one place so that the
 * resources stay short. Every example is valid against the schema it illustrates.
 */
final class ApiDocs {
    static final String CSV = "text/csv";
    static final String MERGE_PATCH = "application/merge-patch+json";
    static final String BEARER = "bearerJwt";

    static final String CODE_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";
    static final String REGION_PATTERN = "^[0-9A-Za-z_-]{1,32}$";

    // ---- tags
    static final String TAG_PROJECTS = "Projects";
    static final String TAG_PROJECTS_TEXT = "Capital projects and work items of plans (重大工程项目表): amounts in 万元, areas in ㎡, land in 亩";
    static final String TAG_TOTALS = "Declared totals";
    static final String TAG_TOTALS_TEXT = "The totals row (合计) a plan prints under its project table";
    static final String TAG_SUMMARIES = "Project summaries";
    static final String TAG_SUMMARIES_TEXT = "Computed summaries of a plan's projects against its declared totals";
    static final String TAG_AUDIT = "Audit entries";
    static final String TAG_AUDIT_TEXT = "Every successful write to projects and declared totals: who, when, and the JSON before and after";

    // ---- parameters
    static final String PAGE = "Page number, from 0";
    static final String SIZE = "Rows per page, 1-500";
    static final String IF_MATCH = "The ETag last read (the version in quotes); 412 when the resource has changed since. "
            + "Without it the write is unconditional (unless the body carries version)";
    static final String ID = "The project's id";
    static final String PLAN_CODE = "The plan's code";
    static final String UPDATED_AFTER = "Incremental read: only rows changed after this ISO-8601 instant (UTC or with an offset), "
            + "oldest change first (updatedAt, then key), paged by cursor: follow 'next' or pass 'cursor' as 'after'. Rows changed by "
            + "transactions still running are left for the next read, so nothing is missed. Not with page or sort";
    static final String AFTER = "Incremental read: continue after this cursor (the 'cursor' of an earlier answer, opaque); wins over "
            + "updatedAfter. Not with page or sort";
    static final String SORT = "Sort field, '-' before it for descending; by default plan and table order";

    // ---- operation texts
    static final String LIST_PROJECTS = "Pages through projects, by default in plan and table order. Filters combine with AND; "
            + "amounts are in 万元 (10 000 yuan), floor areas in ㎡, land in 亩 (mu). With updatedAfter or after, an incremental "
            + "read of the filtered projects in change order, paged by cursor (deleted projects are in /api/v1/deletions as project).";
    static final String LIST_DECLARED_TOTALS = "Every plan's declared totals (合计), by default in planCode order; each names its planCode. "
            + "With updatedAfter or after, an incremental read in change order (a client keeps a copy of every plan's totals in step "
            + "without asking plan by plan; removed ones are in /api/v1/deletions as declared-totals). Floor area in ㎡, investment in "
            + "万元, new land in 亩.";
    static final String CREATE_PROJECT = "Send the printed cells (constructionTypeRaw, yearsRaw, statusRaw, content) and the service parses "
            + "constructionType, startYear/endYear, statuses (rest of 备注 into remarks) and capacity when those are not sent. "
            + "The plan must exist (indicator-service owns plans); the project's regionCode is the plan's region or one of its "
            + "sub-regions and defaults to the plan's region. Needs an editor token covering the plan's region, or admin.";
    static final String PUT_PROJECT = "Replaces every field; parsed fields not sent are derived again from the printed cells. "
            + "Send If-Match (or the body's version) to make sure nobody changed it since you read it. Needs rights on the region "
            + "of the plan it belongs to (and of the plan it moves to).";
    static final String PATCH_PROJECT = "A JSON merge patch (RFC 7396): fields sent replace, null removes. A patched printed cell "
            + "(constructionTypeRaw, yearsRaw, statusRaw, content) re-derives its parsed field unless the patch sets it too. "
            + "application/json is accepted with the same meaning.";
    static final String DELETE_PROJECT = "Deletes the project for good; honours If-Match. Needs an editor token covering its plan's region "
            + "(its own region when the plan no longer exists), or admin.";
    static final String IMPORT_PROJECTS = "Atomic: every row is checked first and on any error nothing is written (a 400 problem "
            + "/problems/import naming row and field, rows counting from 1, with imported 0 and the warnings). mode=replace makes the "
            + "plan's projects exactly the imported rows; append (default) adds them. Rows without planCode take the planCode parameter. "
            + "Every plan named must exist and the token must cover each plan's region; a row's regionCode defaults to its plan's "
            + "region and must lie within it. "
            + "dryRun=true checks without writing. The body is a JSON array of projects, or CSV: header row = JSON field names, "
            + "nested ones dotted (capacity.medicalBeds); statuses separated by ';'; annualInvestment as a JSON array; empty cell = no value. "
            + "Or XLSX (" + org.healthplanning.platform.sheet.ExportFormat.XLSX_TYPE + "): the first sheet with a header row (the first "
            + "row with two or more known headings; title rows above are skipped) whose headings are the CSV's column names (a unit in "
            + "brackets, as the export writes them: floorAreaM2 (㎡)) or the headings a plan's project table prints: 序号, 项目类别 "
            + "(carried down from the row above when empty, as in a merged cell), 项目名称/分项, 建设内容/主要建设内容/内容, 建设性质, "
            + "建筑面积（㎡）, 总投资/拟投资（万元）, 建设年限/实施年度/计划年限, 新增用地/拟新征地（亩）, 备注 (the statuses, as statusRaw); "
            + "a unit other than the column's (亿元 for 万元) is refused; a dash (－) in a number column is no value; a 合计 row is "
            + "left out with a warning; empty rows and notes below the table (注：…) are skipped. Errors name the sheet, the row as the "
            + "spreadsheet shows it, the column letter and heading beside the field; an unknown heading, or values under none, are a 400.";
    static final String EXPORT_PROJECTS = "CSV (default) in the import's format, or a JSON array with Accept: application/json; "
            + "importing the export with mode=replace gives the same rows. Also CSV with a UTF-8 byte-order mark for Excel (format=csv-bom) "
            + "and XLSX (Accept " + org.healthplanning.platform.sheet.ExportFormat.XLSX_TYPE + " or format=xlsx): one sheet, the CSV's "
            + "columns with units in the headings (floorAreaM2 (㎡), investment10kCny (万元), newLandMu (亩)), numbers as numeric cells, a "
            + "frozen header row; it imports back like the CSV. format= wins over Accept.";
    static final String SUMMARY = "Totals against the declared 合计 of an existing plan (404 otherwise), counting only the projects in the "
            + "plan's region or one of its sub-regions; for the period asked for (the plan's own period by default) the projects overlapping it and "
            + "the share of all investment falling in period years (inPeriod) against the rest (outOfPeriod); groups by "
            + "construction type, status and programme (key null = none; a project with two statuses counts in both); "
            + "investment by calendar year, spread evenly over a project's years unless annualInvestment gives planned amounts; "
            + "capacity added (beds, childcare places, isolation rooms). Amounts (万元, ㎡, 亩) are rounded half-up to 2 decimals "
            + "and the parts add up to the total. Forms: JSON (default), or by format= or Accept one table of lines (section, key, "
            + "projects, floorAreaM2 (㎡), investment10kCny (万元), newLandMu (亩), places) as CSV (format=csv-bom: with a byte-order "
            + "mark) or XLSX (numbers as numeric cells).";
    static final String AUDIT = "One row per successful write, written in the write's transaction, newest first. Resource types: "
            + "project (key = id), declared-totals (key = planCode), plan-projects (an import; key = the import's planCode, "
            + "before/after = counts of the plan's projects, after also mode, imported and the new ids). "
            + "Operations: CREATE, UPDATE, DELETE, IMPORT. Admin only.";

    // ---- bodies
    static final String REQUEST_EXAMPLE = """
            {"planCode": "tongliang-14th", "regionCode": "500151", "seq": "10",
             "name": "铜梁区中医院迁建项目附属工程", "content": "为新中医院配套建设食堂及放疗中心。",
             "constructionTypeRaw": "新建", "floorAreaM2": 5000, "investment10kCny": 3000,
             "yearsRaw": "2021-2023", "statusRaw": "已立项、可研"}""";
    static final String PROJECT_EXAMPLE = """
            {"id": 10, "planCode": "tongliang-14th", "regionCode": "500151", "position": 10, "seq": "10", "programme": null,
             "name": "铜梁区中医院迁建项目附属工程", "content": "为新中医院配套建设食堂及放疗中心。",
             "constructionType": "NEW", "constructionTypeRaw": "新建", "floorAreaM2": 5000, "investment10kCny": 3000,
             "startYear": 2021, "endYear": 2023, "yearsRaw": "2021-2023", "newLandMu": null,
             "statuses": ["APPROVED", "FEASIBILITY_STUDY"], "statusRaw": "已立项、可研", "remarks": null, "facilityCode": null,
             "capacity": {"medicalBeds": null, "elderlyCareBeds": null, "childcareSlots": null, "isolationRooms": null},
             "annualInvestment": [], "version": 0,
             "createdAt": "2026-03-01T08:00:00.123456Z", "updatedAt": "2026-03-02T09:30:00.654321Z"}""";
    static final String PAGE_EXAMPLE = "{\"items\": [" + PROJECT_EXAMPLE + "], \"page\": 0, \"size\": 50, \"total\": 1, \"next\": null, \"cursor\": null}";
    static final String CHANGES_PAGE_EXAMPLE = "{\"items\": [" + PROJECT_EXAMPLE + "], \"page\": 0, \"size\": 1, \"total\": 2, "
            + "\"next\": \"/api/v1/projects?size=1&after=YzE6MTc3MjQ0MzgwMDY1NDMyMToxMA\", \"cursor\": \"YzE6MTc3MjQ0MzgwMDY1NDMyMToxMA\"}";
    static final String PATCH_EXAMPLE = "{\"statusRaw\": \"施工中\", \"floorAreaM2\": 5200}";
    static final String IMPORT_EXAMPLE = """
            [{"planCode": "tongliang-14th", "seq": "1", "name": "铜梁区人民医院传染病区医技楼建设项目", "content": "包括土建、内外装饰、医疗设备购置等。",
              "constructionTypeRaw": "续建", "floorAreaM2": 1720, "investment10kCny": 3310, "yearsRaw": "2020-2022",
              "statusRaw": "施工中", "regionCode": "500151"}]""";
    static final String CSV_EXAMPLE = """
            planCode,seq,name,constructionTypeRaw,floorAreaM2,investment10kCny,yearsRaw,newLandMu,statusRaw,capacity.medicalBeds
            tongliang-14th,7,铜梁区人民医院安居分院建设项目,新建,16000,12000,2023-2025,25,初步选址,100
            """;
    static final String IMPORT_RESULT_EXAMPLE = """
            {"imported": 31, "errors": [], "warnings": ["row 13: content states '床位300张' without saying 医疗 or 养老; no capacity was taken from it"]}""";
    static final String TOTALS_EXAMPLE = """
            {"planCode": "tongliang-14th", "regionCode": "500151", "floorAreaM2": 594970, "investment10kCny": 421068, "newLandMu": 576, "version": 0,
             "createdAt": "2026-03-01T08:00:00.123456Z", "updatedAt": "2026-03-02T09:30:00.654321Z"}""";
    static final String TOTALS_PAGE_EXAMPLE = "{\"items\": [" + TOTALS_EXAMPLE + "], \"page\": 0, \"size\": 50, \"total\": 1, "
            + "\"next\": null, \"cursor\": null}";
    static final String TOTALS_REQUEST_EXAMPLE = """
            {"floorAreaM2": 594970, "investment10kCny": 421068, "newLandMu": 576}""";
    static final String SUMMARY_EXAMPLE = """
            {"planCode": "tongliang-14th", "count": 31, "periodStart": 2021, "periodEnd": 2025,
             "totals": {"floorAreaM2": 594970.00, "investment10kCny": 421068.00, "newLandMu": 576.00},
             "declared": {"floorAreaM2": 594970, "investment10kCny": 421068, "newLandMu": 576},
             "difference": {"floorAreaM2": 0.00, "investment10kCny": 0.00, "newLandMu": 0.00},
             "inPeriod": {"count": 28, "investment10kCny": 216439.67},
             "outOfPeriod": {"count": 3, "investment10kCny": 204628.33},
             "byConstructionType": [{"key": "NEW", "count": 21, "investment10kCny": 357960.00}],
             "byStatus": [{"key": "UNDER_CONSTRUCTION", "count": 6, "investment10kCny": 74258.00}],
             "byProgramme": [{"key": null, "count": 31, "investment10kCny": 421068.00}],
             "investmentByYear": [{"year": 2019, "investment10kCny": 11200.00}, {"year": 2020, "investment10kCny": 13428.33}],
             "capacity": {"medicalBeds": 200, "elderlyCareBeds": 170, "childcareSlots": 900, "isolationRooms": 500}}""";
    static final String AUDIT_EXAMPLE = """
            {"items": [{"id": 2, "at": "2026-11-24T01:02:03.456789Z", "subject": "planner-500151", "operation": "UPDATE",
              "resourceType": "project", "key": "10", "regionCode": "500151",
              "before": {"id": 10, "planCode": "tongliang-14th", "regionCode": "500151", "name": "铜梁区人民医院安居分院建设项目",
                         "investment10kCny": 12000, "version": 0},
              "after": {"id": 10, "planCode": "tongliang-14th", "regionCode": "500151", "name": "铜梁区人民医院安居分院建设项目",
                        "investment10kCny": 12500.75, "version": 1}},
             {"id": 1, "at": "2026-11-24T01:00:00.000001Z", "subject": "admin", "operation": "IMPORT",
              "resourceType": "plan-projects", "key": "tongliang-14th", "regionCode": "500151",
              "before": {"planCodes": ["tongliang-14th"], "projects": 0},
              "after": {"planCodes": ["tongliang-14th"], "projects": 31, "mode": "REPLACE", "imported": 31, "ids": [1, 2, 3]}}],
             "page": 0, "size": 50, "total": 2, "next": null}""";

    // ---- problems
    static final String UNKNOWN_PLAN_EXAMPLE = """
            {"type": "/problems/unprocessable", "title": "Unprocessable request", "status": 422,
             "detail": "There is no plan 'nope-14th'; plans are created in indicator-service (POST /api/v1/plans)",
             "instance": "/api/v1/projects", "errors": [{"field": "planCode", "message": "no plan 'nope-14th' exists"}]}""";
    static final String PLAN_NOT_FOUND_EXAMPLE = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Plan 'nope-14th' does not exist", "instance": "/api/v1/plans/nope-14th/project-summary"}""";
    static final String TOTALS_OTHER_REGION_EXAMPLE = """
            {"type": "/problems/unprocessable", "title": "Unprocessable request", "status": 422,
             "detail": "regionCode: the declared totals of plan tongliang-14th are in its region 500151; send that or leave it out",
             "instance": "/api/v1/plans/tongliang-14th/declared-totals",
             "errors": [{"field": "regionCode", "message": "the declared totals of plan tongliang-14th are in its region 500151; send that or leave it out"}]}""";
    static final String BAD_REQUEST_EXAMPLE = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "endYear: must not be before startYear (2023)", "instance": "/api/v1/projects",
             "errors": [{"field": "endYear", "message": "must not be before startYear (2023)"}]}""";
    static final String BAD_PARAMETER_EXAMPLE = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "activeInYear: must be a year between 1949 and 2100", "instance": "/api/v1/projects",
             "errors": [{"field": "activeInYear", "message": "must be a year between 1949 and 2100"}]}""";
    static final String BAD_UPDATED_AFTER_EXAMPLE = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "updatedAfter: 'yesterday' is not an ISO-8601 instant with an offset, e.g. 2026-03-01T08:00:00Z",
             "instance": "/api/v1/projects",
             "errors": [{"field": "updatedAfter", "message": "'yesterday' is not an ISO-8601 instant with an offset, e.g. 2026-03-01T08:00:00Z"}]}""";
    static final String BAD_PERIOD_EXAMPLE = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "periodEnd: is required with periodStart", "instance": "/api/v1/plans/tongliang-14th/project-summary",
             "errors": [{"field": "periodEnd", "message": "is required with periodStart"}]}""";
    static final String BAD_TOTALS_EXAMPLE = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "floorAreaM2: must be greater than or equal to 0", "instance": "/api/v1/plans/tongliang-14th/declared-totals",
             "errors": [{"field": "floorAreaM2", "message": "must be greater than or equal to 0"}]}""";
    static final String BAD_PLAN_CODE_EXAMPLE = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "planCode: must be 1-64 letters, digits, '.', '_' or '-'", "instance": "/api/v1/plans/a%20b/declared-totals",
             "errors": [{"field": "planCode", "message": "must be 1-64 letters, digits, '.', '_' or '-'"}]}""";
    static final String BAD_FORMAT_EXAMPLE = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "format: 'pdf' is not one of json, csv, csv-bom, xlsx", "instance": "/api/v1/projects/export",
             "errors": [{"field": "format", "message": "'pdf' is not one of json, csv, csv-bom, xlsx"}]}""";
    static final String SUMMARY_CSV_EXAMPLE = """
            section,key,projects,floorAreaM2 (㎡),investment10kCny (万元),newLandMu (亩),places
            totals,,31,594970.00,421068.00,576.00,
            inPeriod,2021-2025,28,,216439.67,,
            outOfPeriod,2021-2025,3,,204628.33,,
            byConstructionType,NEW,20,,317460.00,,
            capacity,medicalBeds,,,,,200
            """;
    static final String EXPORT_NO_PLAN_EXAMPLE = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "planCode: is required", "instance": "/api/v1/projects/export",
             "errors": [{"field": "planCode", "message": "is required"}]}""";
    static final String BAD_AUDIT_EXAMPLE = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "from: 'yesterday' is not an ISO-8601 instant or date", "instance": "/api/v1/audit",
             "errors": [{"field": "from", "message": "'yesterday' is not an ISO-8601 instant or date"}]}""";
    static final String IMPORT_PROBLEM_EXAMPLE = """
            {"type": "/problems/import", "title": "Import rejected", "status": 400,
             "detail": "row 2, floorAreaM2: must be greater than or equal to 0; nothing was written",
             "instance": "/api/v1/projects/import", "imported": 0,
             "errors": [{"row": 2, "field": "floorAreaM2", "message": "must be greater than or equal to 0"}], "warnings": []}""";
    static final String NOT_FOUND_EXAMPLE = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Project '999' does not exist", "instance": "/api/v1/projects/999"}""";
    static final String TOTALS_NOT_FOUND_EXAMPLE = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Declared totals of plan 'tongliang-14th' does not exist", "instance": "/api/v1/plans/tongliang-14th/declared-totals"}""";
    static final String PRECONDITION_EXAMPLE = """
            {"type": "/problems/precondition-failed", "title": "Precondition failed", "status": 412,
             "detail": "The resource has changed: its current version is 3", "instance": "/api/v1/projects/10"}""";

    private ApiDocs() {
    }
}
