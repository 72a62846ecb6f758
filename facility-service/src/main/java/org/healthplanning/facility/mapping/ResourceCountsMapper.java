package org.healthplanning.facility.mapping;

import org.healthplanning.facility.api.ResourceCountsDto;
import org.healthplanning.facility.domain.ResourceCounts;

/** The counts shared by yearly resources and reported totals, between entity and API form. */
public final class ResourceCountsMapper {
    private ResourceCountsMapper() {
    }

    /** Copies year, counts, version and change times from the entity. */
    static void toApi(ResourceCounts e, ResourceCountsDto a) {
        a.year = e.year;
        copyCounts(e, a);
        a.version = e.version;
        a.createdAt = e.createdAt;
        a.updatedAt = e.updatedAt;
    }

    /** Copies year and version onto the entity, then the counts. */
    static void toEntity(ResourceCountsDto a, ResourceCounts e) {
        e.year = a.year;
        e.version = a.version;
        apply(a, e);
    }

    /** Copies the counts (not year or version) onto an entity. */
    public static void apply(ResourceCountsDto a, ResourceCounts e) {
        e.beds = a.beds;
        e.licensedDoctors = a.licensedDoctors;
        e.tcmDoctors = a.tcmDoctors;
        e.registeredNurses = a.registeredNurses;
        e.pharmacists = a.pharmacists;
        e.generalPractitioners = a.generalPractitioners;
        e.healthTechnicians = a.healthTechnicians;
        e.publicHealthStaff = a.publicHealthStaff;
        e.ambulances = a.ambulances;
        e.childcareSlots = a.childcareSlots;
    }

    private static void copyCounts(ResourceCounts e, ResourceCountsDto a) {
        a.beds = e.beds;
        a.licensedDoctors = e.licensedDoctors;
        a.tcmDoctors = e.tcmDoctors;
        a.registeredNurses = e.registeredNurses;
        a.pharmacists = e.pharmacists;
        a.generalPractitioners = e.generalPractitioners;
        a.healthTechnicians = e.healthTechnicians;
        a.publicHealthStaff = e.publicHealthStaff;
        a.ambulances = e.ambulances;
        a.childcareSlots = e.childcareSlots;
    }
}
