package org.healthplanning.indicator.api;

import org.healthplanning.platform.json.StrictJson;
import org.healthplanning.http.DomainException;
import org.healthplanning.platform.problem.ProblemMappers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a bulk import body into one JSON object per row: a JSON array as sent, or CSV whose header
 * row names the JSON fields, nested ones dotted ({@code target.raw}, {@code upperTargets.0.raw}).
 * An empty CSV cell is an absent field. Also flattens objects back into CSV columns for export.
 */
public final class BulkRows {
    private BulkRows() {
    }

    /** A mapper whose trees keep decimals exactly as given (5.0 stays 5.0). */
    public static ObjectMapper exact(ObjectMapper mapper) {
        ObjectMapper copy = mapper.copy();
        copy.setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
        copy.configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        copy.enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        return copy;
    }

    /** The rows of a JSON array or of a CSV whose header names only columns {@code known} accepts. */
    public static List<JsonNode> read(String contentType, String body, ObjectMapper mapper, java.util.function.Predicate<String> known) {
        if (body == null || body.isBlank()) {
            throw DomainException.invalid("body", "must not be empty");
        }
        if (contentType != null && contentType.toLowerCase().startsWith(Csv.MEDIA_TYPE)) {
            return fromCsv(body, mapper, known);
        }
        JsonNode root;
        try {
            root = exact(mapper).readTree(body);
        } catch (StrictJson.Rejected e) {
            throw DomainException.invalid(ProblemMappers.path(e), e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw DomainException.invalid("body", "malformed JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw DomainException.invalid("body", "must be a JSON array of rows");
        }
        List<JsonNode> rows = new ArrayList<>();
        root.forEach(rows::add);
        return rows;
    }

    static List<JsonNode> fromCsv(String body, ObjectMapper mapper, java.util.function.Predicate<String> known) {
        return fromRecords(Csv.parse(body), mapper, known);
    }

    /**
     * The rows of CSV records (a header of field names, then one record per row), however they were read: from CSV
     * text or from a spreadsheet's table ({@code SheetData.records()}), so that both mean the same.
     */
    public static List<JsonNode> fromRecords(List<List<String>> records, ObjectMapper mapper, java.util.function.Predicate<String> known) {
        if (records.isEmpty()) {
            throw DomainException.invalid("body", "CSV needs a header row");
        }
        List<String> header = records.get(0).stream().map(h -> h.trim().replaceAll("\\[(\\d+)]", ".$1")).toList();
        List<String> unknown = header.stream().filter(h -> !h.isEmpty() && !known.test(h)).toList();
        if (!unknown.isEmpty()) {
            throw DomainException.invalid("header", "unknown column(s) " + unknown + "; a misspelt column would lose its values");
        }
        List<JsonNode> rows = new ArrayList<>();
        for (List<String> rec : records.subList(1, records.size())) {
            ObjectNode row = mapper.createObjectNode();
            for (int i = 0; i < header.size() && i < rec.size(); i++) {
                String cell = rec.get(i);
                if (cell.isEmpty() || header.get(i).isEmpty()) {
                    continue;
                }
                put(row, header.get(i).split("\\."), 0, cell, mapper);
            }
            rows.add(row);
        }
        return rows;
    }

    private static void put(JsonNode node, String[] path, int at, String value, ObjectMapper mapper) {
        String key = path[at];
        boolean last = at == path.length - 1;
        if (node instanceof ObjectNode obj) {
            if (last) {
                obj.put(key, value);
                return;
            }
            JsonNode child = obj.get(key);
            if (child == null) {
                child = isIndex(path[at + 1]) ? mapper.createArrayNode() : mapper.createObjectNode();
                obj.set(key, child);
            }
            put(child, path, at + 1, value, mapper);
        } else if (node instanceof ArrayNode arr && isIndex(key)) {
            int index = Integer.parseInt(key);
            while (arr.size() <= index) {
                arr.add(mapper.createObjectNode());
            }
            if (last) {
                arr.set(index, mapper.getNodeFactory().textNode(value));
                return;
            }
            put(arr.get(index), path, at + 1, value, mapper);
        }
    }

    private static boolean isIndex(String s) {
        return !s.isEmpty() && s.length() < 4 && s.chars().allMatch(Character::isDigit);
    }

    /** One CSV record per object, columns in the order given; nested values by dotted path. */
    public static String toCsv(List<String> columns, List<JsonNode> rows) {
        List<List<String>> records = new ArrayList<>();
        records.add(columns);
        for (JsonNode row : rows) {
            List<String> rec = new ArrayList<>(columns.size());
            for (String c : columns) {
                JsonNode n = row;
                for (String part : c.split("\\.")) {
                    n = n == null ? null : isIndex(part) && n.isArray() ? n.get(Integer.parseInt(part)) : n.get(part);
                }
                rec.add(n == null || n.isNull() ? "" : n.isNumber() ? plain(n.decimalValue()) : n.asText());
            }
            records.add(rec);
        }
        return Csv.write(records);
    }

    /**
     * One list of cell values per object, columns in the order given (nested values by dotted path): numbers as
     * BigDecimal (whole numbers as Long), text as text, for a spreadsheet's numeric and text cells.
     */
    public static List<List<Object>> values(List<String> columns, List<JsonNode> rows) {
        List<List<Object>> out = new ArrayList<>(rows.size());
        for (JsonNode row : rows) {
            List<Object> rec = new ArrayList<>(columns.size());
            for (String c : columns) {
                JsonNode n = row;
                for (String part : c.split("\\.")) {
                    n = n == null ? null : isIndex(part) && n.isArray() ? n.get(Integer.parseInt(part)) : n.get(part);
                }
                rec.add(n == null || n.isNull() ? null
                        : n.isIntegralNumber() && n.canConvertToLong() ? (Object) n.asLong()
                        : n.isNumber() ? n.decimalValue()
                        : n.isBoolean() ? n.asBoolean() : n.asText());
            }
            out.add(rec);
        }
        return out;
    }

    private static String plain(BigDecimal d) {
        return d.toPlainString();
    }

    /** The field path of a Jackson mapping failure, e.g. {@code baseline.value}. */
    public static String path(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }
}
