package org.healthplanning.indicator.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the printed baseline and target cells of an indicator table: {@code ≤10}, {@code ≥93.5},
 * {@code ＜20} (full-width), {@code ≥75%}, {@code 1:1.12} (value 1.12), bare numbers (comparator
 * {@code =}), dashes or empty (no value) and words such as 同比例提高 ({@code qualitative}).
 */
public final class RawValues {
    public static final String QUALITATIVE = "qualitative";
    public static final List<String> COMPARATORS = List.of(">=", "<=", ">", "<", "=", QUALITATIVE);

    private static final Set<String> NO_VALUE = Set.of("", "—", "——", "-", "--", "－", "–", "/", "／", "无", "\\");
    private static final Pattern NUMBER_FORM = Pattern.compile(
            "^(>=|<=|>|<|=)?\\s*(?:1\\s*:\\s*)?([+-]?(?:\\d+(?:\\.\\d+)?|\\.\\d+))\\s*(%|‰)?$");

    private RawValues() {
    }

    public static ParsedRaw parse(String raw) {
        if (raw == null) {
            return ParsedRaw.NONE;
        }
        String s = normalise(raw);
        if (NO_VALUE.contains(s)) {
            return ParsedRaw.NONE;
        }
        String prefixed = words(s);
        Matcher m = NUMBER_FORM.matcher(prefixed);
        if (!m.matches()) {
            return new ParsedRaw(QUALITATIVE, null);
        }
        String comparator = m.group(1) == null ? "=" : m.group(1);
        return new ParsedRaw(comparator, new BigDecimal(m.group(2)));
    }

    private static final Pattern ANY_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    /**
     * Whether free text such as 约79 can stand for {@code value}: it holds no number at all, or one
     * of its numbers equals the value.
     */
    public static boolean mentions(String raw, BigDecimal value) {
        Matcher m = ANY_NUMBER.matcher(normalise(raw));
        boolean any = false;
        while (m.find()) {
            any = true;
            if (new BigDecimal(m.group()).compareTo(value.abs()) == 0) {
                return true;
            }
        }
        return !any;
    }

    /** Full-width forms to their plain equivalents, spaces removed. */
    static String normalise(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (char c : raw.toCharArray()) {
            if (c >= '０' && c <= '９') {
                sb.append((char) ('0' + (c - '０')));
                continue;
            }
            switch (c) {
                case '．', '。' -> sb.append('.');
                case '＜', '〈' -> sb.append('<');
                case '＞', '〉' -> sb.append('>');
                case '≤', '≦', '⩽' -> sb.append("<=");
                case '≥', '≧', '⩾' -> sb.append(">=");
                case '＝' -> sb.append('=');
                case '％' -> sb.append('%');
                case '：' -> sb.append(':');
                case '＋' -> sb.append('+');
                case ' ', '\u3000', '\t', '\u00a0', '\r', '\n' -> { }
                default -> sb.append(c);
            }
        }
        return sb.toString().replace("<==", "<=").replace(">==", ">=");
    }

    /** 不低于 30 / 30以上 and the like, to comparator form. */
    private static String words(String s) {
        for (String[] w : new String[][] {{"不低于", ">="}, {"不少于", ">="}, {"不高于", "<="}, {"不超过", "<="}, {"低于", "<"}, {"高于", ">"}}) {
            if (s.startsWith(w[0])) {
                return w[1] + s.substring(w[0].length());
            }
        }
        for (String[] w : new String[][] {{"以上", ">="}, {"以下", "<="}, {"以内", "<="}}) {
            if (s.endsWith(w[0]) && s.length() > w[0].length() && Character.isDigit(s.charAt(0))) {
                return w[1] + s.substring(0, s.length() - w[0].length());
            }
        }
        return s;
    }
}
