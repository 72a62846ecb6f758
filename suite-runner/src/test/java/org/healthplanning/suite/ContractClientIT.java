package org.healthplanning.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import org.healthplanning.contract.client.ApiClient;
import org.healthplanning.contract.client.ApiException;
import org.healthplanning.contract.client.api.PlanEvaluationsApi;
import org.healthplanning.contract.client.api.FacilitiesApi;
import org.healthplanning.contract.client.api.FacilityResourcesApi;
import org.healthplanning.contract.client.api.MonitoringValuesApi;
import org.healthplanning.contract.client.api.PlanIndicatorsApi;
import org.healthplanning.contract.client.api.PlanOverviewsApi;
import org.healthplanning.contract.client.api.PlansApi;
import org.healthplanning.contract.client.api.PopulationApi;
import org.healthplanning.contract.client.api.ProjectSummariesApi;
import org.healthplanning.contract.client.api.ProjectsApi;
import org.healthplanning.contract.client.api.RegionRatiosAndGapsApi;
import org.healthplanning.contract.client.api.RegionsApi;
import org.healthplanning.contract.client.model.EvaluatedIndicator;
import org.healthplanning.contract.client.model.Evaluation;
import org.healthplanning.contract.client.model.EvaluationStatus;
import org.healthplanning.contract.client.model.Facility;
import org.healthplanning.contract.client.model.FacilityType;
import org.healthplanning.contract.client.model.IndicatorImportReport;
import org.healthplanning.contract.client.model.MonitoringValue;
import org.healthplanning.contract.client.model.Ownership;
import org.healthplanning.contract.client.model.Plan;
import org.healthplanning.contract.client.model.PlanIndicator;
import org.healthplanning.contract.client.model.PlanIndicatorInput;
import org.healthplanning.contract.client.model.PlanOverview;
import org.healthplanning.contract.client.model.Population;
import org.healthplanning.contract.client.model.Problem;
import org.healthplanning.contract.client.model.Project;
import org.healthplanning.contract.client.model.ProjectImportResult;
import org.healthplanning.contract.client.model.ProjectSummary;
import org.healthplanning.contract.client.model.Region;
import org.healthplanning.contract.client.model.RegionLevel;
import org.healthplanning.contract.client.model.RegionRatios;
import org.healthplanning.contract.client.model.YearlyResources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Tongliang scenario driven through the Java client that the build generates from the committed
 * merged document (contract/openapi.json), as an integrator would use it: no hand-written HTTP. The
 * plan is created anew under its own code and region so that the figures come only from what this
 * test sends.
 */
class ContractClientIT {
    private static final String PLAN = "client-tongliang-14th";
    private static final String REGION = "500199";
    private static SuiteUnderTest sut;
    private static ApiClient api;

    @BeforeAll
    static void startSuite() throws Exception {
        sut = SuiteUnderTest.start("client");
        api = new ApiClient();
        api.updateBaseUri(sut.suite.gatewayUrl());
        String token = sut.token;
        api.setRequestInterceptor(r -> r.header("Authorization", "Bearer " + token));
    }

    @AfterAll
    static void stopSuite() {
        if (sut != null) {
            sut.close();
        }
    }

    private static <T> T demo(String file, TypeReference<T> type) throws Exception {
        return api.getObjectMapper().readValue(Files.readString(RunningSuite.ROOT.resolve("demo-data/api/" + file)), type);
    }

    private static Problem problem(ApiException e) throws Exception {
        return api.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
    }

    @Test
    void theTongliangScenarioThroughTheGeneratedClient() throws Exception {
        Region region = new RegionsApi(api).createRegion(new Region().code(REGION).name("示例区（客户端测试）")
                .level(RegionLevel.DISTRICT).parentCode("500000"), null);
        assertEquals(REGION, region.getCode());

        Plan plan = new PlansApi(api).createPlan(new Plan().code(PLAN).regionCode(REGION).regionName("示例区（客户端测试）")
                .title("重庆市铜梁区卫生健康发展“十四五”规划").periodStart(2021).periodEnd(2025).baselineYear(2020).targetYear(2025), null);
        assertEquals(0L, plan.getVersion());

        List<PlanIndicatorInput> table = demo("indicators-tongliang-14th.json", new TypeReference<>() { });
        IndicatorImportReport imported = new PlanIndicatorsApi(api).importPlanIndicators(PLAN, table, false, "replace", null);
        assertEquals(table.size(), imported.getImported());

        PlanIndicator lifeExpectancy = new PlanIndicatorsApi(api).listPlanIndicators(PLAN, null, null, null, null, 0, 500, null, null, null).getItems().stream()
                .filter(r -> "人均预期寿命".equals(r.getName())).findFirst().orElseThrow();
        MonitoringValue value = new MonitoringValuesApi(api).putMonitoringValue(lifeExpectancy.getId(), PLAN, 2023,
                new MonitoringValue().value(new BigDecimal("79.0")).source("统计公报"), null, null);
        assertEquals(0, new BigDecimal("79.0").compareTo(value.getValue()));

        Evaluation evaluation = new PlanEvaluationsApi(api).getPlanEvaluation(PLAN, null, null, 2023, null);
        EvaluatedIndicator row = evaluation.getIndicators().stream()
                .filter(i -> lifeExpectancy.getId().equals(i.getId())).findFirst().orElseThrow();
        assertEquals(EvaluationStatus.ON_TRACK, row.getStatus());
        assertEquals(0, new BigDecimal("63.86").compareTo(row.getProgressPercent()), "progress " + row.getProgressPercent());

        List<Project> projects = demo("projects-tongliang-14th.json", new TypeReference<>() { });
        projects.forEach(p -> p.planCode(PLAN).regionCode(REGION));
        // an import a client may have to send again goes with an Idempotency-Key
        ProjectImportResult result = new ProjectsApi(api).importProjects(projects, false, "replace", PLAN, java.util.UUID.randomUUID().toString());
        assertEquals(projects.size(), result.getImported());
        ProjectSummary summary = new ProjectSummariesApi(api).getPlanProjectSummary(PLAN, null, null, null);
        assertEquals(0, new BigDecimal("594970").compareTo(summary.getTotals().getFloorAreaM2()));
        assertEquals(0, new BigDecimal("421068").compareTo(summary.getTotals().getInvestment10kCny()));
        assertEquals(0, new BigDecimal("576").compareTo(summary.getTotals().getNewLandMu()));

        new PopulationApi(api).putRegionPopulation(REGION, 2023, new Population().residents(100_000L).source("测试"), null, null);
        new FacilitiesApi(api).createFacility(new Facility().code("client-hospital").name("示例医院").regionCode(REGION)
                .type(FacilityType.GENERAL_HOSPITAL).ownership(Ownership.PUBLIC), null);
        new FacilityResourcesApi(api).putFacilityResources("client-hospital", 2023,
                new YearlyResources().beds(500).licensedDoctors(285).registeredNurses(320), null, null);
        RegionRatios ratios = new RegionRatiosAndGapsApi(api).getRegionRatios(REGION, 2023, null, null);
        assertEquals(0, new BigDecimal("2.85").compareTo(ratios.getRatios().getLicensedDoctorsPer1000()));

        PlanOverview overview = new PlanOverviewsApi(api).getPlanOverview(PLAN, null, 2023);
        assertEquals(PLAN, overview.getPlan().getCode());
        assertTrue(overview.getDegraded().isEmpty(), "degraded: " + overview.getDegraded());
        assertEquals(0, new BigDecimal("421068").compareTo(overview.getProjectSummary().getTotals().getInvestment10kCny()));
        assertNotNull(overview.getRatios());
        assertEquals(0, new BigDecimal("2.85").compareTo(overview.getRatios().getRatios().getLicensedDoctorsPer1000()));
    }

    @Test
    void refusalsComeBackAsTheClientsTypedProblem() throws Exception {
        ApiException missing = assertThrows(ApiException.class, () -> new PlansApi(api).getPlan("no-such-plan", null));
        assertEquals(404, missing.getCode());
        Problem notFound = problem(missing);
        assertEquals(404, notFound.getStatus());
        assertEquals("/problems/not-found", notFound.getType());

        Plan existing = new PlansApi(api).getPlan("tongliang-14th", null);
        ApiException duplicate = assertThrows(ApiException.class, () -> new PlansApi(api).createPlan(existing.version(null), null));
        assertEquals(409, duplicate.getCode());
        Problem conflict = problem(duplicate);
        assertEquals(409, conflict.getStatus());
        assertEquals("/problems/conflict", conflict.getType());
    }
}
