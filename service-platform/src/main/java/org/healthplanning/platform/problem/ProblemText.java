package org.healthplanning.platform.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthplanning.http.Problem;

/**
 * Keeps the parser's and the framework's internals out of what a client is told. JSON parsing and
 * binding messages quote Java classes, methods and settings ({@code `java.lang.Integer`},
 * {@code (1000, from `StreamReadConstraints.getMaxNestingDepth()`)}, {@code [Source: REDACTED
 * (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 5]},
 * {@code (through reference chain: org.…Plan["regionCode"])}); a problem's detail and messages keep
 * what they say about the input (a value, a line and column, a limit) without them.
 */
public final class ProblemText {
    private static final Pattern SOURCE = Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)]");
    private static final Pattern TRAILING_LOCATION = Pattern.compile("\\s*\\R\\s*at line \\d+, column \\d+\\s*$");
    private static final Pattern REFERENCE_CHAIN = Pattern.compile("\\s*\\(through reference chain: [^)]*\\)");
    private static final Pattern FROM_SETTING = Pattern.compile(",\\s*from `[^`]*`");
    private static final Pattern BY_SETTING = Pattern.compile("\\s*\\((?:by|for) `[^`]*`[^)]*\\)");
    private static final Pattern CLASS_NOTE = Pattern.compile("\\s*\\(class [\\w.$]+\\)");
    private static final Pattern QUOTED = Pattern.compile("`([^`]*)`");
    private static final Pattern QUALIFIED = Pattern.compile("\\b(?:java|javax|jakarta|org|com|io|sun)\\.(?:[a-z_][\\w$]*\\.)*([A-Z][\\w$]*)\\b");
    private static final Pattern METHOD = Pattern.compile("\\b[A-Z][\\w$]*\\.[a-z][\\w$]*\\(\\)");
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("String", "text"), Map.entry("Character", "text"), Map.entry("char", "text"),
            Map.entry("Integer", "whole number"), Map.entry("int", "whole number"), Map.entry("Long", "whole number"),
            Map.entry("long", "whole number"), Map.entry("Short", "whole number"), Map.entry("short", "whole number"),
            Map.entry("BigInteger", "whole number"), Map.entry("Byte", "whole number"), Map.entry("byte", "whole number"),
            Map.entry("BigDecimal", "number"), Map.entry("Double", "number"), Map.entry("double", "number"),
            Map.entry("Float", "number"), Map.entry("float", "number"), Map.entry("Number", "number"),
            Map.entry("Boolean", "boolean (true or false)"), Map.entry("boolean", "boolean (true or false)"),
            Map.entry("LocalDate", "date (YYYY-MM-DD)"), Map.entry("Instant", "instant (ISO-8601)"),
            Map.entry("OffsetDateTime", "date and time (ISO-8601)"), Map.entry("List", "array"),
            Map.entry("Set", "array"), Map.entry("Collection", "array"), Map.entry("ArrayList", "array"),
            Map.entry("Map", "object"), Map.entry("LinkedHashMap", "object"), Map.entry("HashMap", "object"),
            Map.entry("JsonNode", "JSON value"), Map.entry("ObjectNode", "object"), Map.entry("ArrayNode", "array"));

    private ProblemText() {
    }

    /** The text without class, method and setting names; null stays null. */
    public static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = SOURCE.matcher(text).replaceAll("line $1, column $2");
        s = TRAILING_LOCATION.matcher(s).replaceAll("");
        s = REFERENCE_CHAIN.matcher(s).replaceAll("");
        s = FROM_SETTING.matcher(s).replaceAll("");
        s = BY_SETTING.matcher(s).replaceAll("");
        s = CLASS_NOTE.matcher(s).replaceAll("");
        Matcher quoted = QUOTED.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (quoted.find()) {
            quoted.appendReplacement(sb, Matcher.quoteReplacement(kind(quoted.group(1))));
        }
        quoted.appendTail(sb);
        s = sb.toString();
        s = METHOD.matcher(s).replaceAll("a limit");
        s = QUALIFIED.matcher(s).replaceAll(m -> Matcher.quoteReplacement(kind(m.group(1))));
        return s;
    }

    /** Each error with its message cleaned; null stays null. */
    public static List<Problem.FieldError> clean(List<Problem.FieldError> errors) {
        if (errors == null) {
            return null;
        }
        List<Problem.FieldError> out = new ArrayList<>(errors.size());
        for (Problem.FieldError e : errors) {
            out.add(e == null ? null : new Problem.FieldError(e.row(), e.field(), clean(e.message()), e.sheet(), e.column(), e.heading()));
        }
        return out;
    }

    /** The problem with its detail and error messages cleaned (the same object when nothing changes). */
    public static Problem clean(Problem p) {
        String detail = clean(p.detail());
        List<Problem.FieldError> errors = clean(p.errors());
        if (java.util.Objects.equals(detail, p.detail()) && java.util.Objects.equals(errors, p.errors())) {
            return p;
        }
        return new Problem(p.type(), p.title(), p.status(), detail, p.instance(), errors, p.extensions());
    }

    /** What a quoted Java type or member stands for, in the API's words. */
    private static String kind(String quoted) {
        String name = quoted.trim();
        if (name.endsWith("()")) {
            return "a limit";
        }
        int generic = name.indexOf('<');
        if (generic > 0) {
            name = name.substring(0, generic);
        }
        if (name.endsWith("[]")) {
            return "array";
        }
        int dot = name.lastIndexOf('.');
        String simple = dot >= 0 ? name.substring(dot + 1) : name;
        String kind = KINDS.get(simple);
        if (kind != null) {
            return kind;
        }
        if (dot >= 0 || (!simple.isEmpty() && Character.isUpperCase(simple.charAt(0)) && simple.matches("[\\w$]+"))) {
            return "value";
        }
        return "'" + quoted + "'";
    }
}
