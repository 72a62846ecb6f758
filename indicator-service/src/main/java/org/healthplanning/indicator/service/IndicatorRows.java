package org.healthplanning.indicator.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.healthplanning.indicator.domain.Nature;
import org.healthplanning.indicator.domain.ParsedRaw;
import org.healthplanning.indicator.domain.Plan;
import org.healthplanning.indicator.domain.PlanIndicator;
import org.healthplanning.indicator.domain.RawValues;
import org.healthplanning.indicator.domain.UpperTarget;
import org.healthplanning.indicator.api.PlanIndicatorInput;
import org.healthplanning.http.Problem.FieldError;

/**
 * Checks a written row and fills an entity from it: raw cells are parsed, a sent value or
 * comparator must agree with its raw text, years default to the plan's and lie in 1949–2100,
 * and the row is linked to a definition by code, name or alias. Every problem is collected with
 * its field (and row, for imports) so that a client sees all of them at once.
 */
final class IndicatorRows {
    private IndicatorRows() {
    }

    static final class Errors {
        final Integer row;
        final List<FieldError> list;

        Errors(Integer row, List<FieldError> list) {
            this.row = row;
            this.list = list;
        }

        void add(String field, String message) {
            list.add(new FieldError(row, field, message));
        }
    }

    static void apply(PlanIndicatorInput in, PlanIndicator e, Plan plan, DefinitionIndex defs, Errors err) {
        if (in.name() == null || in.name().isBlank()) {
            err.add("name", "must not be blank");
        }
        e.name = text(in.name(), "name", 300, err);
        e.category = text(in.category(), "category", 100, err);
        e.seq = text(in.seq(), "seq", 32, err);
        e.unit = text(in.unit(), "unit", 32, err);
        e.subItem = text(in.subItem(), "subItem", 200, err);
        e.remarks = text(in.remarks(), "remarks", 1000, err);
        e.nature = null;
        if (in.nature() != null && !in.nature().isBlank()) {
            e.nature = Nature.parse(in.nature());
            if (e.nature == null) {
                err.add("nature", "'" + in.nature() + "' is not one of BINDING, EXPECTED (约束性, 预期性)");
            }
        }
        if (in.position() != null && in.position() < 1) {
            err.add("position", "must be 1 or greater");
        }

        PlanIndicatorInput.Baseline b = in.baseline();
        e.baselineYear = year(b == null ? null : b.year(), plan.baselineYear, "baseline.year", err);
        Cell base = cell(b == null ? null : b.raw(), null, b == null ? null : b.value(), "baseline", false, err);
        e.baselineRaw = base.raw;
        e.baselineValue = base.value;

        PlanIndicatorInput.Target t = in.target();
        e.targetYear = year(t == null ? null : t.year(), plan.targetYear, "target.year", err);
        Cell target = cell(t == null ? null : t.raw(), t == null ? null : t.comparator(), t == null ? null : t.value(), "target", true, err);
        e.targetRaw = target.raw;
        e.targetComparator = target.comparator;
        e.targetValue = target.value;

        List<UpperTarget> uppers = new ArrayList<>();
        if (in.upperTargets() != null) {
            for (int i = 0; i < in.upperTargets().size(); i++) {
                PlanIndicatorInput.Target u = in.upperTargets().get(i);
                String f = "upperTargets[" + i + "]";
                if (u == null) {
                    err.add(f, "must not be null");
                    continue;
                }
                UpperTarget ut = new UpperTarget();
                ut.scope = text(u.scope(), f + ".scope", 100, err);
                ut.year = year(u.year(), e.targetYear, f + ".year", err);
                Cell c = cell(u.raw(), u.comparator(), u.value(), f, true, err);
                ut.raw = c.raw;
                ut.comparator = c.comparator;
                ut.value = c.value;
                uppers.add(ut);
            }
        }
        if (!sameUppers(e.upperTargets, uppers)) {
            e.upperTargets.clear();
            e.upperTargets.addAll(uppers);
        }

        if (in.definitionCode() != null && !in.definitionCode().isBlank()) {
            if (defs.get(in.definitionCode()) == null) {
                err.add("definitionCode", "no indicator definition has code '" + in.definitionCode() + "'");
            }
            e.definitionCode = in.definitionCode();
        } else {
            e.definitionCode = defs.match(in.name());
        }
    }

    private record Cell(String raw, String comparator, BigDecimal value) {
    }

    /** Raw text, comparator and value of one cell, checked against each other. */
    private static Cell cell(String raw, String comparator, BigDecimal value, String field, boolean withComparator, Errors err) {
        if (raw != null && raw.length() > 200) {
            err.add(field + ".raw", "must be at most 200 characters");
        }
        if (comparator != null && !RawValues.COMPARATORS.contains(comparator)) {
            err.add(field + ".comparator", "'" + comparator + "' is not one of " + RawValues.COMPARATORS);
            return new Cell(raw, null, value);
        }
        if (raw == null) {
            if (value == null) {
                if (comparator != null && !RawValues.QUALITATIVE.equals(comparator)) {
                    err.add(field + ".value", "is needed with comparator '" + comparator + "'");
                } else if (RawValues.QUALITATIVE.equals(comparator)) {
                    err.add(field + ".raw", "is needed for a qualitative target");
                }
                return new Cell(null, null, null);
            }
            if (RawValues.QUALITATIVE.equals(comparator)) {
                err.add(field + ".value", "a qualitative target has no value");
            }
            String cmp = withComparator ? (comparator == null ? "=" : comparator) : null;
            String printed = (cmp == null || "=".equals(cmp) ? "" : symbol(cmp)) + value.toPlainString();
            return new Cell(printed, cmp, value);
        }
        ParsedRaw parsed = RawValues.parse(raw);
        if (value != null && (parsed.value() == null || parsed.value().compareTo(value) != 0)) {
            err.add(field + ".value", value.toPlainString() + " does not match raw '" + raw + "'"
                    + (parsed.value() == null ? ", which has no number" : " (" + parsed.value().toPlainString() + ")"));
        }
        if (withComparator && comparator != null && !Objects.equals(comparator, parsed.comparator())) {
            err.add(field + ".comparator", "'" + comparator + "' does not match raw '" + raw + "'"
                    + (parsed.comparator() == null ? ", which has no value" : " (" + parsed.comparator() + ")"));
        }
        return new Cell(raw, withComparator ? parsed.comparator() : null, parsed.value());
    }

    private static String symbol(String comparator) {
        return switch (comparator) {
            case ">=" -> "≥";
            case "<=" -> "≤";
            default -> comparator;
        };
    }

    private static Integer year(Integer year, Integer fallback, String field, Errors err) {
        Integer y = year == null ? fallback : year;
        if (y != null && (y < 1949 || y > 2100)) {
            err.add(field, "must be a year between 1949 and 2100");
        }
        return y;
    }

    private static String text(String value, String field, int max, Errors err) {
        if (value != null && value.length() > max) {
            err.add(field, "must be at most " + max + " characters");
        }
        return value;
    }

    static boolean sameUppers(List<UpperTarget> a, List<UpperTarget> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            UpperTarget x = a.get(i);
            UpperTarget y = b.get(i);
            if (!Objects.equals(x.scope, y.scope) || !Objects.equals(x.year, y.year) || !Objects.equals(x.raw, y.raw)
                    || !Objects.equals(x.comparator, y.comparator)
                    || (x.value == null ? y.value != null : y.value == null || x.value.compareTo(y.value) != 0)) {
                return false;
            }
        }
        return true;
    }

    /** Copies a checked row's content onto a stored row (identity, plan and version untouched). */
    static void copy(PlanIndicator from, PlanIndicator to) {
        to.category = from.category;
        to.seq = from.seq;
        to.name = from.name;
        to.unit = from.unit;
        to.subItem = from.subItem;
        to.definitionCode = from.definitionCode;
        to.baselineYear = from.baselineYear;
        to.baselineRaw = from.baselineRaw;
        to.baselineValue = keep(to.baselineValue, from.baselineValue);
        to.targetYear = from.targetYear;
        to.targetRaw = from.targetRaw;
        to.targetComparator = from.targetComparator;
        to.targetValue = keep(to.targetValue, from.targetValue);
        if (!sameUppers(to.upperTargets, from.upperTargets)) {
            to.upperTargets.clear();
            to.upperTargets.addAll(from.upperTargets);
        }
        to.nature = from.nature;
        to.remarks = from.remarks;
    }

    /** The new number, unless it equals the old one (so that an unchanged row is not rewritten). */
    private static BigDecimal keep(BigDecimal old, BigDecimal fresh) {
        return old != null && fresh != null && old.compareTo(fresh) == 0 && old.scale() == fresh.scale() ? old : fresh;
    }
}
