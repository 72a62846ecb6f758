package org.healthplanning.facility.mapping;

import org.healthplanning.facility.api.PopulationDto;
import org.healthplanning.facility.domain.Population;

/** Population entity to and from its API form. */
public final class PopulationMapper {
    private PopulationMapper() {
    }

    public static PopulationDto toApi(Population e) {
        if (e == null) {
            return null;
        }
        PopulationDto a = new PopulationDto();
        a.regionCode = e.regionCode;
        a.year = e.year;
        a.residents = e.residents;
        a.childrenUnder3 = e.childrenUnder3;
        a.projected = e.projected;
        a.source = e.source;
        a.version = e.version;
        a.createdAt = e.createdAt;
        a.updatedAt = e.updatedAt;
        return a;
    }

    /** A new entity holding the API fields (region, year and version included; no id). */
    public static Population toEntity(PopulationDto a) {
        Population e = new Population();
        e.regionCode = a.regionCode;
        e.year = a.year;
        e.version = a.version;
        apply(a, e);
        return e;
    }

    /** Copies the writable fields (not the region, year, id or version) onto an entity. */
    public static void apply(PopulationDto a, Population e) {
        e.residents = a.residents;
        e.childrenUnder3 = a.childrenUnder3;
        e.projected = a.projected;
        e.source = a.source;
    }
}
