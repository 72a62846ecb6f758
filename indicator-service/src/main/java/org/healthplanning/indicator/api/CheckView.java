package org.healthplanning.indicator.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One finding of the plan checks, naming the row it concerns. */
@Schema(name = "PlanCheck", description = "One finding of the plan checks, naming the row it concerns")
@JsonPropertyOrder({"code", "severity", "indicatorId", "seq", "name", "subItem", "message"})
public record CheckView(@Schema(required = true, examples = "TARGET_MET_AT_BASELINE", description = "The check that found it",
                                enumeration = {"TARGET_MET_AT_BASELINE", "WEAKER_THAN_UPPER_TARGET", "MISSING_BASELINE",
                                        "DIRECTION_UNKNOWN", "UNIT_DIFFERS_FROM_DEFINITION", "BASELINE_DIFFERS_FROM_PREDECESSOR"}) String code,
                        @Schema(required = true, examples = "WARNING", enumeration = {"WARNING", "INFO"}, description = "How serious the finding is") String severity,
                        @Schema(required = true, examples = "19", description = "The indicator row's id") Long indicatorId,
                        @Schema(nullable = true, examples = "3", description = "The row's sequence number as printed") String seq,
                        @Schema(required = true, examples = "孕产妇死亡率") String name,
                        @Schema(nullable = true, examples = "门诊") String subItem,
                        @Schema(required = true, examples = "Row 3 孕产妇死亡率: the baseline 0 already meets the target ≤10") String message) {
}
