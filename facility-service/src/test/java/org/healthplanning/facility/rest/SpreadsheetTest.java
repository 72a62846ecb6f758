package org.healthplanning.facility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.healthplanning.platform.testing.PostgresResource;
import org.healthplanning.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Facilities in and out of spreadsheets: a facility list with the usual Chinese headings imports; the XLSX export
 * has numeric cells, units and a frozen header, and imports back to the same state; a bad count is refused by sheet,
 * row and column with nothing written; the ratio series and the gaps answer JSON, CSV or XLSX.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class SpreadsheetTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @BeforeEach
    void adminToken() {
        Tokens.adminByDefault();
    }

    static byte[] bytes(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    /** A facility list as a statistics office keeps it: a title, Chinese headings with units, a line per facility and year. */
    static byte[] facilityList(String region, String beds2021) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("机构");
            s.createRow(0).createCell(0).setCellValue("医疗卫生机构资源情况（2020—2021年）");
            String[] headings = {"机构编码", "机构名称", "区划代码", "机构类型", "所有制", "年份", "床位数（张）", "执业（助理）医师（人）", "注册护士（人）"};
            Row h = s.createRow(1);
            for (int i = 0; i < headings.length; i++) {
                h.createCell(i).setCellValue(headings[i]);
            }
            Object[][] lines = {
                    {"X1-A", "甲区人民医院", region, "综合医院", "公立", 2020, 500, 150, 180},
                    {"X1-A", "甲区人民医院", region, "综合医院", "公立", 2021, beds2021, 160, 190},
                    {"X1-B", "甲区中医院", region, "中医医院", "公立", 2020, 300, 90, 100},
                    {"X1-C", "甲镇卫生院", region, "TOWNSHIP_HEALTH_CENTER", "PUBLIC", null, null, null, null}};
            for (int r = 0; r < lines.length; r++) {
                Row row = s.createRow(r + 2);
                for (int c = 0; c < lines[r].length; c++) {
                    Object v = lines[r][c];
                    if (v instanceof Integer i) {
                        row.createCell(c).setCellValue(i);
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            return bytes(wb);
        }
    }

    @Test
    void aFacilityListWithChineseHeadingsImportsAndItsExportImportsBackUnchanged() throws IOException {
        Fixtures.region("X1-D", "表格区", "DISTRICT", null);
        given().contentType(XLSX).body(facilityList("X1-D", "520")).when().post("/api/v1/facilities/import")
                .then().log().ifValidationFails().statusCode(200).body("imported", equalTo(3)).body("resources", equalTo(3));
        given().get("/api/v1/facilities/X1-A").then().statusCode(200).body("type", equalTo("GENERAL_HOSPITAL"))
                .body("ownership", equalTo("PUBLIC")).body("name", equalTo("甲区人民医院"));
        given().get("/api/v1/facilities/X1-B").then().statusCode(200).body("type", equalTo("TCM_HOSPITAL"));
        given().get("/api/v1/facilities/X1-A/resources").then().statusCode(200)
                .body("year", contains(2020, 2021)).body("beds", contains(500, 520)).body("registeredNurses", contains(180, 190));

        String csvBefore = given().get("/api/v1/facilities/export?regionCode=X1-D").then().statusCode(200).extract().asString();
        Response xlsx = given().accept(XLSX).get("/api/v1/facilities/export?regionCode=X1-D");
        xlsx.then().statusCode(200).contentType(XLSX).header("Content-Disposition", equalTo("attachment; filename=\"facilities.xlsx\""));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            Sheet s = wb.getSheetAt(0);
            List<String> headings = new ArrayList<>();
            s.getRow(0).forEach(c -> headings.add(c.getStringCellValue()));
            assertTrue(headings.contains("resources.beds (张)") && headings.contains("resources.ambulances (辆)"), headings.toString());
            int beds = headings.indexOf("resources.beds (张)");
            assertEquals(CellType.NUMERIC, s.getRow(1).getCell(beds).getCellType());
            assertEquals(500.0, s.getRow(1).getCell(beds).getNumericCellValue());
            assertEquals(2020.0, s.getRow(1).getCell(headings.indexOf("resources.year")).getNumericCellValue());
            assertEquals("X1-A", s.getRow(1).getCell(0).getStringCellValue());
            assertTrue(s.getPaneInformation().isFreezePane());
            assertEquals(4, s.getLastRowNum());
        }
        given().contentType(XLSX).body(xlsx.asByteArray()).when().post("/api/v1/facilities/import")
                .then().log().ifValidationFails().statusCode(200).body("imported", equalTo(3)).body("resources", equalTo(3));
        assertEquals(csvBefore, given().get("/api/v1/facilities/export?regionCode=X1-D").then().extract().asString());

        byte[] bom = given().queryParam("format", "csv-bom").get("/api/v1/facilities/export?regionCode=X1-D").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bom, 3));
        given().contentType("text/csv").body(bom).when().post("/api/v1/facilities/import?dryRun=true").then().statusCode(200)
                .body("imported", equalTo(3));
        given().queryParam("format", "json").get("/api/v1/facilities/export").then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().accept("application/json").get("/api/v1/facilities/export").then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void aBadCountIsRefusedBySheetRowAndColumnAndNothingIsWrittenNorOnADryRun() throws IOException {
        Fixtures.region("X2-D", "坏格区", "DISTRICT", null);
        given().contentType(XLSX).body(facilityList("X2-D", "五百二十")).when().post("/api/v1/facilities/import")
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/import"))
                .body("errors[0].sheet", equalTo("机构"))
                .body("errors[0].row", equalTo(4))
                .body("errors[0].column", equalTo("G"))
                .body("errors[0].heading", equalTo("床位数（张）"))
                .body("errors[0].field", equalTo("resources.beds"))
                .body("detail", containsString("sheet '机构'"));
        given().get("/api/v1/facilities?regionCode=X2-D").then().statusCode(200).body("total", equalTo(0));
        given().contentType(XLSX).body(facilityList("X2-D", "520")).when().post("/api/v1/facilities/import?dryRun=true")
                .then().statusCode(200).body("imported", equalTo(3)).body("dryRun", equalTo(true));
        given().get("/api/v1/facilities?regionCode=X2-D").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void theRatioSeriesAndTheGapsAnswerJsonCsvOrXlsx() throws IOException {
        Fixtures.region("X3-D", "比例区", "DISTRICT", null);
        Fixtures.population("X3-D", 2020, 685000, false);
        Fixtures.population("X3-D", 2025, 700000, true);
        Fixtures.facility("X3-H", "X3-D", "GENERAL_HOSPITAL", null);
        Fixtures.resources("X3-H", 2020, "{\"licensedDoctors\": 1952, \"registeredNurses\": 2186, \"beds\": 3000}");
        String series = "/api/v1/regions/X3-D/ratios/series?from=2020&to=2021";
        given().get(series).then().statusCode(200).contentType(io.restassured.http.ContentType.JSON).body("size()", equalTo(2));
        String csv = given().accept("text/csv").get(series).then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("ratios-X3-D-2020-2021.csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertTrue(lines[0].startsWith("regionCode,year,population (人),populationBasis,populationProjected,facilityCount,basis,counts.beds (张)"),
                lines[0]);
        assertTrue(lines[0].contains("ratios.licensedDoctorsPer1000 (人/千人)") && lines[0].contains("ratios.ambulancesPer30000 (辆/3万人)"), lines[0]);
        assertTrue(lines[1].startsWith("X3-D,2020,685000,OWN,false,1,FACILITIES,3000,1952,"), lines[1]);
        assertTrue(lines[1].contains(",2.85,"), lines[1]);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
                given().queryParam("format", "xlsx").get(series).then().statusCode(200).contentType(XLSX).extract().asByteArray()))) {
            Sheet s = wb.getSheet("ratios");
            List<String> headings = new ArrayList<>();
            s.getRow(0).forEach(c -> headings.add(c.getStringCellValue()));
            Row y2020 = s.getRow(1);
            assertEquals(685000.0, y2020.getCell(headings.indexOf("population (人)")).getNumericCellValue());
            assertEquals(CellType.NUMERIC, y2020.getCell(headings.indexOf("ratios.licensedDoctorsPer1000 (人/千人)")).getCellType());
            assertEquals(2.85, y2020.getCell(headings.indexOf("ratios.licensedDoctorsPer1000 (人/千人)")).getNumericCellValue());
            assertTrue(s.getPaneInformation().isFreezePane());
        }
        given().queryParam("format", "html").get(series).then().statusCode(400).body("errors[0].field", equalTo("format"));

        String gaps = "/api/v1/regions/X3-D/gaps?metric=licensedDoctorsPer1000&target=3.6&targetYear=2025";
        given().get(gaps).then().statusCode(200).body("[0].gap", equalTo(568));
        String gapCsv = given().queryParam("format", "csv").get(gaps).then().statusCode(200).extract().asString();
        assertEquals("standardCode,scope,metric,comparator,target,targetYear,currentYear,currentCount,currentRatio,basis,"
                + "targetPopulation (人),requiredCount,gap,source\r\n,,licensedDoctorsPer1000,>=,3.6,2025,2020,1952,2.85,FACILITIES,700000,2520,568,\r\n",
                gapCsv);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
                given().accept(XLSX).get(gaps).then().statusCode(200).contentType(XLSX).extract().asByteArray()))) {
            Row first = wb.getSheet("gaps").getRow(1);
            assertEquals(CellType.NUMERIC, first.getCell(12).getCellType());
            assertEquals(568.0, first.getCell(12).getNumericCellValue());
            assertEquals(2520.0, first.getCell(11).getNumericCellValue());
        }
        given().accept("image/png").get(gaps).then().statusCode(406).contentType("application/problem+json");
    }
}
