package org.healthplanning.facility.mapping;

import org.healthplanning.facility.api.PublishedRatioDto;
import org.healthplanning.facility.domain.PublishedRatio;

/** A published ratio, entity to and from API form; region, year and metric are set by the caller from the path. */
public final class PublishedRatioMapper {
    private PublishedRatioMapper() {
    }

    public static PublishedRatioDto toApi(PublishedRatio e) {
        if (e == null) {
            return null;
        }
        PublishedRatioDto a = new PublishedRatioDto();
        a.regionCode = e.regionCode;
        a.year = e.year;
        a.metric = e.metric;
        a.value = e.value;
        a.source = e.source;
        a.quote = e.quote;
        a.version = e.version;
        a.createdAt = e.createdAt;
        a.updatedAt = e.updatedAt;
        return a;
    }

    /** A new entity holding the API fields (region, year, metric and version included; no id). */
    public static PublishedRatio toEntity(PublishedRatioDto a) {
        PublishedRatio e = new PublishedRatio();
        e.regionCode = a.regionCode;
        e.year = a.year;
        e.metric = a.metric;
        e.version = a.version;
        apply(a, e);
        return e;
    }

    /** Copies the writable fields (value, source, quote; not region, year, metric, id or version) onto an entity. */
    public static void apply(PublishedRatioDto a, PublishedRatio e) {
        e.value = a.value;
        e.source = a.source;
        e.quote = a.quote;
    }
}
