package org.healthplanning.indicator.mapping;

import org.healthplanning.indicator.api.MonitoringValueBody;
import org.healthplanning.indicator.domain.MonitoringValue;

/**
 * Converts a monitoring value to its API type. Written values are checked and parsed (raw text against
 * value, status, year) by the service, which collects every field error.
 */
public final class MonitoringValueMapper {
    private MonitoringValueMapper() {
    }

    public static MonitoringValueBody toApi(MonitoringValue v) {
        return new MonitoringValueBody(v.indicatorId, v.year, v.value, v.raw, v.status == null ? null : v.status.name(),
                v.source, v.note, v.version, v.approvalState == null ? null : v.approvalState.name(),
                v.planCode, v.createdAt, v.updatedAt);
    }
}
