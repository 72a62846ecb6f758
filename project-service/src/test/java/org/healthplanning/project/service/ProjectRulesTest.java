package org.healthplanning.project.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.healthplanning.project.api.ProjectDto;
import org.healthplanning.project.domain.AnnualInvestment;
import org.healthplanning.project.domain.Project;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The project rules (DOMAIN.md §2) as plain tests: every demo project's printed cells, and the cells at their edges. */
class ProjectRulesTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Path DEMO = Path.of("..", "demo-data");
    private static ProjectRules rules;

    @BeforeAll
    static void rules() {
        rules = new ProjectRules();
        rules.validator = Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator();
    }

    /** Every project of both demo plans as the API receives it, beside the years and 建设性质 the published table prints. */
    static List<Arguments> demoProjects() throws IOException {
        Map<String, JsonNode> published = new HashMap<>();
        for (JsonNode p : JSON.readTree(DEMO.resolve("projects.json").toFile()).get("projects")) {
            published.put(p.get("planId").asText() + "/" + p.get("name").asText(), p);
        }
        List<Arguments> out = new ArrayList<>();
        for (String plan : List.of("tongliang-14th", "yuzhong-14th")) {
            for (JsonNode sent : JSON.readTree(DEMO.resolve("api/projects-" + plan + ".json").toFile())) {
                JsonNode table = published.get(plan + "/" + sent.get("name").asText());
                out.add(Arguments.of(plan + " " + sent.get("name").asText(), sent, table));
            }
        }
        assertEquals(66, out.size(), "both demo tables' projects");
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoProjects")
    void everyDemoProjectParsesAsPublished(String name, JsonNode sent, JsonNode table) throws IOException {
        ProjectDto p = JSON.treeToValue(sent, ProjectDto.class);
        ProjectRules.Outcome o = rules.prepare(p);
        assertTrue(o.ok(), name + ": " + o.errors());
        assertEquals(table.get("years").get("start").asInt(), p.startYear, name + " start year");
        assertEquals(table.get("years").get("end").asInt(), p.endYear, name + " end year");
        String printedType = table.get("constructionType").isNull() ? null : table.get("constructionType").asText();
        if (printedType == null || printedType.equals("－")) {
            assertEquals(null, p.constructionType, name);
        } else {
            assertEquals(printedType, p.constructionType.label, name + " 建设性质");
        }
        if (!table.get("investment10kCny").isNull()) {
            assertEquals(0, table.get("investment10kCny").decimalValue().compareTo(p.investment10kCny), name + " investment");
        }
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # yearsRaw        | start | end  | error field
            2021-2025年       | 2021  | 2025 | NULL
            2021年-2025年     | 2021  | 2025 | NULL
            2021—2023         | 2021  | 2023 | NULL
            2021至2023年      | 2021  | 2023 | NULL
            2021～2022        | 2021  | 2022 | NULL
            2023              | 2023  | 2023 | NULL
            2023年            | 2023  | 2023 | NULL
            －                | NULL  | NULL | NULL
            2025-2021         | 2025  | 2021 | endYear
            十四五期间         | NULL  | NULL | yearsRaw
            2021-25           | NULL  | NULL | yearsRaw
            """)
    void yearsAsPrinted(String raw, Integer start, Integer end, String errorField) {
        ProjectDto p = project();
        p.yearsRaw = raw;
        ProjectRules.Outcome o = rules.prepare(p);
        assertEquals(start, p.startYear, raw);
        assertEquals(end, p.endYear, raw);
        assertEquals(errorField == null ? List.of() : List.of(errorField), o.errors().stream().map(e -> e.field()).toList(), raw);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # content                                           | medical | elderly | childcare | isolation | warnings
            新建医疗床位500张                                     | 500     | NULL    | NULL      | NULL      | 0
            医疗床位200张、养老床位100张，设置托位60个              | 200     | 100     | 60        | NULL      | 0
            隔离病房30间，医疗床位120张，另医疗床位80张              | 200     | NULL    | NULL      | 30        | 0
            新增托位40个                                          | NULL    | NULL    | 40        | NULL      | 0
            床位300张                                             | NULL    | NULL    | NULL      | NULL      | 1
            包括土建、内外装饰、医疗设备购置等。                      | NULL    | NULL    | NULL      | NULL      | 0
            """)
    void capacityFromTheContentText(String content, Integer medical, Integer elderly, Integer childcare, Integer isolation, int warnings) {
        ProjectDto p = project();
        p.content = content;
        ProjectRules.Outcome o = rules.prepare(p);
        assertTrue(o.ok(), o.errors().toString());
        assertEquals(medical, p.capacity.medicalBeds, content);
        assertEquals(elderly, p.capacity.elderlyCareBeds, content);
        assertEquals(childcare, p.capacity.childcareSlots, content);
        assertEquals(isolation, p.capacity.isolationRooms, content);
        assertEquals(warnings, o.warnings().size(), content + " " + o.warnings());
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # statusRaw                  | statuses                 | remarks
            施工中                        | UNDER_CONSTRUCTION       | NULL
            已立项、可研                   | APPROVED,FEASIBILITY_STUDY | NULL
            规划中，城市副中心配套项目       | PLANNING                 | 城市副中心配套项目
            初步选址、规划                 | SITE_SELECTION,PLANNING  | NULL
            －                            | NULL                     | NULL
            """)
    void statusesFromTheRemarksColumn(String raw, String statuses, String remarks) {
        ProjectDto p = project();
        p.statusRaw = raw;
        rules.prepare(p);
        assertEquals(statuses == null ? List.of() : List.of(statuses.split(",")), p.statuses.stream().map(Enum::name).toList(), raw);
        assertEquals(remarks, p.remarks, raw);
    }

    @Test
    void aScheduleMustAddUpAndLieInTheProjectsYears() {
        ProjectDto p = project();
        p.startYear = 2021;
        p.endYear = 2023;
        p.investment10kCny = new BigDecimal("320");
        p.annualInvestment = new ArrayList<>(List.of(annual(2021, "100"), annual(2022, "150"), annual(2024, "40"), annual(2022, "10")));
        List<String> fields = rules.prepare(p).errors().stream().map(e -> e.field()).toList();
        // 100 + 150 + 40 + 10 = 300, not 320; 2024 lies outside 2021-2023; 2022 is listed twice
        assertEquals(List.of("annualInvestment", "annualInvestment[2].year", "annualInvestment[3].year"), fields);
    }

    @ParameterizedTest(name = "{0} 万元 over {1}-{2}")
    @CsvSource(delimiter = '|', textBlock = """
            # investment | start | end  | each year (12 decimals, half-up)
            3310         | 2020  | 2022 | 1103.333333333333
            4500         | 2020  | 2023 | 1125.000000000000
            100          | 2021  | 2021 | 100.000000000000
            1            | 2021  | 2026 | 0.166666666667
            """)
    void anUnscheduledInvestmentIsSpreadEvenly(String investment, int start, int end, String each) {
        Project p = new Project();
        p.investment10kCny = new BigDecimal(investment);
        p.startYear = start;
        p.endYear = end;
        p.annualInvestment = new ArrayList<>();
        Map<Integer, BigDecimal> spread = SummaryService.spread(p);
        assertEquals(end - start + 1, spread.size());
        spread.values().forEach(v -> assertEquals(each, v.toPlainString()));
    }

    @Test
    void aPlannedScheduleIsTakenAsItIsAndAmountsRoundHalfUp() {
        Project p = new Project();
        p.investment10kCny = new BigDecimal("300");
        p.startYear = 2021;
        p.endYear = 2023;
        p.annualInvestment = new ArrayList<>();
        for (String[] a : new String[][] {{"2021", "100"}, {"2023", "200"}}) {
            AnnualInvestment ai = new AnnualInvestment();
            ai.year = Integer.parseInt(a[0]);
            ai.planned = new BigDecimal(a[1]);
            p.annualInvestment.add(ai);
        }
        assertEquals(Map.of(2021, new BigDecimal("100"), 2023, new BigDecimal("200")), SummaryService.spread(p));
        assertEquals("0.13", SummaryService.round(new BigDecimal("0.125")).toPlainString());
        assertEquals("-0.13", SummaryService.round(new BigDecimal("-0.125")).toPlainString());
        assertEquals("241268.50", SummaryService.round(new BigDecimal("241268.5")).toPlainString());
    }

    private static ProjectDto project() {
        ProjectDto p = new ProjectDto();
        p.planCode = "tongliang-14th";
        p.regionCode = "500151";
        p.name = "测试项目";
        return p;
    }

    private static ProjectDto.AnnualInvestment annual(int year, String planned) {
        ProjectDto.AnnualInvestment a = new ProjectDto.AnnualInvestment();
        a.year = year;
        a.planned = new BigDecimal(planned);
        return a;
    }
}
