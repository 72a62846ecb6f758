package org.healthplanning.platform.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns one import understands, by heading: each field of the import's CSV form answers to its own name
 * (compared ignoring case) and to the headings plans print (指标名称, 建筑面积, 总投资 …). A heading is compared after
 * {@link #normalise normalising}: white space removed, full-width brackets made plain, and a trailing unit in
 * brackets ({@code 总投资（万元）}, {@code investment10kCny (万元)}) taken apart — a field that declares its units
 * accepts only those, so that a column in 亿元 is refused rather than read as 万元.
 * <p>
 * A year heading ({@code 2020年}, {@code 2020年实际值}, {@code 2025年目标值}) fills a pair of fields: the value's and,
 * in every row, the year's. Fields that a printed table gives once for several rows (a category in a merged cell)
 * are carried down: an empty cell takes the value above.
 */
public final class SheetSchema {
    /** How a cell is read: as the text it shows, or as a number (a dash such as "－" is then no value). */
    public enum Kind { TEXT, NUMBER }

    /** A year heading: {@code valueField} takes the column, {@code yearField} the year, for headings ending in one of the words. */
    public record YearHeading(String valueField, String yearField, List<String> words) {
    }

    /** What a heading names: a field and the values it implies for every row (a year heading's year). */
    public record Match(String field, Map<String, String> implied) {
    }

    private final Map<String, String> aliases = new HashMap<>();
    private final Map<String, Kind> kinds = new HashMap<>();
    private final Map<String, Set<String>> units = new HashMap<>();
    private final List<String> carried = new ArrayList<>();
    private final List<YearHeading> years = new ArrayList<>();
    private Predicate<String> apiNames = s -> false;
    private Predicate<String> numericApiNames = s -> false;

    /** A field, its kind and the printed headings that name it besides its own name. */
    public SheetSchema field(String field, Kind kind, String... headings) {
        kinds.put(field, kind);
        aliases.put(key(field), field);
        for (String h : headings) {
            aliases.put(key(normalise(h).text()), field);
        }
        return this;
    }

    /** The only units a field's heading may give in brackets (㎡, 万元, 亩 …). */
    public SheetSchema units(String field, String... accepted) {
        Set<String> set = new HashSet<>();
        for (String u : accepted) {
            set.add(unitKey(u));
        }
        units.put(field, set);
        return this;
    }

    /** Fields whose empty cell takes the value above (a merged or once-printed category). */
    public SheetSchema carryDown(String... fields) {
        carried.addAll(List.of(fields));
        return this;
    }

    /**
     * Year headings of a pair of fields, e.g. baseline ({@code 2020年实际值}) and target ({@code 2025年目标值}): a year
     * heading ending in one of the first's words is the first's, in one of the second's the second's; a bare year
     * ({@code 2020年}) is whichever of the two no other column takes, and of two bare years the earlier is the first.
     */
    public SheetSchema years(YearHeading earlier, YearHeading later) {
        years.clear();
        years.add(earlier);
        years.add(later);
        kinds.putIfAbsent(earlier.valueField, Kind.TEXT);
        kinds.putIfAbsent(later.valueField, Kind.TEXT);
        kinds.putIfAbsent(earlier.yearField, Kind.NUMBER);
        kinds.putIfAbsent(later.yearField, Kind.NUMBER);
        return this;
    }

    /** Further field names of the CSV form that a pattern describes ({@code upperTargets.0.raw}); {@code numeric} tells their kind. */
    public SheetSchema apiNames(Predicate<String> names, Predicate<String> numeric) {
        this.apiNames = names;
        this.numericApiNames = numeric;
        return this;
    }

    public List<String> carried() {
        return carried;
    }

    public Kind kind(String field) {
        Kind k = kinds.get(field);
        return k != null ? k : numericApiNames.test(field) ? Kind.NUMBER : Kind.TEXT;
    }

    /** A heading's text without white space, with plain brackets, and its trailing unit in brackets (null without one). */
    public record Heading(String text, String unit) {
    }

    public static Heading normalise(String heading) {
        if (heading == null) {
            return new Heading("", null);
        }
        String s = heading.replace('（', '(').replace('）', ')').replace('\u3000', ' ').replace('\u00A0', ' ')
                .replaceAll("[\\s*＊]+", "");
        Matcher m = TRAILING_UNIT.matcher(s);
        if (m.matches() && !m.group(1).isEmpty()) {
            return new Heading(m.group(1), m.group(2));
        }
        return new Heading(s, null);
    }

    private static final Pattern TRAILING_UNIT = Pattern.compile("^(.*)\\(([^()]*)\\)$");
    private static final Pattern YEAR = Pattern.compile("^((?:19|20|21)\\d\\d)年?(.*)$");

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static String unitKey(String unit) {
        return unit.replaceAll("\\s+", "").replace("平方米", "㎡").replace("m2", "㎡").replace("m²", "㎡").replace("M2", "㎡")
                .toLowerCase(Locale.ROOT);
    }

    /** The field a whole heading (with brackets) or its text before a trailing unit names; null when none. */
    String fieldOf(String rawHeading) {
        String whole = normalise(rawHeading).text + (normalise(rawHeading).unit == null ? "" : "(" + normalise(rawHeading).unit + ")");
        String field = aliases.get(key(whole));
        if (field == null && apiNames.test(whole)) {
            field = whole;
        }
        if (field != null) {
            return field;
        }
        String text = normalise(rawHeading).text;
        field = aliases.get(key(text));
        if (field == null && apiNames.test(text)) {
            field = text;
        }
        return field;
    }

    /** Whether the whole heading (not its text before the brackets) names a field: its brackets are then no unit. */
    private boolean namesWhole(String rawHeading) {
        Heading h = normalise(rawHeading);
        if (h.unit == null) {
            return false;
        }
        String whole = h.text + "(" + h.unit + ")";
        return aliases.containsKey(key(whole)) || apiNames.test(whole);
    }

    /** A unit problem of a heading for its field: null when the unit is accepted or the field declares none. */
    String unitProblem(String rawHeading, String field) {
        Heading h = normalise(rawHeading);
        Set<String> accepted = units.get(field);
        if (h.unit == null || accepted == null || namesWhole(rawHeading)) {
            return null;
        }
        if (accepted.contains(unitKey(h.unit))) {
            return null;
        }
        return "the unit '" + h.unit + "' is not the field's; give the column in " + String.join(" or ", accepted);
    }

    /**
     * The fields of a header row's headings (column index → match); headings it does not know are left out. Year
     * headings are shared out between the pair as {@link #years} says.
     */
    Map<Integer, Match> match(Map<Integer, String> headings) {
        Map<Integer, Match> out = new LinkedHashMap<>();
        Map<Integer, Integer> bare = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Map.Entry<Integer, String> e : headings.entrySet()) {
            String field = fieldOf(e.getValue());
            if (field != null) {
                out.put(e.getKey(), new Match(field, Map.of()));
                taken.add(field);
                continue;
            }
            if (years.isEmpty()) {
                continue;
            }
            Matcher m = YEAR.matcher(normalise(e.getValue()).text);
            if (!m.matches()) {
                continue;
            }
            String words = m.group(2);
            String year = m.group(1);
            if (words.isEmpty()) {
                bare.put(e.getKey(), Integer.parseInt(year));
                continue;
            }
            for (YearHeading y : years) {
                if (y.words.contains(words)) {
                    out.put(e.getKey(), new Match(y.valueField, Map.of(y.yearField, year)));
                    taken.add(y.valueField);
                    break;
                }
            }
        }
        if (!bare.isEmpty()) {
            List<YearHeading> free = years.stream().filter(y -> !taken.contains(y.valueField)).toList();
            List<Map.Entry<Integer, Integer>> byYear = new ArrayList<>(bare.entrySet());
            byYear.sort(Map.Entry.comparingByValue());
            for (int i = 0; i < byYear.size() && i < free.size(); i++) {
                YearHeading y = free.get(byYear.size() == 1 && free.size() == 2 ? 0 : i);
                out.put(byYear.get(i).getKey(), new Match(y.valueField, Map.of(y.yearField, String.valueOf(byYear.get(i).getValue()))));
            }
        }
        return out;
    }
}
