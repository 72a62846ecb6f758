package org.healthplanning.facility.mapping;

import org.healthplanning.facility.api.ReportedTotalsDto;
import org.healthplanning.facility.domain.ReportedTotals;

/** A region's reported totals, entity to and from API form; the region code is set by the caller. */
public final class ReportedTotalsMapper {
    private ReportedTotalsMapper() {
    }

    public static ReportedTotalsDto toApi(ReportedTotals e) {
        if (e == null) {
            return null;
        }
        ReportedTotalsDto a = new ReportedTotalsDto();
        ResourceCountsMapper.toApi(e, a);
        a.regionCode = e.regionCode;
        a.source = e.source;
        return a;
    }

    /** A new entity holding the API fields (year and version included; no id, no region). */
    public static ReportedTotals toEntity(ReportedTotalsDto a) {
        ReportedTotals e = new ReportedTotals();
        ResourceCountsMapper.toEntity(a, e);
        e.source = a.source;
        return e;
    }

    /** Copies the counts and source (not year, id, region or version) onto an entity. */
    public static void apply(ReportedTotalsDto a, ReportedTotals e) {
        ResourceCountsMapper.apply(a, e);
        e.source = a.source;
    }
}
