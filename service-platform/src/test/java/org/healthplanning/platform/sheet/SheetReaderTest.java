package org.healthplanning.platform.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.healthplanning.http.DomainException;
import org.healthplanning.http.Problem.FieldError;
import org.junit.jupiter.api.Test;

/** The generic reader and writer on workbooks made here, without a service. */
class SheetReaderTest {
    private static final SheetSchema SCHEMA = new SheetSchema()
            .field("category", SheetSchema.Kind.TEXT, "类别")
            .field("seq", SheetSchema.Kind.TEXT, "序号")
            .field("name", SheetSchema.Kind.TEXT, "主要指标", "指标名称")
            .field("amount", SheetSchema.Kind.NUMBER, "总投资", "拟投资")
            .units("amount", "万元")
            .years(new SheetSchema.YearHeading("baseline.raw", "baseline.year", List.of("实际值", "基期值")),
                    new SheetSchema.YearHeading("target.raw", "target.year", List.of("目标值")))
            .carryDown("category");

    private static byte[] bytes(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        wb.close();
        return out.toByteArray();
    }

    @Test
    void titleRowsMergedCategoriesBlankRowsYearsAndNumbers() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("封面").createRow(0).createCell(0).setCellValue("某区卫生健康规划");
        Sheet s = wb.createSheet("指标");
        s.createRow(0).createCell(0).setCellValue("专栏1  主要指标");
        Row h = s.createRow(2);
        String[] headings = {"类别", "序号", "主要指标", "2020年\n实际值", "2025年", "总投资（万元）"};
        for (int i = 0; i < headings.length; i++) {
            h.createCell(i).setCellValue(headings[i]);
        }
        var oneDecimal = wb.createCellStyle();
        oneDecimal.setDataFormat(wb.createDataFormat().getFormat("0.0"));
        Row r1 = s.createRow(3);
        r1.createCell(0).setCellValue("健康水平");
        r1.createCell(1).setCellValue(1);
        r1.createCell(2).setCellValue("人均预期寿命（岁）");
        r1.createCell(3).setCellValue(78.47);
        r1.createCell(4).setCellValue(79);
        r1.getCell(4).setCellStyle(oneDecimal);
        r1.createCell(5).setCellValue(3310);
        Row r2 = s.createRow(4);
        r2.createCell(1).setCellValue("2");
        r2.createCell(2).setCellValue("孕产妇死亡率");
        r2.createCell(3).setCellValue("—");
        r2.createCell(4).setCellValue("≤10");
        r2.createCell(5).setCellValue("－");
        s.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
        Row r3 = s.createRow(6);
        r3.createCell(0).setCellValue("健康服务");
        r3.createCell(2).setCellValue("每千人口执业（助理）医师数");
        r3.createCell(5).setCellValue(216439.67);
        s.createRow(8).createCell(0).setCellValue("注：1.数据来源于统计年鉴。");

        SheetData data = SheetReader.read(bytes(wb), SCHEMA);
        assertEquals("指标", data.sheet());
        assertEquals(3, data.headerRow());
        assertEquals(List.of("category", "seq", "name", "baseline.raw", "target.raw", "amount", "baseline.year", "target.year"),
                data.fields());
        assertEquals(List.of(
                List.of("category", "seq", "name", "baseline.raw", "target.raw", "amount", "baseline.year", "target.year"),
                List.of("健康水平", "1", "人均预期寿命（岁）", "78.47", "79.0", "3310", "2020", "2025"),
                List.of("健康水平", "2", "孕产妇死亡率", "—", "≤10", "", "2020", "2025"),
                List.of("健康服务", "", "每千人口执业（助理）医师数", "", "", "216439.67", "2020", "2025")), data.records());
        assertEquals(List.of(4, 5, 7), data.rows().stream().map(SheetData.Row::number).toList());
        FieldError located = data.locate(new FieldError(2, "baseline.value", "does not match"));
        assertEquals(new FieldError(5, "baseline.value", "does not match", "指标", "D", "2020年\n实际值"), located);
        assertEquals("sheet '指标' row 7: no definition", data.locate("row 3: no definition"));
    }

    @Test
    void unknownHeadingsWrongUnitsAndHeadlessValuesAreRefusedByPosition() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Sheet1");
        Row h = s.createRow(0);
        h.createCell(0).setCellValue("序号");
        h.createCell(1).setCellValue("指标名称");
        h.createCell(2).setCellValue("总投资（亿元）");
        h.createCell(3).setCellValue("负责单位");
        Row r = s.createRow(1);
        r.createCell(0).setCellValue(1);
        r.createCell(5).setCellValue("x");
        DomainException e = assertThrows(DomainException.class, () -> SheetReader.read(bytes(wb), SCHEMA));
        assertEquals(List.of(
                new FieldError(1, "amount", "the unit '亿元' is not the field's; give the column in 万元", "Sheet1", "C", "总投资（亿元）"),
                new FieldError(1, "header", "the heading '负责单位' names no column of this import", "Sheet1", "D", "负责单位"),
                new FieldError(2, "header", "column F has values but no heading in row 1; give it a heading the import knows (or remove it),"
                        + " or its values would be lost", "Sheet1", "F", null)),
                e.errors().stream().sorted(java.util.Comparator.comparing(FieldError::row).thenComparing(FieldError::column)).toList());
        assertTrue(e.getMessage().startsWith("sheet 'Sheet1': "), e.getMessage());
    }

    @Test
    void notAWorkbookIsA400() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(zip)) {
            z.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
            z.write("<workbook>".getBytes());
        }
        byte[] truncated = java.util.Arrays.copyOf(workbookWithOneRow(), 300);
        for (byte[] body : List.of("a,b\n1,2".getBytes(), new byte[] {0}, zip.toByteArray(), truncated)) {
            DomainException e = assertThrows(DomainException.class, () -> SheetReader.read(body, SCHEMA));
            assertEquals("body", e.errors().get(0).field());
        }
        DomainException empty = assertThrows(DomainException.class, () -> SheetReader.read(new byte[0], SCHEMA));
        assertEquals("body", empty.errors().get(0).field());
        DomainException noHeader = assertThrows(DomainException.class, () -> SheetReader.read(workbookWithOneRow(), SCHEMA));
        assertEquals("header", noHeader.errors().get(0).field());
    }

    private static byte[] workbookWithOneRow() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("x").createRow(0).createCell(0).setCellValue("no headings here");
        return bytes(wb);
    }

    @Test
    void writtenNumbersAreNumericCellsThatReadBackWithTheirDigits() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SheetWriter w = new SheetWriter()) {
            w.sheet("rows", List.of("seq", "name", SheetWriter.heading("amount", "万元")));
            w.row("1", "人均预期寿命", new BigDecimal("79.0"));
            w.row("2", "孕产妇死亡率", 421068L);
            w.row("3", "x", new BigDecimal("1234567890.1234567"));
            w.write(out);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet s = wb.getSheetAt(0);
            assertEquals(CellType.NUMERIC, s.getRow(1).getCell(2).getCellType());
            assertEquals(79.0, s.getRow(1).getCell(2).getNumericCellValue());
            assertEquals(CellType.STRING, s.getRow(1).getCell(0).getCellType());
            assertEquals(CellType.STRING, s.getRow(3).getCell(2).getCellType());
            assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(s.getPaneInformation().isFreezePane());
        }
        SheetData back = SheetReader.read(out.toByteArray(), SCHEMA);
        assertEquals(List.of(List.of("seq", "name", "amount"), List.of("1", "人均预期寿命", "79.0"), List.of("2", "孕产妇死亡率", "421068"),
                List.of("3", "x", "1234567890.1234567")), back.records());
    }
}
