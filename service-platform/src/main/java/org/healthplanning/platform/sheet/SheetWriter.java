package org.healthplanning.platform.sheet;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a workbook (XLSX) row by row: only a window of {@value #WINDOW} rows is held in memory, the rest goes to
 * a compressed temporary file until {@link #write} zips the workbook into the answer, so that ten thousand
 * facilities export in bounded memory. Each sheet starts with a frozen, bold header row (with a filter);
 * numbers are numeric cells that show the digits they have (79.0 as 79.0), text is text. {@link #close()} removes
 * the temporary files.
 * <p>
 * A number with more than 15 significant digits, which a spreadsheet cell (a double) cannot hold exactly, is
 * written as text so that it reads back unchanged.
 */
public final class SheetWriter implements Closeable {
    /** Rows kept in memory per sheet while writing. */
    public static final int WINDOW = 100;
    private static final int MAX_DECIMALS = 15;

    private final SXSSFWorkbook workbook;
    private final CellStyle header;
    private final Map<Integer, CellStyle> decimals = new HashMap<>();
    private SXSSFSheet sheet;
    private int next;
    private int[] widths;

    public SheetWriter() {
        workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
    }

    /** A heading with its unit, as exports write them: {@code investment10kCny (万元)}; the field alone without a unit. */
    public static String heading(String field, String unit) {
        return unit == null || unit.isBlank() ? field : field + " (" + unit + ")";
    }

    /** Starts a sheet whose first row holds these headings (frozen, bold, with a filter). */
    public SheetWriter sheet(String name, List<String> headings) {
        finishWidths();
        sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        Row row = sheet.createRow(0);
        widths = new int[headings.size()];
        for (int i = 0; i < headings.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headings.get(i));
            cell.setCellStyle(header);
            widths[i] = width(headings.get(i)) + 2;
        }
        sheet.createFreezePane(0, 1);
        if (!headings.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, headings.size() - 1));
        }
        next = 1;
        return this;
    }

    /** One row of values in the headings' order: numbers as numeric cells, booleans as booleans, null as an empty cell. */
    public SheetWriter row(List<?> values) {
        if (sheet == null) {
            throw new IllegalStateException("a sheet must be started first");
        }
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            String shown;
            if (v instanceof BigDecimal d) {
                shown = number(cell, d);
            } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
                shown = number(cell, BigDecimal.valueOf(((Number) v).longValue()));
            } else if (v instanceof Number n) {
                shown = number(cell, new BigDecimal(n.toString()));
            } else if (v instanceof Boolean b) {
                cell.setCellValue(b);
                shown = b.toString();
            } else {
                shown = v instanceof Enum<?> e ? e.name() : v instanceof TemporalAccessor ? v.toString() : String.valueOf(v);
                cell.setCellValue(shown);
            }
            if (i < widths.length) {
                widths[i] = Math.max(widths[i], Math.min(60, width(shown) + 2));
            }
        }
        return this;
    }

    public SheetWriter row(Object... values) {
        return row(java.util.Arrays.asList(values));
    }

    private String number(Cell cell, BigDecimal d) {
        BigDecimal plain = d.scale() < 0 ? d.setScale(0) : d;
        if (plain.precision() > 15 || plain.scale() > MAX_DECIMALS) {
            String text = plain.toPlainString();
            cell.setCellValue(text);
            return text;
        }
        cell.setCellValue(plain.doubleValue());
        cell.setCellStyle(style(plain.scale()));
        return plain.toPlainString();
    }

    /** A style showing exactly this many decimals ("0", "0.0", "0.00" …), so that 79.0 reads back as 79.0. */
    private CellStyle style(int scale) {
        return decimals.computeIfAbsent(scale, s -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(s == 0 ? "0" : "0." + "0".repeat(s)));
            return style;
        });
    }

    /** Roughly how many character widths a text takes: CJK characters count twice. */
    private static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length() && w < 120; i++) {
            w += s.charAt(i) > 0x2E80 ? 2 : 1;
        }
        return w;
    }

    private void finishWidths() {
        if (sheet != null && widths != null) {
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, Math.min(255, Math.max(8, widths[i])) * 256);
            }
        }
    }

    /** Zips the workbook into the stream. */
    public void write(OutputStream out) throws IOException {
        finishWidths();
        workbook.write(out);
    }

    /** The workbook as an answer body that removes the temporary files once written (or failed). */
    public StreamingOutput streaming() {
        return out -> {
            try (this) {
                write(out);
            }
        };
    }

    @Override
    public void close() throws IOException {
        workbook.dispose();
        workbook.close();
    }
}
