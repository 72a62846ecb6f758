package org.healthplanning.indicator.mapping;

import org.healthplanning.indicator.api.Plan;

/** Converts between the plan entity and its API type. */
public final class PlanMapper {
    private PlanMapper() {
    }

    public static Plan toApi(org.healthplanning.indicator.domain.Plan e) {
        if (e == null) {
            return null;
        }
        Plan b = new Plan();
        b.code = e.code;
        b.regionCode = e.regionCode;
        b.regionName = e.regionName;
        b.title = e.title;
        b.periodStart = e.periodStart;
        b.periodEnd = e.periodEnd;
        b.baselineYear = e.baselineYear;
        b.targetYear = e.targetYear;
        b.issuer = e.issuer;
        b.predecessorCode = e.predecessorCode;
        b.version = e.version;
        b.createdAt = e.createdAt;
        b.updatedAt = e.updatedAt;
        return b;
    }

    /** A new, not yet persisted entity (no id, no version) holding the body's fields. */
    public static org.healthplanning.indicator.domain.Plan toEntity(Plan b) {
        org.healthplanning.indicator.domain.Plan e = new org.healthplanning.indicator.domain.Plan();
        e.code = b.code;
        apply(b, e);
        return e;
    }

    /** Copies the writable fields (all but code, id and version) from the body onto the entity. */
    public static void apply(Plan b, org.healthplanning.indicator.domain.Plan e) {
        e.regionCode = b.regionCode;
        e.regionName = b.regionName;
        e.title = b.title;
        e.periodStart = b.periodStart;
        e.periodEnd = b.periodEnd;
        e.baselineYear = b.baselineYear;
        e.targetYear = b.targetYear;
        e.issuer = b.issuer;
        e.predecessorCode = b.predecessorCode;
    }
}
