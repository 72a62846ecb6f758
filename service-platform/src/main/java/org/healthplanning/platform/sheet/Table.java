package org.healthplanning.platform.sheet;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A report as rows under headings (a field name, with its unit in brackets where it has one), answered as CSV
 * (RFC 4180, numbers as plain decimals) or as one sheet of a workbook. Reports that are JSON by default use it for
 * their CSV and XLSX forms.
 */
public final class Table {
    private final String name;
    private final List<String> headings;
    private final List<List<Object>> rows = new ArrayList<>();

    /** A table whose sheet is called {@code name}, with these headings. */
    public Table(String name, List<String> headings) {
        this.name = name;
        this.headings = List.copyOf(headings);
    }

    public String name() {
        return name;
    }

    public List<String> headings() {
        return headings;
    }

    public List<List<Object>> rows() {
        return rows;
    }

    /** Adds a row of values in the headings' order. */
    public Table add(Object... values) {
        rows.add(java.util.Arrays.asList(values));
        return this;
    }

    public Table add(List<?> values) {
        rows.add(new ArrayList<>(values));
        return this;
    }

    /** The CSV text, with a leading byte-order mark when {@code bom}. */
    public String csv(boolean bom) {
        StringBuilder sb = new StringBuilder(bom ? "\uFEFF" : "");
        line(sb, new ArrayList<>(headings));
        for (List<Object> row : rows) {
            line(sb, row);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(cells.get(i)));
        }
        sb.append("\r\n");
    }

    /** One CSV cell: numbers as plain decimals, text quoted when it holds a comma, quote, line break or edge space. */
    public static String quote(Object value) {
        if (value == null) {
            return "";
        }
        String v = value instanceof BigDecimal d ? d.toPlainString() : value instanceof Enum<?> e ? e.name() : value.toString();
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || (!v.isEmpty() && (Character.isWhitespace(v.charAt(0)) || Character.isWhitespace(v.charAt(v.length() - 1))))) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /** Writes the tables as the sheets of one workbook. */
    public static SheetWriter workbook(List<Table> tables) {
        SheetWriter writer = new SheetWriter();
        try {
            for (Table t : tables) {
                writer.sheet(t.name, t.headings);
                t.rows.forEach(writer::row);
            }
            return writer;
        } catch (RuntimeException e) {
            try {
                writer.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * The answer in a file form: CSV (the first table; with a byte-order mark for {@code csv-bom}) or a workbook
     * of every table, as an attachment named {@code baseName}; JSON is the caller's own.
     */
    public static Response answer(ExportFormat format, String baseName, List<Table> tables) {
        if (format == ExportFormat.JSON) {
            throw new IllegalArgumentException("JSON is answered by the resource itself");
        }
        Response.ResponseBuilder rb = format == ExportFormat.XLSX
                ? Response.ok(workbook(tables).streaming(), format.contentType())
                : Response.ok(tables.get(0).csv(format == ExportFormat.CSV_BOM), format.contentType());
        return rb.header("Content-Disposition", format.attachment(baseName)).build();
    }

    /** As {@link #answer(ExportFormat, String, List)} for one table. */
    public static Response answer(ExportFormat format, String baseName, Table table) {
        return answer(format, baseName, List.of(table));
    }
}
