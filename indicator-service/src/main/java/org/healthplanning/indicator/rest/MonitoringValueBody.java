package org.healthplanning.indicator.rest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.healthplanning.indicator.domain.MonitoringValue;

/** An annual monitoring value of a plan indicator row, as read and written. */
@Schema(name = "MonitoringValue", description = "Annual monitoring value (年度监测) of one indicator row")
@JsonPropertyOrder({"indicatorId", "year", "value", "raw", "status", "source", "note", "version"})
public record MonitoringValueBody(
        @Schema(examples = "17", description = "The plan indicator row (bulk import rows only; read-only elsewhere)") Long indicatorId,
        @Schema(examples = "2023") Integer year,
        @Schema(examples = "79.0") BigDecimal value,
        @Schema(examples = "79.0", description = "As printed in the source; the value is parsed from it when absent") String raw,
        @Schema(examples = "FINAL", enumeration = {"PROVISIONAL", "FINAL"}) String status,
        @Schema(examples = "铜梁区卫生健康统计年鉴2023") String source,
        String note,
        @Schema(examples = "0") Long version) {

    public static MonitoringValueBody of(MonitoringValue v) {
        return new MonitoringValueBody(v.indicatorId, v.year, v.value, v.raw, v.status == null ? null : v.status.name(),
                v.source, v.note, v.version);
    }
}
