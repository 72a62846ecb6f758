package org.healthplanning.indicator.api;

import org.healthplanning.http.DomainException;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: comma separated, fields quoted when they hold a comma, quote or line break. */
public final class Csv {
    public static final String MEDIA_TYPE = "text/csv";

    private Csv() {
    }

    /** Parses the text into records of fields; a leading byte-order mark is skipped. */
    public static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        if (text == null) {
            return records;
        }
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    any = true;
                }
                case ',' -> {
                    record.add(field.toString());
                    field.setLength(0);
                    any = true;
                }
                case '\r' -> { }
                case '\n' -> {
                    record.add(field.toString());
                    field.setLength(0);
                    if (any || record.size() > 1 || !record.get(0).isEmpty()) {
                        records.add(record);
                    }
                    record = new ArrayList<>();
                    any = false;
                }
                default -> {
                    field.append(c);
                    any = true;
                }
            }
        }
        if (quoted) {
            throw DomainException.invalid("body", "CSV has an unterminated quoted field");
        }
        if (any || !field.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    public static String write(List<List<String>> records) {
        StringBuilder sb = new StringBuilder();
        for (List<String> r : records) {
            for (int i = 0; i < r.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(quote(r.get(i)));
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    static String quote(String v) {
        if (v == null) {
            return "";
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || (!v.isEmpty() && (Character.isWhitespace(v.charAt(0)) || Character.isWhitespace(v.charAt(v.length() - 1))))) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
