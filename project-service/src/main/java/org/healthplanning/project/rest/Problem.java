package org.healthplanning.project.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document, with the offending fields on a 400. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(examples = "/problems/validation") String type,
        @Schema(examples = "Invalid request") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "regionCode: must not be blank") String detail,
        @Schema(examples = "/api/v1/plans") String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String UNAUTHORIZED_EXAMPLE = """
            {"type": "/problems/unauthorized", "title": "Unauthorized", "status": 401,
             "detail": "A valid bearer token is required", "instance": "/api/v1/projects"}""";
    public static final String FORBIDDEN_EXAMPLE = """
            {"type": "/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "Your token may write regions [500151], not 500103 (project 12)", "instance": "/api/v1/projects/12"}""";

    @Schema(name = "FieldError")
    public record FieldError(@Schema(examples = "regionCode") String field,
                             @Schema(examples = "must not be blank") String message) {
    }
}
