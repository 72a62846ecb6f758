package org.healthplanning.indicator.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Raw-cell parsing (DOMAIN.md §1, "Keep the printed text"): every cell of the demo plans, and the printed forms at their edges. */
class RawValuesTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** Every baseline, target and upper-level target cell of both demo tables, with the parse the published table means. */
    static List<Arguments> demoCells() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (JsonNode row : JSON.readTree(Path.of("..", "demo-data", "indicators.json").toFile())) {
            String where = row.get("planId").asText() + " " + row.get("seq").asText() + " " + row.get("name").asText()
                    + (row.get("subItem").isNull() ? "" : " (" + row.get("subItem").asText() + ")");
            JsonNode b = row.get("baseline");
            out.add(Arguments.of(where + " baseline", b.get("raw").asText(), b.get("value").isNull() ? null : "=", number(b.get("value"))));
            JsonNode t = row.get("target");
            out.add(Arguments.of(where + " target", t.get("raw").asText(), t.get("comparator").asText(), number(t.get("value"))));
            for (JsonNode o : row.get("otherTargets")) {
                out.add(Arguments.of(where + " " + o.path("scope").asText("upper target"), o.get("raw").asText(),
                        o.get("comparator").asText(), number(o.get("value"))));
            }
        }
        assertTrue(out.size() >= 90, "both demo tables: 45 rows, two cells each at least");
        return out;
    }

    private static BigDecimal number(JsonNode n) {
        return n == null || n.isNull() ? null : n.decimalValue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("demoCells")
    void everyCellOfTheDemoPlansParsesAsPublished(String where, String raw, String comparator, BigDecimal value) {
        ParsedRaw parsed = RawValues.parse(raw);
        assertEquals(comparator, parsed.comparator(), where + " comparator");
        if (value == null) {
            assertEquals(null, parsed.value(), where + " value");
        } else {
            assertEquals(0, value.compareTo(parsed.value()), where + ": " + parsed.value() + " for " + value);
        }
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # raw          | comparator  | value
            ≤10            | <=          | 10
            ≥93.5          | >=          | 93.5
            ＜20           | <           | 20
            ＞5            | >           | 5
            ＝3            | =           | 3
            <=4.5          | <=          | 4.5
            ≥75%           | >=          | 75
            3.5‰           | =           | 3.5
            1:1.12         | =           | 1.12
            1 : 1.2        | =           | 1.2
            ７９．３        | =           | 79.3
            ' 78.47 '      | =           | 78.47
            0              | =           | 0
            .5             | =           | 0.5
            —              | NULL        | NULL
            ——             | NULL        | NULL
            -              | NULL        | NULL
            ''             | NULL        | NULL
            /              | NULL        | NULL
            无              | NULL        | NULL
            同比例提高      | qualitative | NULL
            国家下达        | qualitative | NULL
            明显下降        | qualitative | NULL
            全覆盖          | qualitative | NULL
            约79           | qualitative | NULL
            """)
    void printedFormsAtTheirEdges(String raw, String comparator, BigDecimal value) {
        ParsedRaw parsed = RawValues.parse(raw);
        assertEquals(comparator, parsed.comparator(), raw);
        assertEquals(value == null ? null : value.stripTrailingZeros(), parsed.value() == null ? null : parsed.value().stripTrailingZeros(), raw);
    }
}
