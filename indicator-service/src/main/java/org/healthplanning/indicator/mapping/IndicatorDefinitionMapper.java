package org.healthplanning.indicator.mapping;

import java.util.ArrayList;
import org.healthplanning.indicator.api.IndicatorDefinition;

/** Converts between the indicator definition entity and its API type. */
public final class IndicatorDefinitionMapper {
    private IndicatorDefinitionMapper() {
    }

    public static IndicatorDefinition toApi(org.healthplanning.indicator.domain.IndicatorDefinition e) {
        if (e == null) {
            return null;
        }
        IndicatorDefinition b = new IndicatorDefinition();
        b.code = e.code;
        b.name = e.name;
        b.nameEn = e.nameEn;
        b.unit = e.unit;
        b.direction = e.direction;
        b.aliases = e.aliases == null ? new ArrayList<>() : new ArrayList<>(e.aliases);
        b.resourceMetric = e.resourceMetric;
        b.description = e.description;
        b.source = e.source;
        b.version = e.version;
        b.createdAt = e.createdAt;
        b.updatedAt = e.updatedAt;
        return b;
    }

    /** A new, not yet persisted entity (no id, no version) holding the body's fields. */
    public static org.healthplanning.indicator.domain.IndicatorDefinition toEntity(IndicatorDefinition b) {
        org.healthplanning.indicator.domain.IndicatorDefinition e = new org.healthplanning.indicator.domain.IndicatorDefinition();
        e.code = b.code;
        apply(b, e);
        return e;
    }

    /**
     * Copies the writable fields (all but code, id and version) from the body onto the entity; the
     * alias collection is only rewritten when it differs.
     */
    public static void apply(IndicatorDefinition b, org.healthplanning.indicator.domain.IndicatorDefinition e) {
        e.name = b.name;
        e.nameEn = b.nameEn;
        e.unit = b.unit;
        e.direction = b.direction;
        e.resourceMetric = b.resourceMetric;
        e.description = b.description;
        e.source = b.source;
        var aliases = b.aliases == null ? new ArrayList<String>() : b.aliases;
        if (!e.aliases.equals(aliases)) {
            e.aliases.clear();
            e.aliases.addAll(aliases);
        }
    }
}
