package org.healthplanning.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.healthplanning.gateway.client.Backend;
import org.healthplanning.gateway.config.WireMockBackends;

/** Backend answers shaped as API.md defines them, with Tongliang's published totals. */
final class Fixtures {
    static final String PLAN = """
            {"code": "tongliang-14th", "regionCode": "500151", "regionName": "重庆市铜梁区",
             "title": "重庆市铜梁区卫生健康发展“十四五”规划", "periodStart": 2021, "periodEnd": 2025,
             "baselineYear": 2020, "targetYear": 2025, "issuer": "重庆市铜梁区卫生健康委员会", "version": 0}""";
    static final String EVALUATION = """
            {"planCode": "tongliang-14th", "year": 2023,
             "summary": {"ACHIEVED": 1, "ON_TRACK": 0, "BEHIND": 1, "NO_DATA": 1, "NOT_EVALUABLE": 0},
             "bindingBehind": [12],
             "indicators": [
               {"id": 1, "seq": "1", "name": "人均预期寿命", "definitionCode": "LIFE_EXPECTANCY", "resourceMetric": null,
                "nature": "EXPECTED", "direction": "INCREASE",
                "baseline": {"year": 2020, "raw": "78.47", "value": 78.47}, "target": {"year": 2025, "raw": "79.3", "comparator": "=", "value": 79.3},
                "actual": {"year": 2023, "value": 79.31}, "expected": 78.968, "progressPercent": 101.2, "status": "ACHIEVED"},
               {"id": 12, "seq": "9", "name": "孕产妇死亡率", "definitionCode": "MATERNAL_MORTALITY", "resourceMetric": null,
                "nature": "BINDING", "direction": "DECREASE",
                "baseline": {"year": 2020, "raw": "0", "value": 0}, "target": {"year": 2025, "raw": "＜10", "comparator": "<", "value": 10},
                "actual": {"year": 2023, "value": 12.5}, "status": "BEHIND"},
               {"id": 20, "seq": "14", "name": "每千人口执业（助理）医师数", "definitionCode": "LICENSED_DOCTORS_PER_1000",
                "resourceMetric": "licensedDoctorsPer1000", "nature": "EXPECTED", "direction": "INCREASE",
                "baseline": {"year": 2020, "raw": "2.85", "value": 2.85}, "target": {"year": 2025, "raw": "3.6", "comparator": "=", "value": 3.6},
                "actual": null, "expected": 3.3, "status": "NO_DATA"},
               {"id": 21, "seq": "15", "name": "每千人口医疗卫生机构床位数", "definitionCode": "BEDS_PER_1000",
                "resourceMetric": "bedsPer1000", "nature": "EXPECTED", "direction": "INCREASE",
                "baseline": {"year": 2020, "raw": "6.86", "value": 6.86}, "target": {"year": 2025, "raw": "7.5", "comparator": "=", "value": 7.5},
                "actual": null, "status": "NO_DATA"}]}""";
    static final String SUMMARY = """
            {"count": 31, "totals": {"floorAreaM2": 594970, "investment10kCny": 421068, "newLandMu": 576},
             "declared": {"floorAreaM2": 594970, "investment10kCny": 421068, "newLandMu": 576},
             "difference": {"floorAreaM2": 0, "investment10kCny": 0, "newLandMu": 0},
             "inPeriod": {"count": 28, "investment10kCny": 241268.5}, "outOfPeriod": {"count": 3, "investment10kCny": 179799.5}}""";
    static final String RATIOS_2023 = """
            {"regionCode": "500151", "year": 2023, "population": 700000, "facilityCount": 3,
             "ratios": {"bedsPer1000": 7.12, "licensedDoctorsPer1000": 3.05}, "basis": "FACILITIES"}""";
    static final String RATIOS_2020 = """
            {"regionCode": "500151", "year": 2020, "population": 690000, "facilityCount": 3,
             "ratios": {"bedsPer1000": 6.90, "licensedDoctorsPer1000": 2.80}, "basis": "FACILITIES"}""";
    static final String REGION = """
            {"code": "500151", "name": "重庆市铜梁区", "level": "DISTRICT", "parentCode": "500000"}""";
    static final String PROJECTS = """
            {"items": [{"id": 29, "planCode": "tongliang-14th", "regionCode": "500151", "name": "铜梁区中医院迁建项目",
                        "startYear": 2026, "endYear": 2030, "investment10kCny": 90000}],
             "page": 0, "size": 500, "total": 1}""";
    static final String NOT_FOUND = "{\"type\":\"/problems/not-found\",\"title\":\"Not found\",\"status\":404,\"detail\":\"no data\"}";

    private Fixtures() {
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    static ResponseDefinitionBuilder notFound() {
        return aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json").withBody(NOT_FOUND);
    }

    /** Every backend read of Tongliang's overview answering. */
    static void stubTongliang() {
        WireMockBackends.server(Backend.INDICATOR).stubFor(get(urlEqualTo("/api/v1/plans/tongliang-14th")).willReturn(json(PLAN)));
        WireMockBackends.server(Backend.INDICATOR).stubFor(get(urlPathEqualTo("/api/v1/plans/tongliang-14th/evaluation")).willReturn(json(EVALUATION)));
        WireMockBackends.server(Backend.PROJECT).stubFor(get(urlPathEqualTo("/api/v1/plans/tongliang-14th/project-summary")).willReturn(json(SUMMARY)));
        WireMockBackends.server(Backend.FACILITY).stubFor(get(urlEqualTo("/api/v1/regions/500151/ratios?year=2023")).willReturn(json(RATIOS_2023)));
        WireMockBackends.server(Backend.FACILITY).stubFor(get(urlEqualTo("/api/v1/regions/500151/ratios?year=2020")).willReturn(json(RATIOS_2020)));
    }
}
