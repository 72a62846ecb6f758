package org.healthplanning.indicator.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.healthplanning.platform.sheet.Table;

/** The CSV and XLSX forms of an evaluation: one line per row of the plan, and the counts per status. */
final class EvaluationTables {
    private EvaluationTables() {
    }

    /** Columns: the JSON's paths; progressPercent in %. */
    private static final List<String> PATHS = List.of("id", "seq", "name", "subItem", "definitionCode", "resourceMetric", "nature",
            "direction", "directionSource", "baseline.year", "baseline.raw", "baseline.value", "target.year", "target.raw",
            "target.comparator", "target.value", "actual.year", "actual.value", "expected", "progressPercent", "status",
            "notEvaluableReason", "worseThanBaseline", "approvalState");

    static List<Table> of(JsonNode evaluation) {
        List<String> headings = PATHS.stream().map(p -> p.equals("progressPercent") ? "progressPercent (%)" : p).toList();
        Table rows = new Table("evaluation", headings);
        for (JsonNode item : evaluation.path("indicators")) {
            List<Object> values = new ArrayList<>(PATHS.size());
            for (String path : PATHS) {
                JsonNode n = item;
                for (String part : path.split("\\.")) {
                    n = n.path(part);
                }
                values.add(value(n));
            }
            rows.add(values);
        }
        Table summary = new Table("summary", List.of("planCode", "year", "status", "rows"));
        evaluation.path("summary").properties().forEach(e ->
                summary.add(evaluation.path("planCode").asText(), value(evaluation.path("year")), e.getKey(), e.getValue().asLong()));
        return List.of(rows, summary);
    }

    private static Object value(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) {
            return null;
        }
        if (n.isIntegralNumber() && n.canConvertToLong()) {
            return n.asLong();
        }
        if (n.isNumber()) {
            return n.decimalValue();
        }
        return n.isBoolean() ? n.asBoolean() : n.asText();
    }
}
