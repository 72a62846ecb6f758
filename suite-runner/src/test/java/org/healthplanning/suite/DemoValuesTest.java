package org.healthplanning.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.healthplanning.suite.DemoValues.Aim;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The illustrative values of the demo plans, checked with the evaluation rules of DOMAIN.md §1. */
class DemoValuesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DEMO = Path.of(System.getProperty("suite.root", "..")).resolve("demo-data/api");

    /** The demo rows as the API lists them: with ids, and a direction where the row's own numbers tell it. */
    static ArrayNode rows(String plan) throws Exception {
        ArrayNode rows = (ArrayNode) JSON.readTree(Files.readString(DEMO.resolve("indicators-" + plan + ".json")));
        long id = 100;
        for (JsonNode r : rows) {
            ObjectNode row = (ObjectNode) r;
            row.put("id", id++);
            String c = row.path("target").path("comparator").asText("");
            row.put("direction", c.startsWith(">") ? "INCREASE" : c.startsWith("<") ? "DECREASE" : null);
        }
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = {"tongliang-14th", "yuzhong-14th"})
    void everyStatusAppearsAndOnlyEvaluableRowsGetIllustrativeValues(String plan) throws Exception {
        ArrayNode rows = rows(plan);
        ArrayNode values = DemoValues.generate(rows, 2020, 2025);
        assertEquals(values, DemoValues.generate(rows(plan), 2020, 2025), "deterministic");

        Map<Long, BigDecimal> last = new HashMap<>();
        Map<Long, Set<Integer>> years = new HashMap<>();
        for (JsonNode v : values) {
            assertEquals(DemoValues.SOURCE, v.path("source").asText());
            assertTrue(v.path("source").asText().contains("示例数据") && v.path("source").asText().contains("not a published figure"));
            assertEquals("PROVISIONAL", v.path("status").asText());
            years.computeIfAbsent(v.path("indicatorId").asLong(), k -> new HashSet<>()).add(v.path("year").asInt());
            if (v.path("year").asInt() == 2023) {
                last.put(v.path("indicatorId").asLong(), v.path("value").decimalValue());
            }
        }
        years.values().forEach(y -> assertEquals(Set.of(2021, 2022, 2023), y));

        Map<Aim, Integer> statuses = new EnumMap<>(Aim.class);
        for (JsonNode r : rows) {
            DemoValues.Row row = DemoValues.Row.of(r, 2020, 2025);
            BigDecimal actual = last.get(row.id());
            if (!row.evaluable()) {
                assertFalse(years.containsKey(row.id()), "a row that cannot be evaluated gets no values: " + r);
                continue;
            }
            statuses.merge(row.status(2023, actual), 1, Integer::sum);
        }
        for (Aim aim : Aim.values()) {
            assertTrue(statuses.getOrDefault(aim, 0) > 0, plan + ": no " + aim + " in " + statuses);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tongliang-14th", "yuzhong-14th"})
    void valuesStayBetweenBaselineAndTargetAndKeepAFewDecimals(String plan) throws Exception {
        ArrayNode rows = rows(plan);
        Map<Long, JsonNode> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.path("id").asLong(), r));
        for (JsonNode v : DemoValues.generate(rows, 2020, 2025)) {
            JsonNode row = byId.get(v.path("indicatorId").asLong());
            BigDecimal b = row.path("baseline").path("value").decimalValue();
            BigDecimal t = row.path("target").path("value").decimalValue();
            BigDecimal value = v.path("value").decimalValue();
            assertTrue(value.compareTo(b.min(t)) >= 0 && value.compareTo(b.max(t)) <= 0, value + " outside " + b + "…" + t);
            assertTrue(value.scale() <= 6, "value " + value);
        }
    }
}
