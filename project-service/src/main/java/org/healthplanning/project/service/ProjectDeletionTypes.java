package org.healthplanning.project.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.healthplanning.platform.sync.DeletionTypes;

/**
 * The resource types whose deletions this service records in table {@code deletion} (database triggers,
 * V21__change_tracking.sql) and {@code GET /api/v1/deletions} answers; the names are the audit trail's.
 */
@ApplicationScoped
public class ProjectDeletionTypes implements DeletionTypes {
    private static final Map<String, String> KEYS = Map.of(
            ProjectService.AUDIT_TYPE, "id",
            DeclaredTotalsService.AUDIT_TYPE, "planCode");

    @Override
    public Map<String, String> keys() {
        return KEYS;
    }
}
