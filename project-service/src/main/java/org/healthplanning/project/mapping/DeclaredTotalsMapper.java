package org.healthplanning.project.mapping;

import org.healthplanning.project.api.DeclaredTotalsDto;
import org.healthplanning.project.domain.DeclaredTotals;

/** The one place where stored declared totals and their API form meet. */
public final class DeclaredTotalsMapper {
    private DeclaredTotalsMapper() {
    }

    public static DeclaredTotalsDto toApi(DeclaredTotals t) {
        if (t == null) {
            return null;
        }
        DeclaredTotalsDto d = new DeclaredTotalsDto();
        d.planCode = t.planCode;
        d.regionCode = t.regionCode;
        d.floorAreaM2 = t.floorAreaM2;
        d.investment10kCny = t.investment10kCny;
        d.newLandMu = t.newLandMu;
        d.version = t.version;
        d.createdAt = t.createdAt;
        d.updatedAt = t.updatedAt;
        return d;
    }

    /** Copies the fields the client controls (region and amounts) from the API form onto the stored totals. */
    public static void apply(DeclaredTotalsDto d, DeclaredTotals t) {
        t.regionCode = d.regionCode;
        t.floorAreaM2 = d.floorAreaM2;
        t.investment10kCny = d.investment10kCny;
        t.newLandMu = d.newLandMu;
    }
}
