package org.healthplanning.project.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.healthplanning.project.api.ImportResult;
import org.healthplanning.project.api.ProjectDto;

/**
 * The CSV form of projects (RFC 4180, UTF-8). Columns are the JSON field names, nested ones dotted
 * ({@code capacity.medicalBeds}); {@code statuses} lists enum names separated by ';' and
 * {@code annualInvestment} holds the JSON array. An empty cell is no value.
 */
public final class ProjectCsv {
    public static final List<String> COLUMNS = List.of("planCode", "regionCode", "position", "seq", "programme", "name",
            "content", "constructionType", "constructionTypeRaw", "floorAreaM2", "investment10kCny", "startYear", "endYear",
            "yearsRaw", "newLandMu", "statuses", "statusRaw", "remarks", "facilityCode", "capacity.medicalBeds",
            "capacity.elderlyCareBeds", "capacity.childcareSlots", "capacity.isolationRooms", "annualInvestment");
    private static final Set<String> KNOWN = Set.copyOf(COLUMNS);

    private ProjectCsv() {
    }

    /** One data row turned into the JSON a client would have sent; {@code row} counts data rows from 1. */
    public record Row(int row, JsonNode json) {
    }

    /** Parses CSV text into rows of JSON; structural problems are reported in {@code errors}. */
    public static List<Row> read(String text, ObjectMapper mapper, List<ImportResult.RowError> errors) {
        return read(records(text.startsWith("\uFEFF") ? text.substring(1) : text), mapper, errors);
    }

    /**
     * Parses records (a header of column names, then the data rows), however they were read — from CSV text or
     * from a spreadsheet's table — into rows of JSON; {@code row} counts the records after the header from 1.
     */
    public static List<Row> read(List<List<String>> records, ObjectMapper mapper, List<ImportResult.RowError> errors) {
        List<Row> rows = new ArrayList<>();
        if (records.isEmpty()) {
            errors.add(new ImportResult.RowError(0, "header", "the CSV has no header row"));
            return rows;
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        for (String column : header) {
            if (!KNOWN.contains(column) && !column.equals("id") && !column.equals("version")) {
                errors.add(new ImportResult.RowError(0, column, "unknown column; known columns are " + COLUMNS));
            }
        }
        if (!header.contains("name")) {
            errors.add(new ImportResult.RowError(0, "name", "the header has no 'name' column"));
        }
        for (int r = 1; r < records.size(); r++) {
            List<String> cells = records.get(r);
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            if (cells.size() != header.size()) {
                errors.add(new ImportResult.RowError(r, "row", "has " + cells.size() + " cells, the header has " + header.size()));
                continue;
            }
            ObjectNode node = mapper.createObjectNode();
            boolean ok = true;
            for (int c = 0; c < header.size(); c++) {
                String column = header.get(c);
                String value = cells.get(c);
                if (value.isEmpty() || column.equals("id") || column.equals("version") || !KNOWN.contains(column)) {
                    continue;
                }
                if (column.equals("statuses")) {
                    ArrayNode array = node.putArray("statuses");
                    for (String s : value.split(";")) {
                        if (!s.isBlank()) {
                            array.add(s.strip());
                        }
                    }
                } else if (column.equals("annualInvestment")) {
                    try {
                        node.set("annualInvestment", mapper.readTree(value));
                    } catch (JsonProcessingException e) {
                        errors.add(new ImportResult.RowError(r, column, "must be a JSON array such as [{\"year\": 2022, \"planned\": 1000}]"));
                        ok = false;
                    }
                } else if (column.contains(".")) {
                    String[] parts = column.split("\\.", 2);
                    ObjectNode inner = node.has(parts[0]) ? (ObjectNode) node.get(parts[0]) : node.putObject(parts[0]);
                    inner.put(parts[1], value);
                } else {
                    node.put(column, value);
                }
            }
            if (ok) {
                rows.add(new Row(r, node));
            }
        }
        return rows;
    }

    /** Writes projects with a header row; reading the text back gives the same rows. */
    public static String write(List<ProjectDto> projects, ObjectMapper mapper) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(",", COLUMNS)).append("\r\n");
        for (ProjectDto p : projects) {
            sb.append(values(p, mapper).stream().map(ProjectCsv::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return sb.toString();
    }

    /** The units of the columns that have one, as headings of the XLSX export give them. */
    public static final java.util.Map<String, String> UNITS = java.util.Map.of("floorAreaM2", "㎡", "investment10kCny", "万元", "newLandMu", "亩");

    /** A project's cells in the order of {@link #COLUMNS}: numbers as numbers, statuses joined by ';', the schedule as JSON. */
    public static List<Object> values(ProjectDto p, ObjectMapper mapper) {
        {
            ProjectDto.Capacity c = p.capacity == null ? new ProjectDto.Capacity() : p.capacity;
            List<Object> cells = new ArrayList<>();
            cells.add(p.planCode);
            cells.add(p.regionCode);
            cells.add(p.position);
            cells.add(p.seq);
            cells.add(p.programme);
            cells.add(p.name);
            cells.add(p.content);
            cells.add(p.constructionType);
            cells.add(p.constructionTypeRaw);
            cells.add(p.floorAreaM2);
            cells.add(p.investment10kCny);
            cells.add(p.startYear);
            cells.add(p.endYear);
            cells.add(p.yearsRaw);
            cells.add(p.newLandMu);
            cells.add(p.statuses == null ? null : p.statuses.stream().map(Enum::name).collect(Collectors.joining(";")));
            cells.add(p.statusRaw);
            cells.add(p.remarks);
            cells.add(p.facilityCode);
            cells.add(c.medicalBeds);
            cells.add(c.elderlyCareBeds);
            cells.add(c.childcareSlots);
            cells.add(c.isolationRooms);
            try {
                cells.add(p.annualInvestment == null || p.annualInvestment.isEmpty() ? null : mapper.writeValueAsString(p.annualInvestment));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return cells;
        }
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        if (s.isEmpty()) {
            return "";
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || !s.equals(s.strip())) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    /** Splits RFC 4180 text into records of cells (quoted cells may hold commas, quotes and line breaks). */
    static List<List<String>> records(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            any = true;
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                out.add(record);
                record = new ArrayList<>();
                any = false;
            } else {
                cell.append(ch);
            }
        }
        if (any) {
            record.add(cell.toString());
            out.add(record);
        }
        return out;
    }
}
