package org.healthplanning.facility.rest;

/** Example bodies shown in the OpenAPI document. */
final class Examples {
    private Examples() {
    }

    static final String REGION = """
            {"code": "500151", "name": "重庆市铜梁区", "level": "DISTRICT", "parentCode": "500000", "version": 0}""";
    static final String REGION_PAGE = "{\"items\": [" + REGION + "], \"page\": 0, \"size\": 50, \"total\": 1}";
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
    static final String FACILITY = """
            {"code": "tl-people-hospital", "name": "重庆市铜梁区人民医院", "regionCode": "500151", "type": "GENERAL_HOSPITAL",
             "grade": "三级", "ownership": "PUBLIC", "openedYear": null, "closedYear": null,
             "source": "铜梁区卫生健康发展“十四五”规划", "version": 0}""";
    static final String FACILITY_PAGE = "{\"items\": [" + FACILITY + "], \"page\": 0, \"size\": 50, \"total\": 1}";
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
            {"regionCode": "500151", "year": 2020, "population": 685000, "populationProjected": false, "facilityCount": 3,
             "basis": "FACILITIES",
             "counts": {"beds": 4210, "licensedDoctors": 1952, "tcmDoctors": 310, "registeredNurses": 2186, "pharmacists": 190,
                        "generalPractitioners": 160, "healthTechnicians": 5100, "publicHealthStaff": 120, "ambulances": 24,
                        "childcareSlots": 900},
             "ratios": {"bedsPer1000": 6.15, "licensedDoctorsPer1000": 2.85, "registeredNursesPer1000": 3.19,
                        "pharmacistsPer1000": 0.28, "tcmDoctorsPer1000": 0.45, "healthTechniciansPer1000": 7.45,
                        "gpsPer10000": 2.34, "publicHealthStaffPer10000": 1.75, "ambulancesPer30000": 1.05,
                        "childcareSlotsPer1000": 1.31, "doctorNurseRatio": 1.12, "bedStaffRatio": 1.21}}""";
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
    static final String STANDARD_PAGE = "{\"items\": [" + STANDARD + "], \"page\": 0, \"size\": 50, \"total\": 1}";
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
}
