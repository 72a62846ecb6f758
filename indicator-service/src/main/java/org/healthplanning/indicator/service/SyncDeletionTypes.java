package org.healthplanning.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.healthplanning.platform.sync.DeletionTypes;

/**
 * The resource types the deletion feed ({@code GET /api/v1/deletions}) lists for this service, named as in
 * the audit trail, with their keys. The rows are written by the triggers of migration V21, cascaded deletions
 * included (deleting a plan lists its rows and their values).
 */
@ApplicationScoped
public class SyncDeletionTypes implements DeletionTypes {
    private static final Map<String, String> KEYS = Map.of(
            PlanService.AUDIT_TYPE, "planCode",
            PlanIndicatorService.AUDIT_TYPE, "planCode/id",
            MonitoringValueService.AUDIT_TYPE, "planCode/indicatorId/year",
            DefinitionService.AUDIT_TYPE, "code");

    @Override
    public Map<String, String> keys() {
        return KEYS;
    }
}
