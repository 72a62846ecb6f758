package org.healthplanning.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document. Its schema is the suite's one {@code Problem} (the same as the
 * backends' shared one); {@code backend}, naming the service a 502/503/504 is about, is an
 * extension member the schema allows through {@code additionalProperties}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors", "backend"})
@Schema(name = "Problem", description = "RFC 9457 problem details. `type` is a URI reference that resolves, "
        + "through the gateway, to a page describing the problem type; a 400 lists every offending field in `errors`.",
        additionalProperties = Schema.True.class)
public record Problem(
        @Schema(required = true, description = "The problem type, a URI reference (resolves at the gateway)",
                examples = "/problems/validation") String type,
        @Schema(required = true, description = "Short summary of the problem type", examples = "Invalid request") String title,
        @Schema(required = true, description = "The HTTP status code", minimum = "400", maximum = "599", examples = "400") int status,
        @Schema(description = "What went wrong in this occurrence", examples = "regionCode: must not be blank") String detail,
        @Schema(description = "The request path of this occurrence", examples = "/api/v1/plans") String instance,
        @Schema(description = "Every offending field (400 only)", nullable = true) List<FieldError> errors,
        @Schema(hidden = true) String backend) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A field that failed ({@code row} is only set by the backends' bulk imports). */
    @Schema(name = "FieldError", description = "One offending field")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"row", "field", "message"})
    public record FieldError(
            @Schema(description = "Row of a bulk import: data rows count from 1, 0 is a CSV header", nullable = true,
                    type = SchemaType.INTEGER, format = "int32", minimum = "0", examples = "3") Integer row,
            @Schema(required = true, description = "The field, path segment ('path') or query parameter", examples = "regionCode") String field,
            @Schema(required = true, description = "What is wrong with it", examples = "must not be blank") String message) {
        public FieldError(String field, String message) {
            this(null, field, message);
        }
    }
}
