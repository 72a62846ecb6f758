package org.healthplanning.indicator.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.healthplanning.indicator.domain.Direction;
import org.healthplanning.indicator.domain.DirectionRules;
import org.healthplanning.indicator.domain.IndicatorDefinition;
import org.healthplanning.indicator.domain.PlanIndicator;

/** The catalogue in memory: definitions by code and by normalised name or alias. */
public final class DefinitionIndex {
    private final Map<String, IndicatorDefinition> byCode = new HashMap<>();
    private final Map<String, String> codeByName = new HashMap<>();

    public DefinitionIndex(List<IndicatorDefinition> definitions) {
        for (IndicatorDefinition d : definitions) {
            byCode.put(d.code, d);
            codeByName.putIfAbsent(normalise(d.name), d.code);
            for (String a : d.aliases) {
                codeByName.putIfAbsent(normalise(a), d.code);
            }
        }
    }

    public IndicatorDefinition get(String code) {
        return code == null ? null : byCode.get(code);
    }

    /** The code of the definition whose name or alias is this printed name, or null. */
    public String match(String name) {
        if (name == null) {
            return null;
        }
        String n = normalise(name);
        String code = codeByName.get(n);
        if (code == null && n.endsWith(")") && n.indexOf('(') > 0) {
            // a trailing unit in brackets, as in 人均预期寿命（岁）
            code = codeByName.get(n.substring(0, n.lastIndexOf('(')));
        }
        return code;
    }

    /** The effective direction of a row (null when unknown); see {@link #directed}. */
    public Direction direction(PlanIndicator row) {
        return directed(row).direction();
    }

    /** The effective direction of a row and its source: its definition's, else the row's comparator, name or baseline → target. */
    public DirectionRules.Directed directed(PlanIndicator row) {
        IndicatorDefinition d = get(row.definitionCode);
        return DirectionRules.of(d == null ? null : d.direction, row.name, row.baselineValue, row.targetComparator, row.targetValue);
    }

    /** Spaces dropped, full-width brackets and letters folded, for name matching. */
    public static String normalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            if (c == '（') {
                sb.append('(');
            } else if (c == '）') {
                sb.append(')');
            } else if (c >= '！' && c <= '～') {
                sb.append((char) (c - 0xFEE0));
            } else {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
