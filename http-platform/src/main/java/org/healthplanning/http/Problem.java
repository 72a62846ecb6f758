package org.healthplanning.http;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document: every refusal and failure of every service has this shape, with the
 * offending fields in {@code errors} on a 400 and, for imports, the import report beside them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
@Schema(name = "Problem", description = "RFC 9457 problem details. `type` is a URI reference that resolves, "
        + "through the gateway, to a page describing the problem type; a 400 lists every offending field in `errors`.",
        additionalProperties = Schema.True.class)
public final class Problem {
    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(required = true, description = "The problem type, a URI reference (resolves at the gateway)", examples = "/problems/validation")
    public final String type;
    @Schema(required = true, description = "Short summary of the problem type", examples = "Invalid request")
    public final String title;
    @Schema(required = true, description = "The HTTP status code", minimum = "400", maximum = "599", examples = "400")
    public final int status;
    @Schema(description = "What went wrong in this occurrence", examples = "regionCode: must not be blank")
    public final String detail;
    @Schema(description = "The request path of this occurrence", examples = "/api/v1/plans")
    public final String instance;
    @Schema(description = "Every offending field (400 only)", nullable = true)
    public final List<FieldError> errors;
    @Schema(hidden = true)
    private final Map<String, Object> extensions;

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors,
                   Map<String, Object> extensions) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.errors = errors;
        this.extensions = extensions == null ? Map.of() : new LinkedHashMap<>(extensions);
    }

    public String type() { return type; }
    public String title() { return title; }
    public int status() { return status; }
    public String detail() { return detail; }
    public String instance() { return instance; }
    public List<FieldError> errors() { return errors; }

    /** Extra members (e.g. an import's {@code imported} and {@code warnings}), written beside the standard ones. */
    @JsonAnyGetter
    @Schema(hidden = true)
    public Map<String, Object> extensions() {
        return extensions;
    }

    /**
     * A field that failed; {@code row} (from 1) is set for bulk imports, {@code sheet}, {@code column} and
     * {@code heading} for spreadsheets (whose {@code row} is then the sheet's row number as a spreadsheet program shows it).
     */
    @Schema(name = "FieldError", description = "One offending field")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"sheet", "row", "column", "heading", "field", "message"})
    public record FieldError(
            @Schema(description = "Row of a bulk import: data rows count from 1, 0 is a CSV header; in a spreadsheet (XLSX) import "
                    + "the sheet's row number as a spreadsheet program shows it (1 = the first row of the sheet)", nullable = true,
                    type = SchemaType.INTEGER, format = "int32", minimum = "0", examples = "3") Integer row,
            @Schema(required = true, description = "The field, path segment ('path') or query parameter", examples = "regionCode") String field,
            @Schema(required = true, description = "What is wrong with it", examples = "must not be blank") String message,
            @Schema(description = "Spreadsheet imports: the name of the sheet (worksheet tab) read", nullable = true, examples = "Sheet1")
            String sheet,
            @Schema(description = "Spreadsheet imports: the column's letter as a spreadsheet program shows it", nullable = true,
                    pattern = "^[A-Z]{1,3}$", examples = "E") String column,
            @Schema(description = "Spreadsheet imports: the column's heading as written in the sheet", nullable = true,
                    examples = "建筑面积（㎡）") String heading) {
        public FieldError(Integer row, String field, String message) {
            this(row, field, message, null, null, null);
        }

        public FieldError(String field, String message) {
            this(null, field, message);
        }
    }
}
