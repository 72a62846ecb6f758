package org.healthplanning.facility.rest;

import org.healthplanning.facility.api.FacilityDto;
import org.healthplanning.facility.api.RegionDto;
import org.healthplanning.facility.api.StandardDto;

/** Texts and example bodies of the OpenAPI document, in one place. */
final class ApiDocs {
    private ApiDocs() {
    }

    // ---- parameters
    static final String REGION_CODE_PATTERN = RegionDto.CODE_PATTERN;
    static final String FACILITY_CODE_PATTERN = FacilityDto.CODE_PATTERN;
    static final String STANDARD_CODE_PATTERN = StandardDto.CODE_PATTERN;
    static final String REGION_CODE = "The region's code (GB/T 2260 where one exists)";
    static final String REGION_RULES = "The parent, when given, must exist. A division code (GB/T 2260: 6 digits, 12 for towns and "
            + "villages) fixes the level and lies within its parent's code (500151 under 500100 or 500000; a town's "
            + "500151001000 under 500151), or under a special zone within the zone's province or city; only a province "
            + "stands without a parent. A level stands below its parent's (province, city, district or special zone, town, "
            + "other). A special zone, under a province or city, and any code outside the division scheme are for admins; "
            + "an editor's token must cover the new code itself (listed, or a division it lies within) and, unless it lists "
            + "the code, the parent. "
            + "400 names code, level or parentCode.";
    static final String FACILITY_CODE = "The facility's code";
    static final String STANDARD_CODE = "The standard's code";
    static final String YEAR = "The calendar year (1949-2100)";
    static final String PAGE = "Page number, from 0";
    static final String SIZE = "Rows per page, 1-500";
    static final String UPDATED_AFTER = "Incremental read: only rows created or changed after this ISO-8601 instant (UTC or with offset),"
            + " oldest change first (updatedAt, then key), paged by cursor ('next', 'cursor'); not with page or sort."
            + " Deletions are listed by GET /api/v1/deletions";
    static final String AFTER = "Incremental read: continue after this cursor (the 'cursor' of an earlier answer, or the 'after' of its"
            + " 'next'); wins over updatedAfter; not with page or sort";
    static final String CURSOR_EXAMPLE = "YzE6MTc2NDY0MDAwMDAwMDAwMDo0Mg";
    static final String BAD_UPDATED_AFTER = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "updatedAfter: 'yesterday' is not an ISO-8601 instant with an offset, e.g. 2026-03-01T08:00:00Z",
             "instance": "/api/v1/populations",
             "errors": [{"field": "updatedAfter", "message": "'yesterday' is not an ISO-8601 instant with an offset, e.g. 2026-03-01T08:00:00Z"}]}""";
    static final String IF_MATCH = "The ETag last read: the write is refused (412) when the resource has changed since";
    static final String DRY_RUN = "true validates every row and answers the report without writing anything";
    static final String CACHE_CONTROL = "no-cache, no-store or max-age=0 computes the answer anew instead of taking it from the cache; "
            + "either way the answer reflects every committed write";
    static final String[] METRICS = {"bedsPer1000", "licensedDoctorsPer1000", "registeredNursesPer1000", "pharmacistsPer1000",
            "tcmDoctorsPer1000", "healthTechniciansPer1000", "gpsPer10000", "publicHealthStaffPer10000", "ambulancesPer30000",
            "childcareSlotsPer1000", "doctorNurseRatio", "bedStaffRatio"};

    // ---- responses
    static final String UNAUTHORIZED_TEXT = "No token, or an invalid, expired or wrongly signed one";
    static final String FORBIDDEN_REGION_TEXT = "The token is neither an editor's nor an admin's, or its regions (and their sub-regions) "
            + "do not cover the resource's region (its old and new place when it moves)";
    static final String FORBIDDEN_ADMIN_TEXT = "The token is not an admin's";
    static final String PRECONDITION_TEXT = "If-Match does not match the current version";

    static final String REGION = """
            {"code": "500151", "name": "重庆市铜梁区", "level": "DISTRICT", "parentCode": "500000", "version": 0}""";
    static final String POPULATION_INPUT = """
            {"year": 2025, "residents": 700000, "childrenUnder3": 16000, "projected": true, "source": "区统计局人口预测"}""";
    static final String POPULATION = """
            {"regionCode": "500151", "year": 2025, "residents": 700000, "childrenUnder3": 16000, "projected": true,
             "source": "区统计局人口预测", "version": 0}""";
    static final String COUNTS = """
            {"year": 2020, "beds": 4210, "licensedDoctors": 1952, "tcmDoctors": 310, "registeredNurses": 2186,
             "pharmacists": 190, "generalPractitioners": 160, "healthTechnicians": 5100, "publicHealthStaff": 120,
             "ambulances": 24, "childcareSlots": 900, "version": 0}""";
    static final String REPORTED = """
            {"year": 2020, "beds": 16500, "licensedDoctors": 7450, "registeredNurses": 11680, "healthTechnicians": 23250,
             "source": "重庆统计年鉴2021", "version": 0}""";
    static final String PUBLISHED_METRIC = "The ratio, named as in the ratios answer (400 naming metric for any other name)";
    static final String PUBLISHED_RATIO_INPUT = """
            {"value": 24.16, "source": "重庆市渝中区卫生健康事业发展“十四五”规划",
             "quote": "每千常住人口床位数24.16张、卫生技术人员34.04人、执业（助理）医师10.91人、注册护士17.09人"}""";
    static final String PUBLISHED_RATIO = """
            {"regionCode": "500103", "year": 2020, "metric": "bedsPer1000", "value": 24.16,
             "source": "重庆市渝中区卫生健康事业发展“十四五”规划",
             "quote": "每千常住人口床位数24.16张、卫生技术人员34.04人、执业（助理）医师10.91人、注册护士17.09人", "version": 0,
             "createdAt": "2026-03-01T08:00:00.123456Z", "updatedAt": "2026-03-01T08:00:00.123456Z"}""";
    static final String BAD_PUBLISHED_METRIC = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "metric: 'bedsPer100' is not one of [bedsPer1000, licensedDoctorsPer1000, registeredNursesPer1000, pharmacistsPer1000, tcmDoctorsPer1000, healthTechniciansPer1000, gpsPer10000, publicHealthStaffPer10000, ambulancesPer30000, childcareSlotsPer1000, doctorNurseRatio, bedStaffRatio]",
             "instance": "/api/v1/regions/500103/published-ratios/2020/bedsPer100",
             "errors": [{"field": "metric", "message": "'bedsPer100' is not one of [bedsPer1000, licensedDoctorsPer1000, registeredNursesPer1000, pharmacistsPer1000, tcmDoctorsPer1000, healthTechniciansPer1000, gpsPer10000, publicHealthStaffPer10000, ambulancesPer30000, childcareSlotsPer1000, doctorNurseRatio, bedStaffRatio]"}]}""";
    static final String BAD_PUBLISHED_VALUE = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "value: must be greater than or equal to 0", "instance": "/api/v1/regions/500103/published-ratios/2020/bedsPer1000",
             "errors": [{"field": "value", "message": "must be greater than or equal to 0"}]}""";
    static final String BAD_PUBLISHED_YEAR = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "year: 'abc' is not a year", "instance": "/api/v1/regions/500103/published-ratios",
             "errors": [{"field": "year", "message": "'abc' is not a year"}]}""";
    static final String FORBIDDEN_PUBLISHED = """
            {"type": "/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "Your token may write regions [500151], not 500103 (published ratios of region 500103)",
             "instance": "/api/v1/regions/500103/published-ratios/2020/bedsPer1000"}""";
    static final String FACILITY = """
            {"code": "tl-people-hospital", "name": "重庆市铜梁区人民医院", "regionCode": "500151", "type": "GENERAL_HOSPITAL",
             "grade": "三级", "ownership": "PUBLIC", "openedYear": null, "closedYear": null,
             "source": "铜梁区卫生健康发展“十四五”规划", "version": 0}""";
    static final String FACILITY_IMPORT = """
            [{"code": "tl-people-hospital", "name": "重庆市铜梁区人民医院", "regionCode": "500151", "type": "GENERAL_HOSPITAL",
              "ownership": "PUBLIC", "resources": [{"year": 2020, "beds": 1200, "licensedDoctors": 420, "registeredNurses": 560}]}]""";
    static final String FACILITY_CSV = """
            code,name,regionCode,type,grade,ownership,openedYear,closedYear,source,resources.year,resources.beds,resources.licensedDoctors,resources.registeredNurses
            tl-people-hospital,重庆市铜梁区人民医院,500151,GENERAL_HOSPITAL,三级,PUBLIC,,,,2020,1200,420,560
            tl-people-hospital,重庆市铜梁区人民医院,500151,GENERAL_HOSPITAL,三级,PUBLIC,,,,2021,1250,440,590
            """;
    static final String IMPORT_REPORT = """
            {"imported": 1, "resources": 2, "dryRun": false, "errors": [], "warnings": []}""";
    static final String IMPORT_REJECTED = """
            {"type": "/problems/import", "title": "Import rejected", "status": 400,
             "detail": "1 row(s) have errors; nothing was imported (first: resources.beds in row 3)",
             "instance": "/api/v1/facilities/import", "imported": 0, "dryRun": false,
             "errors": [{"row": 3, "field": "resources.beds", "message": "must be greater than or equal to 0"}], "warnings": []}""";
    static final String RATIOS = """
            {"regionCode": "500151", "year": 2020, "population": 685000, "populationBasis": "OWN", "populationProjected": false, "facilityCount": 3,
             "basis": "FACILITIES",
             "counts": {"beds": 4210, "licensedDoctors": 1952, "tcmDoctors": 310, "registeredNurses": 2186, "pharmacists": 190,
                        "generalPractitioners": 160, "healthTechnicians": 5100, "publicHealthStaff": 120, "ambulances": 24,
                        "childcareSlots": 900},
             "ratios": {"bedsPer1000": 6.15, "licensedDoctorsPer1000": 2.85, "registeredNursesPer1000": 3.19,
                        "pharmacistsPer1000": 0.28, "tcmDoctorsPer1000": 0.45, "healthTechniciansPer1000": 7.45,
                        "gpsPer10000": 2.34, "publicHealthStaffPer10000": 1.75, "ambulancesPer30000": 1.05,
                        "childcareSlotsPer1000": 1.31, "doctorNurseRatio": 1.12, "bedStaffRatio": 1.21}}""";
    /** A region whose ratios come from its plan only: no population, no counts (the demo's 渝中区 in 2020). */
    static final String RATIOS_PUBLISHED = """
            {"regionCode": "500103", "year": 2020, "facilityCount": 0, "basis": "PUBLISHED",
             "ratios": {"bedsPer1000": 24.16, "licensedDoctorsPer1000": 10.91, "registeredNursesPer1000": 17.09,
                        "pharmacistsPer1000": null, "tcmDoctorsPer1000": null, "healthTechniciansPer1000": 34.04,
                        "gpsPer10000": null, "publicHealthStaffPer10000": null, "ambulancesPer30000": null,
                        "childcareSlotsPer1000": 1, "doctorNurseRatio": null, "bedStaffRatio": null},
             "published": {"bedsPer1000": {"value": 24.16, "source": "重庆市渝中区卫生健康事业发展“十四五”规划",
                                           "quote": "每千常住人口床位数24.16张、卫生技术人员34.04人、执业（助理）医师10.91人、注册护士17.09人"},
                           "licensedDoctorsPer1000": {"value": 10.91, "source": "重庆市渝中区卫生健康事业发展“十四五”规划",
                                           "quote": "每千常住人口床位数24.16张、卫生技术人员34.04人、执业（助理）医师10.91人、注册护士17.09人"},
                           "registeredNursesPer1000": {"value": 17.09, "source": "重庆市渝中区卫生健康事业发展“十四五”规划",
                                           "quote": "每千常住人口床位数24.16张、卫生技术人员34.04人、执业（助理）医师10.91人、注册护士17.09人"},
                           "healthTechniciansPer1000": {"value": 34.04, "source": "重庆市渝中区卫生健康事业发展“十四五”规划",
                                           "quote": "每千常住人口床位数24.16张、卫生技术人员34.04人、执业（助理）医师10.91人、注册护士17.09人"},
                           "childcareSlotsPer1000": {"value": 1, "source": "重庆市渝中区卫生健康事业发展“十四五”规划",
                                           "quote": "每千常住人口3岁以下婴幼儿托位 | 1"}}}""";
    /** A province without a population of its own, whose districts all report one. */
    static final String RATIOS_SUMMED = """
            {"regionCode": "500000", "year": 2020, "population": 1356000, "populationBasis": "SUM_OF_SUBREGIONS",
             "populationProjected": false, "facilityCount": 2, "basis": "FACILITIES",
             "counts": {"beds": 8136, "licensedDoctors": 3390, "tcmDoctors": null, "registeredNurses": 4068, "pharmacists": null,
                        "generalPractitioners": null, "healthTechnicians": 9492, "publicHealthStaff": null, "ambulances": null,
                        "childcareSlots": null},
             "ratios": {"bedsPer1000": 6.00, "licensedDoctorsPer1000": 2.50, "registeredNursesPer1000": 3.00,
                        "pharmacistsPer1000": null, "tcmDoctorsPer1000": null, "healthTechniciansPer1000": 7.00,
                        "gpsPer10000": null, "publicHealthStaffPer10000": null, "ambulancesPer30000": null,
                        "childcareSlotsPer1000": null, "doctorNurseRatio": 1.20, "bedStaffRatio": 1.17}}""";
    static final String GAPS = """
            [{"standardCode": "tongliang-14th.doctors_per_1000.L125", "scope": "PLAN", "metric": "licensedDoctorsPer1000",
              "comparator": "=", "target": 3.6, "targetYear": 2025, "currentYear": 2020, "currentCount": 1952,
              "currentRatio": 2.85, "basis": "FACILITIES", "targetPopulation": 700000, "requiredCount": 2520, "gap": 568,
              "source": "每千人口执业（助理）医师数（人） | 3.6"}]""";
    static final String STANDARD = """
            {"code": "tongliang-14th.doctors_per_1000.L125", "metric": "licensedDoctorsPer1000",
             "name": "每千人口执业（助理）医师数（人）", "comparator": "=", "value": 3.6, "valueRaw": "3.6", "unit": "人",
             "scope": "PLAN", "regionCode": "500151", "planCode": "tongliang-14th", "year": 2025,
             "source": "每千人口执业（助理）医师数（人） | 3.6", "note": "专栏1 row 11 (约束性)", "version": 0}""";
    static final String NOT_FOUND_FACILITY = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Facility 'tl-people-hospital' does not exist", "instance": "/api/v1/facilities/tl-people-hospital"}""";
    static final String NOT_FOUND_STANDARD = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Standard 'nope' does not exist", "instance": "/api/v1/standards/nope"}""";
    static final String CONFLICT_REGION_IN_USE = """
            {"type": "/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "Region '500151' still has sub-regions or facilities", "instance": "/api/v1/regions/500151"}""";
    static final String BAD_PARAMETER = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "year: 'abc' is not a year", "instance": "/api/v1/regions/500151/ratios",
             "errors": [{"field": "year", "message": "'abc' is not a year"}]}""";
    static final String BAD_YEAR_BODY = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "beds: must be greater than or equal to 0", "instance": "/api/v1/regions/500151/resources/2020",
             "errors": [{"field": "beds", "message": "must be greater than or equal to 0"}]}""";
    static final String IMPORT_DESCRIPTION = "Atomic upsert by facility code, resources by calendar year: every row or none. "
            + "?dryRun=true validates without writing. JSON: an array of facilities, each with its yearly resources. "
            + "CSV (text/csv, UTF-8): a header row of field names; resource columns are resources.year, resources.beds, ...; "
            + "one line per facility and year, a facility's columns taken from its first line. "
            + "Rows count from 1 (array elements, or CSV data lines after the header). "
            + "XLSX (" + org.healthplanning.platform.sheet.ExportFormat.XLSX_TYPE + "): the first sheet with a header row (the first "
            + "row with two or more known headings; title rows above it are skipped) read as the CSV: headings are the CSV's field "
            + "names (with a unit in brackets, as the export writes them: resources.beds (张)) or the usual ones (机构编码, 机构名称, "
            + "区划代码, 机构类型 (综合医院, 中医医院, 乡镇卫生院 … or the API's names), 所有制 (公立, 民营), 年份, 床位数（张）, 执业（助理）医师"
            + "（人）, 注册护士, 卫生技术人员, 救护车（辆）, 托位（个）…); a unit other than the column's is refused; empty rows and notes "
            + "below the table are skipped; errors name the sheet, the row as the spreadsheet shows it, the column letter and heading "
            + "beside the field.";
    static final String BAD_FORMAT = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "format: 'pdf' is not one of csv, csv-bom, xlsx", "instance": "/api/v1/facilities/export",
             "errors": [{"field": "format", "message": "'pdf' is not one of csv, csv-bom, xlsx"}]}""";
    static final String SERIES_CSV = """
            regionCode,year,population (人),populationBasis,populationProjected,facilityCount,basis,counts.beds (张),\
            counts.licensedDoctors (人),counts.tcmDoctors (人),counts.registeredNurses (人),counts.pharmacists (人),\
            counts.generalPractitioners (人),counts.healthTechnicians (人),counts.publicHealthStaff (人),counts.ambulances (辆),\
            counts.childcareSlots (个),ratios.bedsPer1000 (张/千人),ratios.licensedDoctorsPer1000 (人/千人),\
            ratios.registeredNursesPer1000 (人/千人),ratios.pharmacistsPer1000 (人/千人),ratios.tcmDoctorsPer1000 (人/千人),\
            ratios.healthTechniciansPer1000 (人/千人),ratios.gpsPer10000 (人/万人),ratios.publicHealthStaffPer10000 (人/万人),\
            ratios.ambulancesPer30000 (辆/3万人),ratios.childcareSlotsPer1000 (个/千人),ratios.doctorNurseRatio (人/人),\
            ratios.bedStaffRatio (人/床),published
            500151,2020,685000,OWN,false,3,FACILITIES,3000,1952,,2186,,,3900,,,,4.38,2.85,3.19,,,5.69,,,,,1.12,1.30,
            """;
    static final String GAPS_CSV = """
            standardCode,scope,metric,comparator,target,targetYear,currentYear,currentCount,currentRatio,basis,targetPopulation (人),\
            requiredCount,gap,source
            tongliang-14th.doctors_per_1000.L125,PLAN,licensedDoctorsPer1000,=,3.6,2025,2020,1952,2.85,FACILITIES,700000,2520,568,\
            每千人口执业（助理）医师数（人） | 3.6
            """;
    static final String REPORT_FORMS = " Forms: JSON (default), or by format= or Accept a table (CSV, format=csv-bom with a UTF-8"
            + " byte-order mark, or XLSX with numbers as numeric cells and units in the headings).";
    static final String BAD_FACILITY = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "regionCode: region '999999' does not exist", "instance": "/api/v1/facilities",
             "errors": [{"field": "regionCode", "message": "region '999999' does not exist"}]}""";
    static final String CONFLICT_FACILITY = """
            {"type": "/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "A facility with code 'tl-people-hospital' already exists", "instance": "/api/v1/facilities"}""";
    static final String BAD_COUNTS = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "beds: must be greater than or equal to 0", "instance": "/api/v1/facilities/tl-people-hospital/resources/2020",
             "errors": [{"field": "beds", "message": "must be greater than or equal to 0"}]}""";
    static final String BAD_STANDARD = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "comparator: must be one of >=, <=, >, <, =, ≈, between, qualitative", "instance": "/api/v1/standards",
             "errors": [{"field": "comparator", "message": "must be one of >=, <=, >, <, =, ≈, between, qualitative"}]}""";
    static final String CONFLICT_STANDARD = """
            {"type": "/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "A standard with code 'tongliang-14th.doctors_per_1000.L125' already exists", "instance": "/api/v1/standards"}""";
    static final String RATIOS_DESCRIPTION = "For ?year=Y: one object. For ?from=&to=: an array, one per calendar year. Facility sums "
            + "(of facilities reporting for the year and not closed before it) give basis FACILITIES; otherwise the region's reported "
            + "totals give basis REPORTED. A ratio that neither counts basis gives (no count, or no population) is taken from the "
            + "region's published ratio of that year and metric where there is one (PUT …/published-ratios/{year}/{metric}); "
            + "'published' then holds its value, source and quote, and when every ratio given comes from publications basis is "
            + "PUBLISHED. A computed ratio always wins over a published one. With neither counts nor publications, basis, counts "
            + "and ratios are absent. The population is the region's own for the year (populationBasis OWN); without one, the sum "
            + "of its direct sub-regions' when every one of them has one for the year (SUM_OF_SUBREGIONS); else absent. Counts "
            + "are in beds, persons, vehicles or places; ratios per 1000 (gps and public health staff per 10 000, ambulances per "
            + "30 000) residents, rounded half-up to 2 decimals (published ones as printed); doctorNurseRatio 1.12 means 1:1.12 "
            + "(nurses per doctor), bedStaffRatio 1.21 means 1:1.21 (health technicians per bed).";
    static final String GAPS_DESCRIPTION = "For every standard of the region, its ancestors or the nation on a ratio metric: "
            + "required = ceil(target x P / N) for the target calendar year's population P (persons) and the metric's base N "
            + "(1000, 10 000 or 30 000 residents), gap = required - the current count (latest calendar year with data at or before "
            + "the target year). P is the population as getRegionRatios takes it (the region's own, or the sum of its direct "
            + "sub-regions' when every one has one). Where no count for the metric is known up to the target year but a published "
            + "ratio is, currentYear and currentRatio come from the latest publication (basis PUBLISHED) and gap is absent. With "
            + "?targetYear only standards for that year (or without a year) apply. With ?metric&target "
            + "(and optionally population, targetYear) answers one question instead.";
    static final String BAD_REQUEST = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "parentCode: region '999999' does not exist", "instance": "/api/v1/regions/500151",
             "errors": [{"field": "parentCode", "message": "region '999999' does not exist"}]}""";
    static final String NOT_FOUND = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Region '999999' does not exist", "instance": "/api/v1/regions/999999"}""";
    static final String CONFLICT = """
            {"type": "/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "A region with code '500151' already exists", "instance": "/api/v1/regions"}""";
    static final String PRECONDITION = """
            {"type": "/problems/precondition-failed", "title": "Precondition failed", "status": 412,
             "detail": "The resource has changed: its current version is 3", "instance": "/api/v1/regions/500151"}""";
    static final String UNAUTHORIZED = """
            {"type": "/problems/unauthorized", "title": "Unauthorized", "status": 401,
             "detail": "A valid bearer token is required", "instance": "/api/v1/facilities/tl-people-hospital"}""";
    static final String FORBIDDEN_REGION = """
            {"type": "/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "Your token may write regions [500151] and their sub-regions, not 500103 (facility yz-people-hospital)",
             "instance": "/api/v1/facilities/yz-people-hospital"}""";
    static final String FORBIDDEN_ADMIN = """
            {"type": "/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "This operation needs the admin role", "instance": "/api/v1/standards/tongliang-14th.doctors_per_1000.L125"}""";

    // ---- audit trail
    static final String AUDIT_DESCRIPTION = "One row per successful write, written in the write's transaction. Resource types (key): "
            + "region (code), population and reported-totals (regionCode/year), published-ratio (regionCode/year/metric), "
            + "facility (code), facility-resources "
            + "(facilityCode/year), standard (code), facility-import (the imported rows' regions "
            + "joined by commas; before = counts of the imported codes' existing facilities and yearly rows, after = "
            + "facilities, created, updated, resources, resourcesCreated, regions). "
            + "Operations: CREATE, UPDATE, DELETE, IMPORT. Admin only.";
    /** A page of the audit trail (before and after, the resource's JSON, left out here). */
    static final String AUDIT_EXAMPLE = """
            {"items": [{"id": 2, "at": "2026-11-24T01:02:03.456789Z", "subject": "planner-500151", "operation": "UPDATE",
              "resourceType": "facility", "key": "tl-people-hospital", "regionCode": "500151"},
             {"id": 1, "at": "2026-11-24T01:00:00.000001Z", "subject": "admin", "operation": "IMPORT",
              "resourceType": "facility-import", "key": "500151", "regionCode": "500151"}],
             "page": 0, "size": 50, "total": 2, "next": null}""";
    static final String AUDIT_UNAUTHORIZED_EXAMPLE = """
            {"type": "/problems/unauthorized", "title": "Unauthorized", "status": 401,
             "detail": "A valid bearer token is required", "instance": "/api/v1/audit"}""";
    static final String AUDIT_FORBIDDEN_EXAMPLE = """
            {"type": "/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "This operation needs the admin role", "instance": "/api/v1/audit"}""";
}
