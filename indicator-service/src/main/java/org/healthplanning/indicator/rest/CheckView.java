package org.healthplanning.indicator.rest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One finding of the plan checks, naming the row it concerns. */
@Schema(name = "PlanCheck")
@JsonPropertyOrder({"code", "severity", "indicatorId", "seq", "name", "subItem", "message"})
public record CheckView(@Schema(examples = "TARGET_MET_AT_BASELINE") String code,
                        @Schema(examples = "WARNING", enumeration = {"WARNING", "INFO"}) String severity,
                        @Schema(examples = "19") Long indicatorId,
                        @Schema(examples = "3") String seq,
                        @Schema(examples = "孕产妇死亡率") String name,
                        String subItem,
                        @Schema(examples = "Row 3 孕产妇死亡率: the baseline 0 already meets the target ≤10") String message) {
}
