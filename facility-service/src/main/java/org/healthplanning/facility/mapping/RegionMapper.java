package org.healthplanning.facility.mapping;

import org.healthplanning.facility.api.RegionDto;
import org.healthplanning.facility.domain.Region;

/** Region entity to and from its API form. */
public final class RegionMapper {
    private RegionMapper() {
    }

    public static RegionDto toApi(Region e) {
        if (e == null) {
            return null;
        }
        RegionDto a = new RegionDto();
        a.code = e.code;
        a.name = e.name;
        a.level = e.level;
        a.parentCode = e.parentCode;
        a.version = e.version;
        a.createdAt = e.createdAt;
        a.updatedAt = e.updatedAt;
        return a;
    }

    /** A new entity holding the API fields (code and version included; no id). */
    public static Region toEntity(RegionDto a) {
        Region e = new Region();
        e.code = a.code;
        e.version = a.version;
        apply(a, e);
        return e;
    }

    /** Copies the writable fields (not the code, id or version) onto an entity. */
    public static void apply(RegionDto a, Region e) {
        e.name = a.name;
        e.level = a.level;
        e.parentCode = a.parentCode;
    }
}
