package org.healthplanning.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a problem type URI (/problems/{type}) means. */
@Schema(name = "ProblemType", description = "The description of a problem type used in the `type` of a Problem")
public record ProblemType(
        @Schema(required = true, description = "The problem type URI reference", examples = "/problems/not-found") String type,
        @Schema(required = true, description = "Short summary of the problem type", examples = "Not found") String title,
        @Schema(required = true, description = "The HTTP status code answered with it", minimum = "400", maximum = "599",
                examples = "404") int status,
        @Schema(required = true, description = "What it means and what to do",
                examples = "The resource named by the path does not exist. Check the code or id.") String description,
        @Schema(description = "The same in Chinese", examples = "路径所指的资源不存在。请检查编码或编号。") String descriptionZh) {
}
