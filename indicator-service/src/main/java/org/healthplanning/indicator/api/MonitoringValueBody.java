package org.healthplanning.indicator.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An annual monitoring value of a plan indicator row, as read and written. */
@Schema(name = "MonitoringValue", description = "Annual monitoring value (年度监测) of one indicator row")
@JsonPropertyOrder({"indicatorId", "year", "value", "raw", "status", "source", "note", "version", "approvalState", "planCode", "createdAt", "updatedAt"})
public record MonitoringValueBody(
        @Schema(nullable = true, examples = "17", description = "The plan indicator row's id (bulk import rows only; read-only elsewhere)") Long indicatorId,
        @Schema(nullable = true, examples = "2023", minimum = "1949", maximum = "2100", description = "Calendar year of the value (from the path when written one by one)") Integer year,
        @Schema(nullable = true, examples = "79.0", description = "The value in the row's unit (岁, ‰, %, per 1000 residents …); parsed from raw when absent") BigDecimal value,
        @Schema(nullable = true, examples = "79.0", description = "As printed in the source; the value is parsed from it when absent") String raw,
        @Schema(nullable = true, examples = "FINAL", anyOf = ApiEnums.MonitoringValueStatus.class, description = "PROVISIONAL (default) or FINAL") String status,
        @Schema(nullable = true, examples = "铜梁区卫生健康统计年鉴2023") String source,
        @Schema(nullable = true, examples = "2023年快报数") String note,
        @Schema(nullable = true, examples = "0", description = "Incremented on every change (a count); sent as ETag") Long version,
        @Schema(readOnly = true, examples = "DRAFT", enumeration = {"DRAFT", "SUBMITTED", "APPROVED", "RETURNED"},
                description = "The value's approval state, changed only by the plan-year's approval transitions (…/approvals/{year}/submit, approve, "
                        + "return, reopen); a value sent is ignored. New and written values are DRAFT; SUBMITTED and APPROVED values cannot be changed")
        String approvalState,
        @Schema(readOnly = true, examples = "tongliang-14th", description = "Code of the plan the value's row belongs to; a value sent is ignored") String planCode,
        @Schema(readOnly = true, implementation = String.class, format = "date-time", examples = "2026-03-01T08:00:00.123456Z",
                description = "When the value was created (UTC, the creating transaction's start); a value sent is ignored") Instant createdAt,
        @Schema(readOnly = true, implementation = String.class, format = "date-time", examples = "2026-03-02T09:30:00.654321Z",
                description = "When the value last changed (UTC, the writing transaction's start): what updatedAfter compares;"
                        + " a value sent is ignored") Instant updatedAt) {
}
