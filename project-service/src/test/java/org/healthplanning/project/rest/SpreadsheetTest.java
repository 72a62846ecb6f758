package org.healthplanning.project.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.healthplanning.platform.testing.PostgresResource;
import org.healthplanning.platform.testing.Tokens;
import org.healthplanning.project.config.DemoData;
import org.healthplanning.project.config.KnownPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Projects in and out of spreadsheets: the Tongliang project table typed as the plan prints it (title, 合计 row,
 * dashes for no value) imports to the same projects as the JSON import; an exported workbook imports back to the
 * same rows; a bad number is refused by sheet, row and column; the export and the summary answer every form.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class SpreadsheetTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static {
        for (String code : List.of("sheet-json", "sheet-printed", "sheet-round", "sheet-bad", "sheet-forms")) {
            KnownPlans.add(code, "500151");
        }
    }

    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    static byte[] bytes(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    private static void importJson(String plan) {
        given().contentType(ContentType.JSON).body(ProjectImportTest.demoRows("tongliang-14th", plan))
                .when().post("/api/v1/projects/import?planCode=" + plan + "&mode=replace")
                .then().statusCode(200).body("imported", equalTo(31));
    }

    /** 专栏七 as a spreadsheet holds it when typed as printed: a title, the 合计 row first, "－" where there is no value. */
    static byte[] printedTongliangProjects() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("专栏七");
            s.createRow(0).createCell(0).setCellValue("专栏七  铜梁区卫生健康发展“十四五”规划重大工程（项目）表");
            String[] headings = {"序号", "项目名称", "主要建设内容", "建设  性质", "建筑面积         （㎡）", "拟投资            （万元）",
                    "实施年度", "拟新征地（亩）", "备注"};
            Row h = s.createRow(1);
            for (int i = 0; i < headings.length; i++) {
                h.createCell(i).setCellValue(headings[i]);
            }
            JsonNode totals = DemoData.declaredTotals("tongliang-14th");
            Row t = s.createRow(2);
            t.createCell(0).setCellValue("合计");
            t.createCell(4).setCellValue(totals.get("floorAreaM2").asDouble());
            t.createCell(5).setCellValue(totals.get("investment10kCny").asDouble());
            t.createCell(7).setCellValue(totals.get("newLandMu").asDouble());
            int r = 3;
            List<JsonNode> facts = DemoData.facts("tongliang-14th");
            for (JsonNode p : DemoData.MAPPER.readTree(DemoData.text("api/projects-tongliang-14th.json"))) {
                JsonNode fact = facts.get(r - 3);
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(Integer.parseInt(p.get("seq").asText()));
                row.createCell(1).setCellValue(p.get("name").asText());
                row.createCell(2).setCellValue(p.get("content").asText());
                row.createCell(3).setCellValue(p.get("constructionTypeRaw").asText());
                printed(row, 4, p.get("floorAreaM2"), fact.get("raw").get("floorArea").asText());
                printed(row, 5, p.get("investment10kCny"), fact.get("raw").get("investment").asText());
                row.createCell(6).setCellValue(p.get("yearsRaw").asText());
                printed(row, 7, p.get("newLandMu"), fact.get("raw").get("newLand").asText());
                row.createCell(8).setCellValue(p.get("statusRaw").asText());
            }
            return bytes(wb);
        }
    }

    /** A number as a numeric cell; no number as the cell was printed (a dash, or blank). */
    private static void printed(Row row, int column, JsonNode value, String printed) {
        if (value != null && !value.isNull()) {
            row.createCell(column).setCellValue(value.asDouble());
        } else if (!printed.isEmpty()) {
            row.createCell(column).setCellValue(printed);
        }
    }

    @Test
    void theProjectTableTypedAsPrintedImportsToTheSameProjectsAsTheJsonImport() throws IOException {
        importJson("sheet-json");
        given().contentType(XLSX).body(printedTongliangProjects())
                .when().post("/api/v1/projects/import?planCode=sheet-printed&mode=replace")
                .then().log().ifValidationFails().statusCode(200).body("imported", equalTo(31))
                .body("warnings[0]", startsWith("sheet '专栏七' row 3: a totals row (合计)"));
        List<Map<String, Object>> fromJson = ProjectImportTest.rows("sheet-json");
        List<Map<String, Object>> fromSheet = ProjectImportTest.rows("sheet-printed");
        assertEquals(31, fromSheet.size());
        for (int i = 0; i < fromJson.size(); i++) {
            Map<String, Object> a = new java.util.LinkedHashMap<>(fromJson.get(i));
            Map<String, Object> b = new java.util.LinkedHashMap<>(fromSheet.get(i));
            a.remove("planCode");
            b.remove("planCode");
            assertEquals(a, b, "project " + (i + 1));
        }
        given().config(DemoData.EXACT).get("/api/v1/plans/sheet-printed/project-summary").then().statusCode(200)
                .body("totals.floorAreaM2", org.hamcrest.Matchers.comparesEqualTo(new java.math.BigDecimal("594970")))
                .body("totals.investment10kCny", org.hamcrest.Matchers.comparesEqualTo(new java.math.BigDecimal("421068")))
                .body("totals.newLandMu", org.hamcrest.Matchers.comparesEqualTo(new java.math.BigDecimal("576")));
    }

    @Test
    void anExportedWorkbookImportsBackToTheSameProjects() throws IOException {
        importJson("sheet-round");
        given().contentType(ContentType.JSON).body("{\"name\": \"托育中心\", \"planCode\": \"sheet-round\", \"investment10kCny\": 1234.50,"
                        + " \"floorAreaM2\": 0.5, \"yearsRaw\": \"2023-2024\", \"annualInvestment\": [{\"year\": 2023, \"planned\": 1000}, {\"year\": 2024, \"planned\": 234.50}],"
                        + " \"content\": \"设托位150个\", \"statusRaw\": \"已立项、可研\"}")
                .when().post("/api/v1/projects").then().statusCode(201);
        List<Map<String, Object>> before = ProjectImportTest.rows("sheet-round");
        byte[] xlsx = given().accept(XLSX).get("/api/v1/projects/export?planCode=sheet-round").then().statusCode(200)
                .contentType(XLSX).extract().asByteArray();
        given().contentType(XLSX).body(xlsx).when().post("/api/v1/projects/import?planCode=sheet-round&mode=replace")
                .then().log().ifValidationFails().statusCode(200).body("imported", equalTo(32))
                // the rules' doubts are those of any import, told by the sheet's own row (the 13th project is on row 14)
                .body("warnings", hasSize(1)).body("warnings[0]", startsWith("sheet 'projects' row 14: content states '床位300张'"));
        assertEquals(before, ProjectImportTest.rows("sheet-round"));
    }

    @Test
    void aBadNumberIsRefusedBySheetRowAndColumnAndNothingIsWrittenNorOnADryRun() throws IOException {
        byte[] good = printedTongliangProjects();
        XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(good));
        wb.getSheetAt(0).getRow(7).getCell(5).setCellValue("约两亿");
        byte[] bad = bytes(wb);
        wb.close();
        given().contentType(XLSX).body(bad).when().post("/api/v1/projects/import?planCode=sheet-bad&mode=replace")
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/import"))
                .body("errors", hasSize(1))
                .body("errors[0].sheet", equalTo("专栏七"))
                .body("errors[0].row", equalTo(8))
                .body("errors[0].column", equalTo("F"))
                .body("errors[0].heading", equalTo("拟投资            （万元）"))
                .body("errors[0].field", equalTo("investment10kCny"))
                .body("detail", containsString("row 8, column F"))
                .body("warnings[0]", startsWith("sheet '专栏七' row 3: a totals row"));
        assertEquals(0, ProjectImportTest.total("sheet-bad"));
        given().contentType(XLSX).body(good).when().post("/api/v1/projects/import?planCode=sheet-bad&mode=replace&dryRun=true")
                .then().statusCode(200).body("imported", equalTo(31));
        assertEquals(0, ProjectImportTest.total("sheet-bad"));

        // a column in 亿元 is not read as 万元
        XSSFWorkbook other = new XSSFWorkbook(new ByteArrayInputStream(good));
        other.getSheetAt(0).getRow(1).getCell(5).setCellValue("拟投资（亿元）");
        given().contentType(XLSX).body(bytes(other)).when().post("/api/v1/projects/import?planCode=sheet-bad")
                .then().statusCode(400).body("errors[0].column", equalTo("F")).body("errors[0].field", equalTo("investment10kCny"))
                .body("errors[0].message", containsString("亿元"));
        other.close();
        assertEquals(0, ProjectImportTest.total("sheet-bad"));
    }

    @Test
    void theExportAndTheSummaryAnswerEveryForm() throws IOException {
        importJson("sheet-forms");
        String export = "/api/v1/projects/export?planCode=sheet-forms";
        String csv = given().get(export).then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertEquals(csv, given().queryParam("format", "csv").get(export).then().statusCode(200).extract().asString());
        given().queryParam("format", "json").get(export).then().statusCode(200).contentType(ContentType.JSON).body("$", hasSize(31));
        byte[] bom = given().queryParam("format", "csv-bom").get(export).then().statusCode(200).extract().asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bom, 3));
        given().contentType("text/csv; charset=UTF-8").body(bom).when().post("/api/v1/projects/import?planCode=sheet-forms&mode=replace&dryRun=true")
                .then().statusCode(200).body("imported", equalTo(31));
        for (Response r : List.of(given().accept(XLSX).get(export), given().queryParam("format", "xlsx").get(export))) {
            r.then().statusCode(200).contentType(XLSX).header("Content-Disposition", equalTo("attachment; filename=\"projects-sheet-forms.xlsx\""));
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.asByteArray()))) {
                Sheet s = wb.getSheetAt(0);
                List<String> headings = new ArrayList<>();
                s.getRow(0).forEach(c -> headings.add(c.getStringCellValue()));
                assertTrue(headings.contains("investment10kCny (万元)"), headings.toString());
                assertTrue(headings.contains("floorAreaM2 (㎡)") && headings.contains("newLandMu (亩)"), headings.toString());
                Row first = s.getRow(1);
                assertEquals(CellType.NUMERIC, first.getCell(headings.indexOf("investment10kCny (万元)")).getCellType());
                assertEquals(3310.0, first.getCell(headings.indexOf("investment10kCny (万元)")).getNumericCellValue());
                assertEquals(1720.0, first.getCell(headings.indexOf("floorAreaM2 (㎡)")).getNumericCellValue());
                assertTrue(s.getPaneInformation().isFreezePane());
                assertEquals(32, s.getLastRowNum() + 1);
            }
        }
        given().queryParam("format", "docx").get(export).then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().accept("application/pdf").get(export).then().statusCode(406).contentType("application/problem+json");

        String summary = "/api/v1/plans/sheet-forms/project-summary";
        given().get(summary).then().statusCode(200).contentType(ContentType.JSON).body("count", equalTo(31));
        String lines = given().accept("text/csv").get(summary).then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertTrue(lines.startsWith("section,key,projects,floorAreaM2 (㎡),investment10kCny (万元),newLandMu (亩),places\r\n"
                + "totals,,31,594970.00,421068.00,576.00,\r\n"), lines);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
                given().queryParam("format", "xlsx").get(summary).then().statusCode(200).contentType(XLSX).extract().asByteArray()))) {
            Row totals = wb.getSheetAt(0).getRow(1);
            assertEquals("totals", totals.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, totals.getCell(4).getCellType());
            assertEquals(421068.0, totals.getCell(4).getNumericCellValue());
        }
        given().queryParam("format", "txt").get(summary).then().statusCode(400).body("errors[0].field", equalTo("format"));
    }
}
