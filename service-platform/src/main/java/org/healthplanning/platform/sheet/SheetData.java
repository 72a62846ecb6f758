package org.healthplanning.platform.sheet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthplanning.http.DomainException;
import org.healthplanning.http.Problem.FieldError;

/**
 * The table read from one sheet: its columns (letter, heading, field) and its data rows (row number as a
 * spreadsheet program shows it, values by field). {@link #records()} gives the rows in the import's CSV shape —
 * a header of field names, then one record per row — so that a spreadsheet goes down the same path as CSV. A
 * refusal of those rows (naming data rows from 1 and fields) is turned back into sheet, row, column and heading
 * by {@link #locate}.
 */
public final class SheetData {
    /** A column of the header row. */
    public record Column(int index, String letter, String heading, String field) {
    }

    /** A data row: its number in the sheet and its values by field (carried-down and year values included). */
    public record Row(int number, Map<String, String> values) {
    }

    private final String sheet;
    private final int headerRow;
    private final List<Column> columns;
    private final Set<String> impliedFields;
    private final Map<String, Column> impliedFrom;
    private final List<Row> rows;
    private final Map<String, String> related = new LinkedHashMap<>();

    SheetData(String sheet, int headerRow, List<Column> columns, Collection<String> impliedFields, Map<String, Column> impliedFrom,
              List<Row> rows) {
        this.sheet = sheet;
        this.headerRow = headerRow;
        this.columns = columns;
        this.impliedFields = new LinkedHashSet<>(impliedFields);
        this.impliedFrom = impliedFrom;
        this.rows = rows;
    }

    public String sheet() {
        return sheet;
    }

    public int headerRow() {
        return headerRow;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The fields the rows may hold, in column order, then those a heading implies (a year heading's year). */
    public List<String> fields() {
        Set<String> out = new LinkedHashSet<>();
        columns.forEach(c -> out.add(c.field()));
        out.addAll(impliedFields);
        return new ArrayList<>(out);
    }

    /** Whether a column (or a heading's implied value) gives the field. */
    public boolean has(String field) {
        return fields().contains(field);
    }

    /**
     * The rows in CSV shape: the header of field names (those of {@link #fields()}, then any a service added to the
     * rows' values), then one record per data row ("" for no value).
     */
    public List<List<String>> records() {
        Set<String> fields = new LinkedHashSet<>(fields());
        rows.forEach(r -> fields.addAll(r.values().keySet()));
        List<String> header = new ArrayList<>(fields);
        List<List<String>> out = new ArrayList<>(rows.size() + 1);
        out.add(header);
        for (Row r : rows) {
            List<String> record = new ArrayList<>(header.size());
            for (String f : header) {
                String v = r.values().get(f);
                record.add(v == null ? "" : v);
            }
            out.add(record);
        }
        return out;
    }

    /**
     * Names the column a derived field's error concerns: an error on {@code startYear} is in the column of
     * {@code yearsRaw}, one on {@code baseline.value} in that of {@code baseline.raw}.
     */
    public SheetData relate(String derivedField, String columnField) {
        related.put(derivedField, columnField);
        return this;
    }

    /** The column of a field: its own, a related one, or the nearest parent's ({@code target} for {@code target.value}). */
    public Column columnOf(String field) {
        if (field == null) {
            return null;
        }
        String f = field.replaceAll("\\[(\\d+)]", ".$1");
        for (int guard = 0; guard < 5 && f != null; guard++) {
            String withoutIndex = f.replaceAll("\\.\\d+(?=\\.|$)", "");
            for (Column c : columns) {
                if (c.field().equals(f) || c.field().equals(withoutIndex)) {
                    return c;
                }
            }
            if (impliedFrom.containsKey(f)) {
                return impliedFrom.get(f);
            }
            String next = related.get(f);
            if (next == null) {
                for (Map.Entry<String, String> e : related.entrySet()) {
                    if (f.startsWith(e.getKey() + ".")) {
                        next = e.getValue();
                        break;
                    }
                }
            }
            if (next == null) {
                int dot = f.lastIndexOf('.');
                if (dot > 0) {
                    String parent = f.substring(0, dot);
                    for (Column c : columns) {
                        if (c.field().startsWith(parent + ".")) {
                            return c;
                        }
                    }
                    next = parent;
                }
            }
            f = next;
        }
        return null;
    }

    /** The sheet's row number of a data row counted from 1 (null when there is no such row). */
    public Integer sheetRow(Integer dataRow) {
        if (dataRow == null || dataRow < 1 || dataRow > rows.size()) {
            return dataRow != null && dataRow == 0 ? headerRow : null;
        }
        return rows.get(dataRow - 1).number();
    }

    /** An error of the rows (data row from 1, field) located in the sheet. */
    public FieldError locate(FieldError e) {
        Column c = columnOf(e.field());
        Integer row = e.row() == null ? null : sheetRow(e.row());
        return new FieldError(row, e.field(), e.message(), sheet, c == null ? null : c.letter(), c == null ? null : c.heading());
    }

    private static final Pattern ROW_PREFIX = Pattern.compile("^row (\\d+)([:,])");

    /** A warning or message starting "row N:" with N the sheet's row number and the sheet named. */
    public String locate(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = ROW_PREFIX.matcher(message);
        if (!m.find()) {
            return message;
        }
        Integer row = sheetRow(Integer.parseInt(m.group(1)));
        return row == null ? message : "sheet '" + sheet + "' row " + row + m.group(2) + message.substring(m.end());
    }

    public List<String> locate(List<String> messages) {
        return messages == null ? null : messages.stream().map(this::locate).toList();
    }

    /**
     * The same refusal with its errors located in the sheet (sheet, row, column, heading) and its detail saying so;
     * the problem's type, status and members (an import's {@code imported}, {@code warnings} …) are kept, warnings
     * located too.
     */
    public DomainException locate(DomainException e) {
        if (e.errors() == null || e.errors().isEmpty()) {
            return e;
        }
        List<FieldError> located = e.errors().stream().map(this::locate).toList();
        DomainException out = new DomainException(e.kind(), e.type(), e.title(), detail(sheet, located), located);
        if (e.extensions() != null) {
            Map<String, Object> members = new LinkedHashMap<>(e.extensions());
            if (members.get("warnings") instanceof List<?> w && w.stream().allMatch(x -> x instanceof String)) {
                members.put("warnings", locate(w.stream().map(String.class::cast).toList()));
            }
            out.with(members);
        }
        out.initCause(e);
        return out;
    }

    static DomainException refusal(String sheet, List<FieldError> errors) {
        return new DomainException(DomainException.Kind.INVALID, detail(sheet, errors), errors);
    }

    private static String detail(String sheet, List<FieldError> errors) {
        StringBuilder sb = new StringBuilder("sheet '").append(sheet).append("': ");
        int shown = 0;
        for (FieldError e : errors) {
            if (shown++ == 5) {
                sb.append("; and ").append(errors.size() - 5).append(" more");
                break;
            }
            if (shown > 1) {
                sb.append("; ");
            }
            if (e.row() != null) {
                sb.append("row ").append(e.row()).append(", ");
            }
            if (e.column() != null) {
                sb.append("column ").append(e.column());
                if (e.heading() != null) {
                    sb.append(" (").append(e.heading()).append(')');
                }
                sb.append(", ");
            }
            sb.append(e.field()).append(": ").append(e.message());
        }
        return sb.append("; nothing was written").toString();
    }
}
