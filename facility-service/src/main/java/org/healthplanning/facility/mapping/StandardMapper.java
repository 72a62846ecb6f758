package org.healthplanning.facility.mapping;

import org.healthplanning.facility.api.StandardDto;
import org.healthplanning.facility.domain.Standard;

/** Standard entity to and from its API form. */
public final class StandardMapper {
    private StandardMapper() {
    }

    public static StandardDto toApi(Standard e) {
        if (e == null) {
            return null;
        }
        StandardDto a = new StandardDto();
        a.code = e.code;
        a.metric = e.metric;
        a.name = e.name;
        a.comparator = e.comparator;
        a.value = e.value;
        a.valueMax = e.valueMax;
        a.valueRaw = e.valueRaw;
        a.unit = e.unit;
        a.scope = e.scope;
        a.regionCode = e.regionCode;
        a.planCode = e.planCode;
        a.year = e.year;
        a.source = e.source;
        a.note = e.note;
        a.version = e.version;
        a.createdAt = e.createdAt;
        a.updatedAt = e.updatedAt;
        return a;
    }

    /** A new entity holding the API fields (code and version included; no id). */
    public static Standard toEntity(StandardDto a) {
        Standard e = new Standard();
        e.code = a.code;
        e.version = a.version;
        apply(a, e);
        return e;
    }

    /** Copies the writable fields (not the code, id or version) onto an entity. */
    public static void apply(StandardDto a, Standard e) {
        e.metric = a.metric;
        e.name = a.name;
        e.comparator = a.comparator;
        e.value = a.value;
        e.valueMax = a.valueMax;
        e.valueRaw = a.valueRaw;
        e.unit = a.unit;
        e.scope = a.scope;
        e.regionCode = a.regionCode;
        e.planCode = a.planCode;
        e.year = a.year;
        e.source = a.source;
        e.note = a.note;
    }
}
