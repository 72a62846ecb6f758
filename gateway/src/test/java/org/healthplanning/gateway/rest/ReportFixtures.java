package org.healthplanning.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.healthplanning.gateway.rest.Fixtures.json;

import org.healthplanning.gateway.client.Backend;
import org.healthplanning.gateway.config.WireMockBackends;

/**
 * The backends' answers behind Tongliang's 2023 report, shaped as API.md defines them: six rows of every kind
 * (achieved, on track, behind twice — one of them binding and later in the table —, no data, a qualitative target),
 * their values of 2021–2023 in every approval state, two checks, the plan's 31 projects with their 合计 (421 068 万元,
 * 179 799.5 of it outside 2021–2025), the region's ratios (2022 the latest with any) and four standards for 2025.
 */
final class ReportFixtures {
    static final String EVALUATION = """
            {"planCode": "tongliang-14th", "year": 2023,
             "summary": {"ACHIEVED": 1, "ON_TRACK": 1, "BEHIND": 2, "NO_DATA": 1, "NOT_EVALUABLE": 1},
             "bindingBehind": [12],
             "indicators": [
               {"id": 1, "seq": "1", "name": "人均预期寿命", "subItem": null, "definitionCode": "LIFE_EXPECTANCY", "resourceMetric": null,
                "nature": "EXPECTED", "direction": "INCREASE", "directionSource": "CATALOGUE",
                "baseline": {"year": 2020, "raw": "78.47", "value": 78.47},
                "target": {"year": 2025, "raw": "79.3", "comparator": "=", "value": 79.3, "effectiveComparator": ">="},
                "actual": {"year": 2023, "value": 79.31}, "expected": 78.968, "progressPercent": 101.2, "status": "ACHIEVED",
                "notEvaluableReason": null, "worseThanBaseline": false, "approvalState": "APPROVED"},
               {"id": 7, "seq": "4", "name": "居民健康素养水平", "subItem": null, "definitionCode": "HEALTH_LITERACY", "resourceMetric": null,
                "nature": "EXPECTED", "direction": "INCREASE", "directionSource": "CATALOGUE",
                "baseline": {"year": 2020, "raw": "20.5", "value": 20.5},
                "target": {"year": 2025, "raw": "≥28", "comparator": ">=", "value": 28, "effectiveComparator": ">="},
                "actual": {"year": 2023, "value": 25.1}, "expected": 25.0, "progressPercent": 61.33, "status": "ON_TRACK",
                "notEvaluableReason": null, "worseThanBaseline": false, "approvalState": "SUBMITTED"},
               {"id": 8, "seq": "6", "name": "高血压患者规范管理率", "subItem": null, "definitionCode": null, "resourceMetric": null,
                "nature": "EXPECTED", "direction": "INCREASE", "directionSource": "NAME_RULE",
                "baseline": {"year": 2020, "raw": "55", "value": 55},
                "target": {"year": 2025, "raw": "≥70", "comparator": ">=", "value": 70, "effectiveComparator": ">="},
                "actual": {"year": 2023, "value": 60}, "expected": 64.0, "progressPercent": 33.33, "status": "BEHIND",
                "notEvaluableReason": null, "worseThanBaseline": false, "approvalState": "DRAFT"},
               {"id": 12, "seq": "9", "name": "孕产妇死亡率", "subItem": null, "definitionCode": "MATERNAL_MORTALITY", "resourceMetric": null,
                "nature": "BINDING", "direction": "DECREASE", "directionSource": "CATALOGUE",
                "baseline": {"year": 2020, "raw": "0", "value": 0},
                "target": {"year": 2025, "raw": "＜10", "comparator": "<", "value": 10, "effectiveComparator": "<"},
                "actual": {"year": 2023, "value": 12.5}, "expected": null, "progressPercent": null, "status": "BEHIND",
                "notEvaluableReason": null, "worseThanBaseline": true, "approvalState": "DRAFT"},
               {"id": 20, "seq": "14", "name": "每千人口执业（助理）医师数", "subItem": null, "definitionCode": "LICENSED_DOCTORS_PER_1000",
                "resourceMetric": "licensedDoctorsPer1000", "nature": "BINDING", "direction": "INCREASE", "directionSource": "CATALOGUE",
                "baseline": {"year": 2020, "raw": "2.85", "value": 2.85},
                "target": {"year": 2025, "raw": "3.6", "comparator": "=", "value": 3.6, "effectiveComparator": ">="},
                "actual": null, "expected": 3.3, "progressPercent": null, "status": "NO_DATA",
                "notEvaluableReason": null, "worseThanBaseline": false, "approvalState": null},
               {"id": 25, "seq": "20", "name": "中医药服务覆盖", "subItem": "乡镇卫生院", "definitionCode": null, "resourceMetric": null,
                "nature": null, "direction": null, "directionSource": "UNKNOWN",
                "baseline": {"year": 2020, "raw": "—", "value": null},
                "target": {"year": 2025, "raw": "全覆盖", "comparator": "qualitative", "value": null, "effectiveComparator": null},
                "actual": null, "expected": null, "progressPercent": null, "status": "NOT_EVALUABLE",
                "notEvaluableReason": "QUALITATIVE_TARGET", "worseThanBaseline": false, "approvalState": null}]}""";

    static final String INDICATORS = """
            {"items": [
              {"id": 1, "position": 1, "category": "健康水平", "seq": "1", "name": "人均预期寿命", "unit": "岁", "planCode": "tongliang-14th"},
              {"id": 7, "position": 2, "category": "健康生活", "seq": "4", "name": "居民健康素养水平", "unit": "%", "planCode": "tongliang-14th"},
              {"id": 8, "position": 3, "category": "健康服务", "seq": "6", "name": "高血压患者规范管理率", "unit": "%", "planCode": "tongliang-14th"},
              {"id": 12, "position": 4, "category": "健康水平", "seq": "9", "name": "孕产妇死亡率", "unit": "/10万", "planCode": "tongliang-14th"},
              {"id": 20, "position": 5, "category": "医疗资源", "seq": "14", "name": "每千人口执业（助理）医师数", "unit": "人", "planCode": "tongliang-14th"},
              {"id": 25, "position": 6, "category": "中医药", "seq": "20", "name": "中医药服务覆盖", "unit": null, "planCode": "tongliang-14th"}],
             "page": 0, "size": 500, "total": 6, "next": null}""";

    /** The first page of the values (as if pages held four): the list's total says a second page follows. */
    static final String VALUES_PAGE_0 = """
            {"items": [
              {"indicatorId": 1, "year": 2021, "value": 78.9, "status": "FINAL", "source": "铜梁区卫生健康统计年鉴2021", "approvalState": "APPROVED", "planCode": "tongliang-14th"},
              {"indicatorId": 1, "year": 2022, "value": 79.1, "status": "FINAL", "source": "铜梁区卫生健康统计年鉴2022", "approvalState": "APPROVED", "planCode": "tongliang-14th"},
              {"indicatorId": 1, "year": 2023, "value": 79.31, "status": "FINAL", "source": "铜梁区卫生健康统计年鉴2023", "approvalState": "APPROVED", "planCode": "tongliang-14th"},
              {"indicatorId": 7, "year": 2023, "value": 25.1, "status": "PROVISIONAL", "source": "居民健康素养监测", "approvalState": "SUBMITTED", "planCode": "tongliang-14th"}],
             "page": 0, "size": 500, "total": 503, "next": "/api/v1/monitoring-values?planCode=tongliang-14th&page=1&size=500"}""";
    static final String VALUES_PAGE_1 = """
            {"items": [
              {"indicatorId": 8, "year": 2022, "value": 58, "status": "PROVISIONAL", "source": "基本公共卫生服务年报", "approvalState": "DRAFT", "planCode": "tongliang-14th"},
              {"indicatorId": 8, "year": 2023, "value": 60, "status": "PROVISIONAL", "source": "基本公共卫生服务年报", "approvalState": "DRAFT", "planCode": "tongliang-14th"},
              {"indicatorId": 12, "year": 2023, "value": 12.5, "status": "PROVISIONAL", "source": "妇幼卫生年报2023", "approvalState": "DRAFT", "planCode": "tongliang-14th"}],
             "page": 1, "size": 500, "total": 503, "next": null}""";

    static final String CHECKS = """
            [{"code": "TARGET_MET_AT_BASELINE", "severity": "WARNING", "indicatorId": 12, "seq": "9", "name": "孕产妇死亡率", "subItem": null,
              "message": "Row 9 孕产妇死亡率: the baseline 0 already meets the target ＜10"},
             {"code": "DIRECTION_UNKNOWN", "severity": "INFO", "indicatorId": 25, "seq": "20", "name": "中医药服务覆盖", "subItem": "乡镇卫生院",
              "message": "Row 20 中医药服务覆盖: no direction is known"}]""";

    /** Tongliang's 合计 with investment spread over 2020–2030; 2021–2025 adds up to inPeriod. */
    static final String SUMMARY = """
            {"count": 31, "totals": {"floorAreaM2": 594970, "investment10kCny": 421068, "newLandMu": 576},
             "declared": {"floorAreaM2": 594970, "investment10kCny": 421068, "newLandMu": 576},
             "difference": {"floorAreaM2": 0, "investment10kCny": 0, "newLandMu": 0},
             "inPeriod": {"count": 28, "investment10kCny": 241268.5}, "outOfPeriod": {"count": 3, "investment10kCny": 179799.5},
             "investmentByYear": [{"year": 2020, "investment10kCny": 10000}, {"year": 2021, "investment10kCny": 50000},
               {"year": 2022, "investment10kCny": 60000}, {"year": 2023, "investment10kCny": 50000},
               {"year": 2024, "investment10kCny": 40000}, {"year": 2025, "investment10kCny": 41268.5},
               {"year": 2026, "investment10kCny": 40000}, {"year": 2027, "investment10kCny": 40000},
               {"year": 2028, "investment10kCny": 30000}, {"year": 2029, "investment10kCny": 30000},
               {"year": 2030, "investment10kCny": 29799.5}]}""";

    /** 2020: the ratios the plan published; 2022: computed from facilities; 2023: nothing yet. */
    static final String RATIO_SERIES = """
            [{"regionCode": "500151", "year": 2020, "ratios": {"licensedDoctorsPer1000": 2.85, "childcareSlotsPer1000": 1.03}, "basis": "PUBLISHED",
              "published": {"licensedDoctorsPer1000": {"value": 2.85, "source": "重庆市铜梁区卫生健康发展“十四五”规划", "quote": "2.85"},
                            "childcareSlotsPer1000": {"value": 1.03, "source": "重庆市铜梁区卫生健康发展“十四五”规划", "quote": "1.03"}}},
             {"regionCode": "500151", "year": 2021},
             {"regionCode": "500151", "year": 2022, "population": 700000, "populationBasis": "OWN", "facilityCount": 3,
              "ratios": {"bedsPer1000": 7.12, "licensedDoctorsPer1000": 3.05, "registeredNursesPer1000": null, "doctorNurseRatio": 1.12},
              "basis": "FACILITIES"},
             {"regionCode": "500151", "year": 2023}]""";

    static final String GAPS = """
            [{"standardCode": "tongliang-14th.doctors_per_1000.L125", "scope": "PLAN", "metric": "licensedDoctorsPer1000", "comparator": "=",
              "target": 3.6, "targetYear": 2025, "currentYear": 2022, "currentCount": 2135, "currentRatio": 3.05, "basis": "FACILITIES",
              "targetPopulation": 700000, "requiredCount": 2520, "gap": 385, "source": "每千人口执业（助理）医师数（人） | 3.6"},
             {"standardCode": "tongliang-14th.childcare_slots_per_1000.L139", "scope": "PLAN", "metric": "childcareSlotsPer1000",
              "comparator": "=", "target": 4.5, "targetYear": 2025, "source": "每千人口拥有3岁以下婴幼儿托位数 | 4.5"},
             {"standardCode": "tongliang-14th.childcare_slots_per_1000.L301", "scope": "PLAN", "metric": "childcareSlotsPer1000",
              "comparator": "=", "target": 4.5, "targetYear": 2025, "source": "每千人口拥有3岁以下婴幼儿托位数达到4.5个"},
             {"standardCode": "national.beds_per_1000", "scope": "NATIONAL", "metric": "bedsPer1000", "comparator": ">=", "target": 7.0,
              "targetYear": 2025, "currentYear": 2022, "currentCount": 4984, "currentRatio": 7.12, "basis": "FACILITIES",
              "targetPopulation": 700000, "requiredCount": 4900, "gap": -84, "source": "全国医疗卫生服务体系规划纲要"}]""";

    private ReportFixtures() {
    }

    /** Every backend read of Tongliang's report answering. */
    static void stubTongliang() {
        var indicator = WireMockBackends.server(Backend.INDICATOR);
        indicator.stubFor(get(urlEqualTo("/api/v1/plans/tongliang-14th")).willReturn(json(Fixtures.PLAN)));
        indicator.stubFor(get(urlPathEqualTo("/api/v1/plans/tongliang-14th/evaluation")).willReturn(json(EVALUATION)));
        indicator.stubFor(get(urlPathEqualTo("/api/v1/plans/tongliang-14th/indicators")).willReturn(json(INDICATORS)));
        indicator.stubFor(get(urlPathEqualTo("/api/v1/monitoring-values")).withQueryParam("planCode", equalTo("tongliang-14th"))
                .withQueryParam("page", equalTo("0")).willReturn(json(VALUES_PAGE_0)));
        indicator.stubFor(get(urlPathEqualTo("/api/v1/monitoring-values")).withQueryParam("planCode", equalTo("tongliang-14th"))
                .withQueryParam("page", equalTo("1")).willReturn(json(VALUES_PAGE_1)));
        indicator.stubFor(get(urlEqualTo("/api/v1/plans/tongliang-14th/checks")).willReturn(json(CHECKS)));
        WireMockBackends.server(Backend.PROJECT).stubFor(get(urlPathEqualTo("/api/v1/plans/tongliang-14th/project-summary"))
                .willReturn(json(SUMMARY)));
        var facility = WireMockBackends.server(Backend.FACILITY);
        facility.stubFor(get(urlPathEqualTo("/api/v1/regions/500151/ratios/series")).willReturn(json(RATIO_SERIES)));
        facility.stubFor(get(urlPathEqualTo("/api/v1/regions/500151/gaps")).willReturn(json(GAPS)));
    }
}
