package org.healthplanning.facility.mapping;

import org.healthplanning.facility.api.YearlyResourcesDto;
import org.healthplanning.facility.domain.YearlyResources;

/** A facility's yearly resources, entity to and from API form; the facility id is set by the caller. */
public final class YearlyResourcesMapper {
    private YearlyResourcesMapper() {
    }

    public static YearlyResourcesDto toApi(YearlyResources e) {
        if (e == null) {
            return null;
        }
        YearlyResourcesDto a = new YearlyResourcesDto();
        ResourceCountsMapper.toApi(e, a);
        a.facilityCode = e.facilityCode;
        return a;
    }

    /** A new entity holding the API fields (year and version included; no id, no facility). */
    public static YearlyResources toEntity(YearlyResourcesDto a) {
        YearlyResources e = new YearlyResources();
        ResourceCountsMapper.toEntity(a, e);
        return e;
    }

    /** Copies the counts (not year, id, facility or version) onto an entity. */
    public static void apply(YearlyResourcesDto a, YearlyResources e) {
        ResourceCountsMapper.apply(a, e);
    }
}
