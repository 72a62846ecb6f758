package org.healthplanning.facility.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import org.healthplanning.platform.sync.DeletionTypes;

/**
 * The resource types whose deletions this service lists at {@code GET /api/v1/deletions}, named as in the audit
 * trail. The rows are written by the database triggers of migrations V21 and V22 (cascaded deletions included).
 */
@ApplicationScoped
public class FacilityDeletionTypes implements DeletionTypes {
    private static final Map<String, String> KEYS;

    static {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("region", "code");
        keys.put("population", "regionCode/year");
        keys.put("reported-totals", "regionCode/year");
        keys.put("published-ratio", "regionCode/year/metric");
        keys.put("facility", "code");
        keys.put("facility-resources", "facilityCode/year");
        keys.put("standard", "code");
        KEYS = Map.copyOf(keys);
    }

    @Override
    public Map<String, String> keys() {
        return KEYS;
    }
}
