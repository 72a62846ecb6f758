package org.healthplanning.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Illustrative monitoring values for the demo plans: the plans publish baselines and targets but
 * no yearly figures, so without values every evaluation reads NO_DATA. For each row with a numeric
 * baseline and target this makes values for 2021–2023, computed from the row's own baseline and
 * target, so that the evaluation shows every status (ACHIEVED, ON_TRACK, BEHIND, and NO_DATA for
 * rows left without values). Rows that cannot be evaluated (qualitative target, no baseline) get no
 * values. Deterministic: the same rows always give the same values. Every value says in its
 * {@code source} that it is an illustration, not a published figure.
 */
public final class DemoValues {
    public static final String SOURCE = "示例数据（非公布数）/ illustrative demo value, not a published figure";
    public static final List<Integer> YEARS = List.of(2021, 2022, 2023);
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal EPSILON = new BigDecimal("1e-9");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The evaluation status a row's values are made for. */
    public enum Aim {
        ACHIEVED, ON_TRACK, BEHIND, NO_DATA
    }

    private DemoValues() {
    }

    /** One row's numbers as the evaluation sees them. */
    record Row(long id, BigDecimal baseline, int baselineYear, String comparator, BigDecimal target, int targetYear, String direction) {
        static Row of(JsonNode row, int planBaselineYear, int planTargetYear) {
            JsonNode b = row.path("baseline");
            JsonNode t = row.path("target");
            return new Row(row.path("id").asLong(),
                    b.path("value").isNumber() ? b.path("value").decimalValue() : null,
                    b.path("year").isInt() ? b.path("year").asInt() : planBaselineYear,
                    t.path("comparator").isTextual() ? t.path("comparator").asText() : null,
                    t.path("value").isNumber() ? t.path("value").decimalValue() : null,
                    t.path("year").isInt() ? t.path("year").asInt() : planTargetYear,
                    row.path("direction").isTextual() ? row.path("direction").asText() : null);
        }

        boolean evaluable() {
            return baseline != null && target != null && comparator != null && !"qualitative".equals(comparator)
                    && targetYear != baselineYear && target.compareTo(baseline) != 0;
        }

        /** +1 when higher is better, -1 when lower is better, 0 when unknown. */
        int sense() {
            if ("INCREASE".equals(direction)) {
                return 1;
            }
            if ("DECREASE".equals(direction)) {
                return -1;
            }
            return target.compareTo(baseline);
        }

        String effectiveComparator() {
            if (!"=".equals(comparator)) {
                return comparator;
            }
            return "INCREASE".equals(direction) ? ">=" : "DECREASE".equals(direction) ? "<=" : "=";
        }

        BigDecimal trajectory(int year) {
            return baseline.add(target.subtract(baseline).multiply(BigDecimal.valueOf(year - baselineYear))
                    .divide(BigDecimal.valueOf(targetYear - baselineYear), MC));
        }

        boolean satisfies(BigDecimal actual) {
            BigDecimal diff = actual.subtract(target);
            return switch (effectiveComparator()) {
                case ">=" -> diff.compareTo(EPSILON.negate()) >= 0;
                case "<=" -> diff.compareTo(EPSILON) <= 0;
                case ">" -> diff.signum() > 0;
                case "<" -> diff.signum() < 0;
                case "=" -> diff.abs().compareTo(EPSILON) <= 0;
                default -> false;
            };
        }

        /** The status the evaluation gives a value in the given year (DOMAIN.md §1). */
        Aim status(int year, BigDecimal actual) {
            if (actual == null) {
                return Aim.NO_DATA;
            }
            if (satisfies(actual)) {
                return Aim.ACHIEVED;
            }
            BigDecimal diff = actual.subtract(trajectory(year));
            int s = sense();
            return s != 0 && (diff.signum() * s >= 0 || diff.abs().compareTo(EPSILON) <= 0) ? Aim.ON_TRACK : Aim.BEHIND;
        }

        int scale() {
            return Math.max(0, Math.max(baseline.stripTrailingZeros().scale(), target.stripTrailingZeros().scale()));
        }
    }

    /**
     * The values (rows {indicatorId, year, value, status, source, note}) for one plan's indicator rows
     * as the API lists them; each evaluable row is given the status that has the fewest rows so far
     * among those its numbers can show.
     */
    public static ArrayNode generate(JsonNode rows, int planBaselineYear, int planTargetYear) {
        ArrayNode values = JSON.createArrayNode();
        Map<Aim, Integer> counts = new EnumMap<>(Aim.class);
        for (Aim a : Aim.values()) {
            counts.put(a, 0);
        }
        for (JsonNode node : rows) {
            Row row = Row.of(node, planBaselineYear, planTargetYear);
            if (!row.evaluable()) {
                continue;
            }
            Aim chosen = Aim.NO_DATA;
            BigDecimal[] chosenValues = null;
            int fewest = Integer.MAX_VALUE;
            for (Aim aim : Aim.values()) {
                BigDecimal[] v = aim == Aim.NO_DATA ? null : values(row, aim);
                if (aim != Aim.NO_DATA && v == null) {
                    continue;
                }
                if (counts.get(aim) < fewest) {
                    fewest = counts.get(aim);
                    chosen = aim;
                    chosenValues = v;
                }
            }
            counts.merge(chosen, 1, Integer::sum);
            if (chosenValues == null) {
                continue;
            }
            for (int i = 0; i < YEARS.size(); i++) {
                ObjectNode v = values.addObject();
                v.put("indicatorId", row.id());
                v.put("year", YEARS.get(i));
                v.put("value", chosenValues[i]);
                v.put("status", "PROVISIONAL");
                v.put("source", SOURCE);
                v.put("note", "示例：由基线与目标生成（" + chosen + "）/ generated from baseline and target (" + chosen + ")");
            }
        }
        return values;
    }

    /** Values for {@link #YEARS} whose last one gives the aimed status, or null when the row's numbers cannot show it. */
    static BigDecimal[] values(Row row, Aim aim) {
        int last = YEARS.get(YEARS.size() - 1);
        for (int scale = row.scale(); scale <= row.scale() + 4; scale++) {
            BigDecimal[] v = new BigDecimal[YEARS.size()];
            for (int i = 0; i < YEARS.size(); i++) {
                v[i] = value(row, aim, YEARS.get(i), scale);
            }
            if (row.status(last, v[v.length - 1]) == aim) {
                return v;
            }
        }
        return null;
    }

    private static BigDecimal value(Row row, Aim aim, int year, int scale) {
        BigDecimal b = row.baseline();
        BigDecimal t = row.target();
        BigDecimal expected = row.trajectory(year);
        int last = YEARS.get(YEARS.size() - 1);
        return switch (aim) {
            // a target already met at the baseline stays met; otherwise on the trajectory, reaching the target in the last year
            case ACHIEVED -> row.satisfies(b) ? b
                    : year == last ? beyond(row, t, scale) : toward(expected, t, scale);
            // a quarter of the way from the trajectory to the target: ahead of it, short of the target
            case ON_TRACK -> toward(expected.add(t.subtract(expected).multiply(new BigDecimal("0.25"))), t, scale);
            // 40 % of the way from the baseline to the trajectory: short of it
            case BEHIND -> toward(b.add(expected.subtract(b).multiply(new BigDecimal("0.4"))), b, scale);
            case NO_DATA -> null;
        };
    }

    /** x rounded to the scale, in the direction of {@code toward}. */
    private static BigDecimal toward(BigDecimal x, BigDecimal toward, int scale) {
        RoundingMode mode = toward.compareTo(x) >= 0 ? RoundingMode.CEILING : RoundingMode.FLOOR;
        BigDecimal r = x.setScale(scale, mode).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    /** The target itself, or one step past it for a strict comparator. */
    private static BigDecimal beyond(Row row, BigDecimal t, int scale) {
        BigDecimal step = BigDecimal.ONE.movePointLeft(scale);
        return switch (row.effectiveComparator()) {
            case ">" -> t.add(step);
            case "<" -> t.subtract(step);
            default -> t;
        };
    }
}
