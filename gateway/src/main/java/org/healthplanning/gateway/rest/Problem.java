package org.healthplanning.gateway.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document; {@code backend} names the service a 503/504 is about. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(examples = "/problems/backend-unavailable") String type,
        @Schema(examples = "Service unavailable") String title,
        @Schema(examples = "503") int status,
        @Schema(examples = "project-service is not reachable") String detail,
        @Schema(examples = "/api/v1/projects") String instance,
        List<FieldError> errors,
        @Schema(examples = "project-service") String backend) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError")
    public record FieldError(@Schema(examples = "year") String field,
                             @Schema(examples = "must be a year such as 2025") String message) {
    }
}
