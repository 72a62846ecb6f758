package org.healthplanning.platform.sheet;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.healthplanning.http.DomainException;

/**
 * The forms a read that planning officers take into a spreadsheet program can answer in: JSON, CSV, CSV with a
 * UTF-8 byte-order mark (so that Excel opens Chinese text correctly) and XLSX. The form is chosen by
 * {@code ?format=} (for a plain browser link) or else by the request's {@code Accept} header.
 */
public enum ExportFormat {
    JSON("json", MediaType.APPLICATION_JSON),
    CSV("csv", ExportFormat.CSV_TYPE),
    /** CSV as UTF-8 with a leading byte-order mark (EF BB BF): only by {@code ?format=csv-bom}. */
    CSV_BOM("csv-bom", ExportFormat.CSV_TYPE),
    XLSX("xlsx", ExportFormat.XLSX_TYPE);

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV_TYPE = "text/csv";
    /** The query parameter that chooses the form. */
    public static final String PARAMETER = "format";
    /** The value of {@code format} that names this form. */
    public final String value;
    public final String mediaType;

    ExportFormat(String value, String mediaType) {
        this.value = value;
        this.mediaType = mediaType;
    }

    /** Every form: the reports' (evaluation, summaries, ratios, gaps) choice. */
    public static final Set<ExportFormat> ALL = EnumSet.allOf(ExportFormat.class);
    /** The forms of an export without a JSON form. */
    public static final Set<ExportFormat> FILES = EnumSet.of(CSV, CSV_BOM, XLSX);

    /** The media type of the answer, with the charset for text. */
    public String contentType() {
        return this == JSON ? MediaType.APPLICATION_JSON : this == XLSX ? XLSX_TYPE : CSV_TYPE + "; charset=UTF-8";
    }

    /** The file extension of an attachment in this form. */
    public String extension() {
        return this == CSV_BOM ? "csv" : value;
    }

    /** A {@code Content-Disposition} value naming a file of this form. */
    public String attachment(String baseName) {
        return "attachment; filename=\"" + baseName.replaceAll("[^A-Za-z0-9._-]", "_") + "." + extension() + "\"";
    }

    /**
     * The form to answer: {@code ?format=} when given (a value not offered is a 400 naming {@code format}), else the
     * most preferred media type of {@code Accept} that is offered ({@code *}&#47;{@code *}, {@code application/*},
     * {@code text/*} and no Accept at all take {@code fallback}; a workbook only when no other offered form is as
     * acceptable); a 406 when Accept names only forms not offered.
     */
    public static ExportFormat choose(String format, HttpHeaders headers, ExportFormat fallback, Set<ExportFormat> offered) {
        if (format != null) {
            String f = format.trim().toLowerCase(Locale.ROOT);
            for (ExportFormat candidate : offered) {
                if (candidate.value.equals(f)) {
                    return candidate;
                }
            }
            throw DomainException.invalid(PARAMETER, "'" + format + "' is not one of " + values(offered));
        }
        List<MediaType> accepted = headers == null ? List.of() : headers.getAcceptableMediaTypes();
        if (accepted == null || accepted.isEmpty()) {
            return fallback;
        }
        ExportFormat workbook = null;
        double workbookQ = 0;
        for (MediaType m : accepted) {
            double q = quality(m);
            if (q <= 0) {
                continue;
            }
            if (workbook != null && (q < workbookQ || m.isWildcardType() || m.isWildcardSubtype())) {
                return workbook;
            }
            if (m.isWildcardType()) {
                return fallback;
            }
            String type = m.getType().toLowerCase(Locale.ROOT);
            String sub = m.getSubtype().toLowerCase(Locale.ROOT);
            if (m.isWildcardSubtype()) {
                if (type.equals(fallback.mediaType.substring(0, fallback.mediaType.indexOf('/')))) {
                    return fallback;
                }
                for (ExportFormat candidate : offered) {
                    if (candidate != CSV_BOM && candidate.mediaType.startsWith(type + "/")) {
                        return candidate;
                    }
                }
                continue;
            }
            if (type.equals("application") && (sub.equals("json") || sub.endsWith("+json")) && offered.contains(JSON)) {
                return JSON;
            }
            if (type.equals("text") && sub.equals("csv") && offered.contains(CSV)) {
                return CSV;
            }
            // a workbook only to a request that prefers it: a form named as acceptable beside it wins
            // (a generated client's Accept lists every form an operation documents)
            if ((type + "/" + sub).equals(XLSX_TYPE) && offered.contains(XLSX) && workbook == null) {
                workbook = XLSX;
                workbookQ = q;
            }
        }
        if (workbook != null) {
            return workbook;
        }
        throw new NotAcceptableException("Nothing this operation answers with is acceptable; it answers " + mediaTypes(offered));
    }

    private static double quality(MediaType m) {
        try {
            return Double.parseDouble(m.getParameters().getOrDefault("q", "1"));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String values(Set<ExportFormat> offered) {
        return offered.stream().map(f -> f.value).collect(Collectors.joining(", "));
    }

    private static String mediaTypes(Set<ExportFormat> offered) {
        return offered.stream().map(f -> f.mediaType).distinct().collect(Collectors.joining(", "));
    }

    /**
     * The media types a path answers with, for a 406 (the paths that offer a choice of form end in these): every
     * form on exports and reports, JSON elsewhere.
     */
    public static String answeredBy(String path) {
        if (path != null && (path.endsWith("/export") || path.endsWith("/evaluation") || path.endsWith("/project-summary")
                || path.endsWith("/ratios/series") || path.endsWith("/gaps"))) {
            return "application/json, text/csv or " + XLSX_TYPE + " (?format=json|csv|csv-bom|xlsx chooses one)";
        }
        return "application/json";
    }
}
