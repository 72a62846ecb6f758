package org.healthplanning.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.healthplanning.platform.testing.PostgresResource;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The indicator table and monitoring values in and out of spreadsheets: a table typed as the plan prints it imports
 * to the same rows as the JSON import, an exported workbook imports back to the same state, errors name sheet, row
 * and column, and every export and the evaluation answer JSON, CSV (with a byte-order mark on request) or XLSX.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class SpreadsheetTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    /** The Tongliang table (专栏1) as a spreadsheet program holds it when typed as printed. */
    static byte[] printedTongliangTable() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("专栏1");
            s.createRow(0).createCell(0).setCellValue("专栏1  铜梁区卫生健康发展“十四五”指标");
            String[] headings = {"类别", "序号", "主要指标", "子项", "2020年\n实际值", "2025年\n目标值", "指标性质"};
            Row h = s.createRow(2);
            for (int i = 0; i < headings.length; i++) {
                h.createCell(i).setCellValue(headings[i]);
            }
            int r = 3;
            int categoryStart = r;
            String category = null;
            String previousSeq = null;
            String previousName = null;
            for (JsonNode f : Demo.tree(Demo.file("indicators.json"))) {
                if (!f.get("planId").asText().equals("tongliang-14th")) {
                    continue;
                }
                Row row = s.createRow(r);
                String cat = f.get("category").asText();
                if (!cat.equals(category)) {
                    if (category != null && r - 1 > categoryStart) {
                        s.addMergedRegion(new CellRangeAddress(categoryStart, r - 1, 0, 0));
                    }
                    row.createCell(0).setCellValue(cat);
                    category = cat;
                    categoryStart = r;
                }
                String seq = f.get("seq").asText();
                String printedName = f.get("nameAsPrinted").asText();
                boolean subRow = !f.get("subItem").isNull() && seq.equals(previousSeq);
                if (!subRow) {
                    row.createCell(1).setCellValue(Integer.parseInt(seq));
                }
                // the first split row repeats nothing; 18's second row leaves the name to the merged cell, 22's repeats it
                if (!subRow || !seq.equals("18")) {
                    row.createCell(2).setCellValue(printedName);
                }
                if (!f.get("subItem").isNull()) {
                    row.createCell(3).setCellValue(f.get("subItem").asText());
                }
                cell(wb, row, 4, f.get("baseline").get("raw").asText());
                cell(wb, row, 5, f.get("target").get("raw").asText());
                if (!f.get("nature").isNull()) {
                    row.createCell(6).setCellValue(f.get("nature").asText());
                }
                previousSeq = seq;
                previousName = printedName;
                r++;
            }
            if (r - 1 > categoryStart) {
                s.addMergedRegion(new CellRangeAddress(categoryStart, r - 1, 0, 0));
            }
            s.createRow(r + 1).createCell(0).setCellValue("注：带*的指标为国家、市级考核指标。");
            assertTrue(previousName != null);
            return bytes(wb);
        }
    }

    /** A printed number as a numeric cell showing its decimals; anything else as text. */
    private static void cell(XSSFWorkbook wb, Row row, int column, String printed) {
        Cell c = row.createCell(column);
        if (printed.matches("\\d+(\\.\\d+)?")) {
            c.setCellValue(Double.parseDouble(printed));
            int decimals = printed.contains(".") ? printed.length() - printed.indexOf('.') - 1 : 0;
            var style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals)));
            c.setCellStyle(style);
        } else {
            c.setCellValue(printed);
        }
    }

    static byte[] bytes(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    /** What a row says, without its identity, position in time or version. */
    private static JsonNode content(JsonNode row) {
        ObjectNode copy = row.deepCopy();
        for (String f : List.of("id", "version", "createdAt", "updatedAt", "planCode")) {
            copy.remove(f);
        }
        return copy;
    }

    @Test
    void aTableTypedAsPrintedImportsToTheSameRowsAsTheJsonImport() throws IOException {
        Demo.loadPlan("tongliang-14th", "tl-json");
        Demo.putPlan("tongliang-14th", "tl-sheet");
        given().contentType(XLSX).body(printedTongliangTable())
                .when().post("/api/v1/plans/tl-sheet/indicators/import?mode=replace")
                .then().log().ifValidationFails().statusCode(200).body("imported", equalTo(25)).body("errors.size()", equalTo(0));
        List<JsonNode> fromJson = Demo.rows("tl-json");
        List<JsonNode> fromSheet = Demo.rows("tl-sheet");
        assertEquals(25, fromSheet.size());
        for (int i = 0; i < fromJson.size(); i++) {
            assertEquals(content(fromJson.get(i)), content(fromSheet.get(i)), "row " + (i + 1));
        }
        // the published facts, spot-checked: a merged category, a split indicator, a raw kept as printed
        assertEquals("健康水平", fromSheet.get(2).get("category").asText());
        assertEquals("三级公立中医医院患者中药饮片使用率", fromSheet.get(18).get("name").asText());
        assertEquals("住院", fromSheet.get(18).get("subItem").asText());
        assertEquals("18", fromSheet.get(18).get("seq").asText());
        assertEquals("%", fromSheet.get(18).get("unit").asText());
        assertEquals("城乡居民医保", fromSheet.get(23).get("subItem").asText());
        assertEquals("22", fromSheet.get(23).get("seq").asText());
        assertEquals(new BigDecimal("78.47"), fromSheet.get(0).get("baseline").get("value").decimalValue());
        assertEquals("≤3.5", fromSheet.get(3).get("target").get("raw").asText());
        assertEquals(2020, fromSheet.get(0).get("baseline").get("year").asInt());
        assertEquals(2025, fromSheet.get(0).get("target").get("year").asInt());
    }

    @Test
    void anExportedWorkbookImportsBackWithoutChangingAnything() throws IOException {
        Demo.loadPlan("tongliang-14th", "tl-round");
        long life = Demo.id("tl-round", "人均预期寿命");
        long doctors = Demo.id("tl-round", "每千人口执业（助理）医师数");
        given().contentType(ContentType.JSON).body("[{\"indicatorId\": " + life + ", \"year\": 2023, \"value\": 79.0, \"status\": \"FINAL\","
                        + " \"source\": \"铜梁区卫生健康统计年鉴2023\"}, {\"indicatorId\": " + doctors + ", \"year\": 2022, \"value\": 3.10,"
                        + " \"raw\": \"3.10\", \"note\": \"快报, 待核\"}]")
                .when().post("/api/v1/plans/tl-round/values/import").then().statusCode(200);
        String rowsBefore = given().get("/api/v1/plans/tl-round/indicators?size=500").then().statusCode(200).extract().asString();
        String valuesBefore = given().get("/api/v1/monitoring-values?planCode=tl-round&size=500").then().statusCode(200).extract().asString();

        byte[] table = given().accept(XLSX).get("/api/v1/plans/tl-round/indicators/export").then().statusCode(200)
                .contentType(XLSX).extract().asByteArray();
        given().contentType(XLSX).body(table).when().post("/api/v1/plans/tl-round/indicators/import?mode=replace")
                .then().log().ifValidationFails().statusCode(200).body("imported", equalTo(25)).body("warnings.size()", equalTo(0));
        byte[] values = given().queryParam("format", "xlsx").get("/api/v1/plans/tl-round/values/export").then().statusCode(200)
                .extract().asByteArray();
        given().contentType(XLSX).body(values).when().post("/api/v1/plans/tl-round/values/import?mode=replace")
                .then().log().ifValidationFails().statusCode(200).body("imported", equalTo(2));

        assertEquals(Demo.tree(rowsBefore), Demo.tree(given().get("/api/v1/plans/tl-round/indicators?size=500").then().extract().asString()));
        JsonNode after = Demo.tree(given().get("/api/v1/monitoring-values?planCode=tl-round&size=500").then().extract().asString());
        assertEquals(Demo.tree(valuesBefore).get("items").size(), after.get("items").size());
        for (int i = 0; i < after.get("items").size(); i++) {
            JsonNode b = Demo.tree(valuesBefore).get("items").get(i);
            JsonNode a = after.get("items").get(i);
            for (String f : List.of("indicatorId", "year", "value", "raw", "status", "source", "note", "approvalState")) {
                assertEquals(b.get(f), a.get(f), "value " + i + " " + f);
            }
        }
        assertEquals("3.10", after.get("items").findValues("value").stream().map(JsonNode::toString).filter(v -> v.startsWith("3.1"))
                .findFirst().orElseThrow());
    }

    @Test
    void aBadNumberCellIsRefusedByPositionAndNothingIsStoredNorOnADryRun() throws IOException {
        Demo.loadPlan("tongliang-14th", "tl-bad");
        long life = Demo.id("tl-bad", "人均预期寿命");
        byte[] sheet = valuesSheet(life, "七十九");
        Response refused = given().contentType(XLSX).body(sheet).when().post("/api/v1/plans/tl-bad/values/import");
        refused.then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                .body("errors[0].sheet", equalTo("监测"))
                .body("errors[0].row", equalTo(4))
                .body("errors[0].column", equalTo("C"))
                .body("errors[0].heading", equalTo("监测值"))
                .body("errors[0].field", equalTo("value"))
                .body("errors[0].message", containsString("七十九"))
                .body("detail", containsString("sheet '监测'"));
        given().get("/api/v1/plans/tl-bad/indicators/" + life + "/values").then().statusCode(200).body("total", equalTo(0));

        given().contentType(XLSX).body(valuesSheet(life, "79.1")).when().post("/api/v1/plans/tl-bad/values/import?dryRun=true")
                .then().statusCode(200).body("imported", equalTo(1)).body("dryRun", equalTo(true));
        given().get("/api/v1/plans/tl-bad/indicators/" + life + "/values").then().statusCode(200).body("total", equalTo(0));

        given().contentType(XLSX).body(valuesSheet(life, "79.1")).when().post("/api/v1/plans/tl-bad/values/import")
                .then().statusCode(200).body("imported", equalTo(1));
        given().get("/api/v1/plans/tl-bad/indicators/" + life + "/values").then().statusCode(200)
                .body("items[0].value", equalTo(79.1f)).body("items[0].year", equalTo(2023)).body("items[0].source", equalTo("年鉴"));

        // an unknown heading in the table is refused before anything is read into the plan
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Row h = wb.createSheet("表1").createRow(0);
            h.createCell(0).setCellValue("指标名称");
            h.createCell(1).setCellValue("2020年");
            h.createCell(2).setCellValue("牵头单位");
            wb.getSheet("表1").createRow(1).createCell(0).setCellValue("人均预期寿命");
            given().contentType(XLSX).body(bytes(wb)).when().post("/api/v1/plans/tl-bad/indicators/import?mode=replace")
                    .then().statusCode(400).body("errors[0].column", equalTo("C")).body("errors[0].heading", equalTo("牵头单位"))
                    .body("errors[0].row", equalTo(1));
        }
        assertEquals(25, Demo.rows("tl-bad").size());
    }

    /** A values sheet under a title row: 指标ID, 年份, 监测值 (a text cell), 来源. */
    private static byte[] valuesSheet(long indicatorId, String value) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("监测");
            s.createRow(0).createCell(0).setCellValue("2023年度监测数据");
            Row h = s.createRow(2);
            String[] headings = {"指标ID", "年份", "监测值", "来源"};
            for (int i = 0; i < headings.length; i++) {
                h.createCell(i).setCellValue(headings[i]);
            }
            Row r = s.createRow(3);
            r.createCell(0).setCellValue(indicatorId);
            r.createCell(1).setCellValue(2023);
            if (value.matches("[\\d.]+")) {
                r.createCell(2).setCellValue(Double.parseDouble(value));
            } else {
                r.createCell(2).setCellValue(value);
            }
            r.createCell(3).setCellValue("年鉴");
            return bytes(wb);
        }
    }

    @Test
    void exportsAnswerCsvOrXlsxByAcceptOrFormat() throws IOException {
        Demo.loadPlan("tongliang-14th", "tl-forms");
        String path = "/api/v1/plans/tl-forms/indicators/export";
        // JSON is the table's own list (GET .../indicators), not a form of its export
        given().accept(ContentType.JSON).get(path).then().statusCode(406).contentType("application/problem+json");
        given().queryParam("format", "json").get(path).then().statusCode(400).body("errors[0].field", equalTo("format"));
        String csv = given().accept("text/csv").get(path).then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString(".csv")).extract().asString();
        assertTrue(csv.startsWith("seq,category,name"), csv);
        assertEquals(csv, given().queryParam("format", "csv").get(path).then().statusCode(200).extract().asString());
        assertEquals(csv, given().get(path).then().statusCode(200).extract().asString(), "CSV stays the default");
        // a client that accepts both (a generated client lists every form) keeps getting CSV: a workbook only when preferred
        assertEquals(csv, given().accept(XLSX + ", text/csv").get(path).then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString());
        given().accept(XLSX + ", text/csv;q=0.5").get(path).then().statusCode(200).contentType(XLSX);

        byte[] bom = given().queryParam("format", "csv-bom").get(path).then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bom, 3));
        assertEquals(csv, new String(bom, 3, bom.length - 3, StandardCharsets.UTF_8));
        // the CSV import takes the byte-order mark
        given().contentType("text/csv").body(bom).when().post("/api/v1/plans/tl-forms/indicators/import?mode=replace&dryRun=true")
                .then().log().ifValidationFails().statusCode(200).body("imported", equalTo(25));

        for (Response xlsx : List.of(given().accept(XLSX).get(path), given().queryParam("format", "xlsx").get(path))) {
            xlsx.then().statusCode(200).contentType(XLSX).header("Content-Disposition", equalTo("attachment; filename=\"indicators-tl-forms.xlsx\""));
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
                Sheet s = wb.getSheetAt(0);
                assertEquals("indicators", s.getSheetName());
                assertTrue(s.getPaneInformation() != null && s.getPaneInformation().isFreezePane());
                assertEquals(1, s.getPaneInformation().getHorizontalSplitTopRow());
                List<String> headings = new ArrayList<>();
                s.getRow(0).forEach(c -> headings.add(c.getStringCellValue()));
                int value = headings.indexOf("baseline.value");
                int year = headings.indexOf("baseline.year");
                assertEquals(CellType.NUMERIC, s.getRow(1).getCell(value).getCellType());
                assertEquals(78.47, s.getRow(1).getCell(value).getNumericCellValue());
                assertEquals(2020.0, s.getRow(1).getCell(year).getNumericCellValue());
                assertEquals(CellType.STRING, s.getRow(1).getCell(headings.indexOf("baseline.raw")).getCellType());
                assertEquals(26, s.getLastRowNum() + 1);
            }
        }
        given().queryParam("format", "pdf").get(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("format"));
        given().accept("image/png").get(path).then().statusCode(406).contentType("application/problem+json")
                .body("detail", containsString(XLSX));
    }

    @Test
    void theEvaluationAnswersJsonCsvOrXlsxEachWithItsOwnTag() throws IOException {
        Demo.loadPlan("tongliang-14th", "tl-eval");
        long life = Demo.id("tl-eval", "人均预期寿命");
        given().contentType(ContentType.JSON).body("{\"value\": 79.0}").when().put("/api/v1/plans/tl-eval/indicators/" + life + "/values/2023")
                .then().statusCode(201);
        String path = "/api/v1/plans/tl-eval/evaluation";
        Response json = given().queryParam("year", 2023).accept(ContentType.JSON).get(path);
        json.then().statusCode(200).contentType(ContentType.JSON).body("indicators[0].status", equalTo("ON_TRACK"))
                .body("indicators[0].progressPercent", equalTo(63.86f));

        Response csv = given().queryParam("year", 2023).queryParam("format", "csv").get(path);
        csv.then().statusCode(200).contentType(startsWith("text/csv")).header("Content-Disposition", containsString("evaluation-tl-eval-2023.csv"));
        String[] lines = csv.asString().split("\r\n");
        assertTrue(lines[0].startsWith("id,seq,name,subItem"), lines[0]);
        assertTrue(lines[0].contains("progressPercent (%)"), lines[0]);
        assertTrue(lines[1].contains(",人均预期寿命,") && lines[1].contains(",2023,79.0,78.9680,63.86,ON_TRACK,"), lines[1]);
        assertEquals(26, lines.length);
        assertEquals(csv.asString(), given().queryParam("year", 2023).accept("text/csv").get(path).then().statusCode(200).extract().asString());

        Response xlsx = given().queryParam("year", 2023).accept(XLSX).get(path);
        xlsx.then().statusCode(200).contentType(XLSX).header("Content-Disposition", equalTo("attachment; filename=\"evaluation-tl-eval-2023.xlsx\""));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            Sheet s = wb.getSheet("evaluation");
            List<String> headings = new ArrayList<>();
            s.getRow(0).forEach(c -> headings.add(c.getStringCellValue()));
            Row first = s.getRow(1);
            assertEquals("ON_TRACK", first.getCell(headings.indexOf("status")).getStringCellValue());
            assertEquals(CellType.NUMERIC, first.getCell(headings.indexOf("progressPercent (%)")).getCellType());
            assertEquals(63.86, first.getCell(headings.indexOf("progressPercent (%)")).getNumericCellValue());
            assertEquals(79.0, first.getCell(headings.indexOf("actual.value")).getNumericCellValue());
            assertTrue(s.getPaneInformation().isFreezePane());
            Sheet summary = wb.getSheet("summary");
            int onTrack = 0;
            for (Row r : summary) {
                if (r.getRowNum() > 0 && r.getCell(2).getStringCellValue().equals("ON_TRACK")) {
                    onTrack = (int) r.getCell(3).getNumericCellValue();
                }
            }
            assertEquals(1, onTrack);
        }
        String jsonTag = json.header("ETag");
        String xlsxTag = xlsx.header("ETag");
        assertNotEquals(jsonTag, xlsxTag);
        assertNotEquals(jsonTag, csv.header("ETag"));
        given().queryParam("year", 2023).accept(XLSX).header("If-None-Match", xlsxTag).get(path).then().statusCode(304);
        given().queryParam("year", 2023).accept(XLSX).header("If-None-Match", jsonTag).get(path).then().statusCode(200);
        given().queryParam("year", 2023).queryParam("format", "xls").get(path).then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().queryParam("year", 2023).accept("application/pdf").get(path).then().statusCode(406).contentType("application/problem+json");
    }
}
