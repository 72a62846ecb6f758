package org.healthplanning.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.healthplanning.platform.testing.PostgresResource;
import org.junit.jupiter.api.BeforeEach;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Both shared plans' tables import through the API and come back exactly as published. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class DemoTablesImportTest {
    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    private static final Map<String, String> NATURE = Map.of("binding", "BINDING", "expected", "EXPECTED");

    /** The published facts of one plan, in table order. */
    private static List<JsonNode> facts(String planCode) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode r : Demo.tree(Demo.file("indicators.json"))) {
            if (r.get("planId").asText().equals(planCode)) {
                out.add(r);
            }
        }
        return out;
    }

    private static void assertSameNumber(JsonNode expected, JsonNode actual, String what) {
        if (expected == null || expected.isNull()) {
            assertTrue(actual == null || actual.isNull(), what + " should have no value but is " + actual);
        } else {
            assertNotNull(actual, what);
            assertTrue(actual.isNumber(), what + " is not a number: " + actual);
            assertEquals(0, expected.decimalValue().compareTo(actual.decimalValue()), what + ": " + expected + " vs " + actual);
        }
    }

    @Test
    void bothTablesImportAndEveryCellMatchesThePublishedFacts() {
        for (String plan : List.of("tongliang-14th", "yuzhong-14th")) {
            Demo.putPlan(plan, plan);
            int expectedRows = facts(plan).size();
            given().contentType(ContentType.JSON).body(Demo.file("api/indicators-" + plan + ".json"))
                    .when().post("/api/v1/plans/" + plan + "/indicators/import?mode=replace")
                    .then().log().ifValidationFails().statusCode(200).body("imported", equalTo(expectedRows)).body("errors.size()", equalTo(0));

            List<JsonNode> facts = facts(plan);
            List<JsonNode> rows = Demo.rows(plan);
            assertEquals(plan.equals("tongliang-14th") ? 25 : 20, rows.size(), plan + " row count");
            for (int i = 0; i < facts.size(); i++) {
                JsonNode f = facts.get(i);
                JsonNode r = rows.get(i);
                String where = plan + " row " + (i + 1) + " " + f.get("name").asText();
                assertEquals(f.get("name").asText(), r.get("name").asText(), where);
                assertEquals(f.get("seq").asText(), r.get("seq").asText(), where);
                assertEquals(f.get("unit").asText(), r.get("unit").asText(), where);
                assertEquals(f.get("subItem").isNull() ? null : f.get("subItem").asText(),
                        r.get("subItem").isNull() ? null : r.get("subItem").asText(), where);
                assertEquals(f.get("category").isNull() ? null : f.get("category").asText(),
                        r.get("category").isNull() ? null : r.get("category").asText(), where);
                // raw byte for byte
                assertEquals(f.get("baseline").get("raw").asText(), r.get("baseline").get("raw").asText(), where + " baseline.raw");
                assertEquals(f.get("target").get("raw").asText(), r.get("target").get("raw").asText(), where + " target.raw");
                assertEquals(f.get("baseline").get("year").asInt(), r.get("baseline").get("year").asInt(), where);
                assertEquals(f.get("target").get("year").asInt(), r.get("target").get("year").asInt(), where);
                // parsed forms equal the published facts
                assertEquals(f.get("target").get("comparator").asText(), r.get("target").get("comparator").asText(), where + " comparator");
                assertSameNumber(f.get("target").get("value"), r.get("target").get("value"), where + " target.value");
                assertSameNumber(f.get("baseline").get("value"), r.get("baseline").get("value"), where + " baseline.value");
                String nature = f.get("natureCode").isNull() ? null : NATURE.get(f.get("natureCode").asText());
                assertEquals(nature, r.get("nature").isNull() ? null : r.get("nature").asText(), where + " nature");
                assertEquals(i + 1, r.get("position").asInt(), where + " position");
                assertTrue(r.get("definitionCode").isTextual(), where + " is linked to a definition");
            }
        }
        // spot checks of the printed forms the parser must handle
        JsonNode le = Demo.row("yuzhong-14th", "人口平均预期寿命", null);
        assertEquals("LIFE_EXPECTANCY", le.get("definitionCode").asText());
        assertEquals("INCREASE", le.get("direction").asText());
        assertEquals(">=", le.get("target").get("effectiveComparator").asText());
        JsonNode smoking = Demo.row("yuzhong-14th", "15岁以上人群吸烟率", null);
        assertEquals("-", smoking.get("baseline").get("raw").asText());
        assertTrue(smoking.get("baseline").get("value").isNull());
        JsonNode hle = Demo.row("tongliang-14th", "健康预期寿命", null);
        assertEquals("—", hle.get("baseline").get("raw").asText());
        assertEquals("qualitative", hle.get("target").get("comparator").asText());
        assertEquals("5.0", Demo.row("tongliang-14th", "5岁以下儿童死亡率", null).get("target").get("value").asText(),
                "5.0 keeps its digits");
    }

    /** Each demo row as "seq name[/subItem] CODE" (CODE "-" when the row links to no definition). */
    private static List<String> links(String planCode) {
        List<String> out = new ArrayList<>();
        for (JsonNode r : Demo.rows(planCode)) {
            out.add(r.get("seq").asText() + " " + r.get("name").asText()
                    + (r.get("subItem").isNull() ? "" : "/" + r.get("subItem").asText())
                    + " " + (r.get("definitionCode").isNull() ? "-" : r.get("definitionCode").asText()));
        }
        return out;
    }

    /**
     * Every row of both demo tables links to a catalogue definition by its printed name (or an alias), the
     * same definitions as before the catalogue grew: 25 of 25 Tongliang rows and 20 of 20 Yuzhong rows.
     * Rows that link to none: none. (The catalogue's new definitions add no name either table prints
     * differently, so no row changes its link.) Every linked definition names its source.
     */
    @Test
    void everyDemoRowLinksToACatalogueDefinitionWithASource() {
        Demo.loadPlan("tongliang-14th", "links-tongliang");
        Demo.loadPlan("yuzhong-14th", "links-yuzhong");
        List<String> tongliang = links("links-tongliang");
        List<String> yuzhong = links("links-yuzhong");
        assertEquals(List.of(
            "1 人均预期寿命 LIFE_EXPECTANCY",
            "2 健康预期寿命 HEALTHY_LIFE_EXPECTANCY",
            "3 孕产妇死亡率 MATERNAL_MORTALITY",
            "4 婴儿死亡率 INFANT_MORTALITY",
            "5 5岁以下儿童死亡率 UNDER5_MORTALITY",
            "6 重大慢性病过早死亡率 PREMATURE_NCD_MORTALITY",
            "7 城乡居民达到《国民体质测定标准》合格以上的人数比例 FITNESS_STANDARD_RATE",
            "8 居民健康素养水平 HEALTH_LITERACY",
            "9 经常参加体育锻炼人数比例 REGULAR_EXERCISE_RATE",
            "10 15岁以上人群吸烟率 SMOKING_RATE",
            "11 每千人口执业（助理）医师数 LICENSED_DOCTORS_PER_1000",
            "12 每百张床位临床药师数 CLINICAL_PHARMACISTS_PER_100_BEDS",
            "13 每千人口拥有3岁以下婴幼儿托位数 CHILDCARE_PLACES_PER_1000",
            "14 儿童青少年总体近视率 CHILD_MYOPIA_RATE",
            "15 二级以上综合性医院设置老年医学科的比例 GERIATRICS_DEPT_RATE",
            "16 万元收入能耗支出 ENERGY_COST_PER_10K_REVENUE",
            "17 三级公立医院卫生技术人员人均科研经费 RESEARCH_FUNDING_PER_HEALTH_WORKER",
            "18 三级公立中医医院患者中药饮片使用率/门诊 TCM_DECOCTION_PIECES_USE_RATE",
            "18 三级公立中医医院患者中药饮片使用率/住院 TCM_DECOCTION_PIECES_USE_RATE",
            "19 城市空气质量优良天数比率 AIR_QUALITY_GOOD_DAYS",
            "20 地表水达到或好于Ⅲ类水体比例 SURFACE_WATER_QUALITY",
            "21 个人卫生支出占卫生总费用的比重 OUT_OF_POCKET_SHARE",
            "22 政策范围内住院费用支付比例/城镇职工医保 INPATIENT_REIMBURSEMENT_RATE",
            "22 政策范围内住院费用支付比例/城乡居民医保 INPATIENT_REIMBURSEMENT_RATE",
            "23 健康服务业总规模 HEALTH_SERVICE_INDUSTRY_SCALE"), tongliang);
        assertEquals(List.of(
            "1 人口平均预期寿命 LIFE_EXPECTANCY",
            "2 孕产妇死亡率 MATERNAL_MORTALITY",
            "3 婴儿死亡率 INFANT_MORTALITY",
            "4 5岁以下儿童死亡率 UNDER5_MORTALITY",
            "5 居民健康素养水平 HEALTH_LITERACY",
            "6 重大慢性病过早死亡率 PREMATURE_NCD_MORTALITY",
            "7 每千常住人口卫生专业技术人员数 HEALTH_TECHNICIANS_PER_1000",
            "8 每千常住人口执业（助理）医师数 LICENSED_DOCTORS_PER_1000",
            "9 每千常住人口3岁以下婴幼儿托位 CHILDCARE_PLACES_PER_1000",
            "10 儿童青少年总体近视率 CHILD_MYOPIA_RATE",
            "11 重点行业用人单位职业病危害项目申报率 OCCUPATIONAL_HAZARD_REPORTING_RATE",
            "12 二级以上综合性医院设老年医学科比例 GERIATRICS_DEPT_RATE",
            "13 高血压患者规范管理率 HYPERTENSION_MANAGEMENT_RATE",
            "14 糖尿病患者规范管理率 DIABETES_MANAGEMENT_RATE",
            "15 居民达到《国民体质测定标准》合格以上的人数比例 FITNESS_STANDARD_RATE",
            "16 经常参加体育锻炼人数比例 REGULAR_EXERCISE_RATE",
            "17 15岁以上人群吸烟率 SMOKING_RATE",
            "18 万元收入能耗支出 ENERGY_COST_PER_10K_REVENUE",
            "19 三级公立医院卫生技术人员人均科研经费 RESEARCH_FUNDING_PER_HEALTH_WORKER",
            "20 三级公立中医医院患者中药饮片使用率（含门诊、住院） TCM_DECOCTION_PIECES_USE_RATE"), yuzhong);
        assertEquals(25, tongliang.stream().filter(l -> !l.endsWith(" -")).count(), "Tongliang rows linked");
        assertEquals(20, yuzhong.stream().filter(l -> !l.endsWith(" -")).count(), "Yuzhong rows linked");
        List<String> unlinked = new ArrayList<>();
        tongliang.stream().filter(l -> l.endsWith(" -")).forEach(unlinked::add);
        yuzhong.stream().filter(l -> l.endsWith(" -")).forEach(unlinked::add);
        assertEquals(List.of(), unlinked, "rows without a definition");
        java.util.Set<String> codes = new java.util.TreeSet<>();
        for (String l : tongliang) {
            codes.add(l.substring(l.lastIndexOf(' ') + 1));
        }
        for (String l : yuzhong) {
            codes.add(l.substring(l.lastIndexOf(' ') + 1));
        }
        assertEquals(27, codes.size(), "distinct definitions the demo rows link to");
        for (String code : codes) {
            given().when().get("/api/v1/indicator-definitions/" + code).then().statusCode(200)
                    .body("source", org.hamcrest.Matchers.not(org.hamcrest.Matchers.blankOrNullString()));
        }
    }

    @Test
    void importingTheSameTableAgainChangesNothing() {
        Demo.loadPlan("tongliang-14th", "again-14th");
        List<JsonNode> before = Demo.rows("again-14th");
        Demo.loadPlan("tongliang-14th", "again-14th");
        assertEquals(before, Demo.rows("again-14th"), "same ids, versions and cells");
    }

    private static List<JsonNode> withoutIdentity(List<JsonNode> rows) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode r : rows) {
            ObjectNode c = r.deepCopy();
            c.remove("id");
            c.remove("version");
            // where the row lives and when it was written are identity too
            c.remove("planCode");
            c.remove("createdAt");
            c.remove("updatedAt");
            out.add(c);
        }
        return out;
    }

    @Test
    void csvExportReimportsToTheSameRows() {
        for (String plan : List.of("tongliang-14th", "yuzhong-14th")) {
            String source = "csv-" + plan;
            Demo.loadPlan(plan, source);
            // an upper-level target too, so that nested list columns travel as well
            long id = Demo.rows(source).get(0).get("id").asLong();
            given().contentType("application/merge-patch+json; charset=UTF-8")
                    .body("{\"upperTargets\": [{\"scope\": \"2025年市级目标\", \"raw\": \"≥80, 力争81\"}, {\"scope\": \"全国\", \"raw\": \"79\"}]}")
                    .when().patch("/api/v1/plans/" + source + "/indicators/" + id).then().log().ifValidationFails().statusCode(200);
            List<JsonNode> before = Demo.rows(source);

            String csv = given().when().get("/api/v1/plans/" + source + "/indicators/export")
                    .then().log().ifValidationFails().statusCode(200).contentType(containsString("text/csv"))
                    .extract().asString();
            assertTrue(csv.startsWith("seq,category,name,subItem,unit,nature,definitionCode,baseline.year,baseline.raw"), csv);

            // back into the same plan, replacing: identical rows, same ids
            given().contentType("text/csv; charset=UTF-8").body(csv)
                    .when().post("/api/v1/plans/" + source + "/indicators/import?mode=replace")
                    .then().log().ifValidationFails().statusCode(200).body("imported", equalTo(before.size()));
            assertEquals(withoutIdentity(before), withoutIdentity(Demo.rows(source)));
            assertEquals(before, Demo.rows(source), "the same rows again change nothing, not even version or updatedAt");

            // into an empty plan: the same rows
            String copy = "csvcopy-" + plan;
            Demo.putPlan(plan, copy);
            given().contentType("text/csv; charset=UTF-8").body(csv)
                    .when().post("/api/v1/plans/" + copy + "/indicators/import")
                    .then().log().ifValidationFails().statusCode(200).body("imported", equalTo(before.size()));
            assertEquals(withoutIdentity(before), withoutIdentity(Demo.rows(copy)));
            assertEquals(csv, given().when().get("/api/v1/plans/" + copy + "/indicators/export").then().extract().asString());
        }
    }

    @Test
    void csvWithoutACharsetIsReadAsUtf8() {
        Demo.putPlan("tongliang-14th", "utf8-14th");
        byte[] csv = "seq,name,target.raw\n1,孕产妇死亡率,≤10\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        given().contentType("text/csv").body(csv).when().post("/api/v1/plans/utf8-14th/indicators/import?mode=replace")
                .then().statusCode(200).body("imported", equalTo(1));
        given().when().get("/api/v1/plans/utf8-14th/indicators").then().statusCode(200)
                .body("items[0].name", equalTo("孕产妇死亡率")).body("items[0].target.raw", equalTo("≤10"))
                .body("items[0].target.comparator", equalTo("<="));
    }

    @Test
    void jsonRowsAsReadImportBackToTheSameRows() {
        Demo.loadPlan("yuzhong-14th", "jsonsrc-14th");
        List<JsonNode> before = Demo.rows("jsonsrc-14th");
        Demo.putPlan("yuzhong-14th", "jsoncopy-14th");
        given().contentType(ContentType.JSON).body(before.toString())
                .when().post("/api/v1/plans/jsoncopy-14th/indicators/import?mode=replace")
                .then().log().ifValidationFails().statusCode(200).body("imported", equalTo(20));
        assertEquals(withoutIdentity(before), withoutIdentity(Demo.rows("jsoncopy-14th")));
    }
}
