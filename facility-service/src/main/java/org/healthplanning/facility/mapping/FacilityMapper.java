package org.healthplanning.facility.mapping;

import org.healthplanning.facility.api.FacilityDto;
import org.healthplanning.facility.domain.Facility;

/** Facility entity to and from its API form; the import-only {@code resources} are never answered. */
public final class FacilityMapper {
    private FacilityMapper() {
    }

    public static FacilityDto toApi(Facility e) {
        if (e == null) {
            return null;
        }
        FacilityDto a = new FacilityDto();
        a.code = e.code;
        a.name = e.name;
        a.regionCode = e.regionCode;
        a.type = e.type;
        a.grade = e.grade;
        a.ownership = e.ownership;
        a.openedYear = e.openedYear;
        a.closedYear = e.closedYear;
        a.source = e.source;
        a.version = e.version;
        a.createdAt = e.createdAt;
        a.updatedAt = e.updatedAt;
        return a;
    }

    /** A new entity holding the API fields (code and version included; no id, no resources). */
    public static Facility toEntity(FacilityDto a) {
        Facility e = new Facility();
        e.code = a.code;
        e.version = a.version;
        apply(a, e);
        return e;
    }

    /** Copies the writable fields (not the code, id or version) onto an entity. */
    public static void apply(FacilityDto a, Facility e) {
        e.name = a.name;
        e.regionCode = a.regionCode;
        e.type = a.type;
        e.grade = a.grade;
        e.ownership = a.ownership;
        e.openedYear = a.openedYear;
        e.closedYear = a.closedYear;
        e.source = a.source;
    }
}
