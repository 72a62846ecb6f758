package org.healthplanning.facility.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The resource ratios the suite computes. A per-population ratio is count x per / population;
 * a staffing ratio is written 1:x and is numerator / denominator (医护比 1:1.12 = 1.12 nurses per doctor).
 */
public enum Metric {
    BEDS_PER_1000("bedsPer1000", "beds", null, 1000),
    LICENSED_DOCTORS_PER_1000("licensedDoctorsPer1000", "licensedDoctors", null, 1000),
    REGISTERED_NURSES_PER_1000("registeredNursesPer1000", "registeredNurses", null, 1000),
    PHARMACISTS_PER_1000("pharmacistsPer1000", "pharmacists", null, 1000),
    TCM_DOCTORS_PER_1000("tcmDoctorsPer1000", "tcmDoctors", null, 1000),
    HEALTH_TECHNICIANS_PER_1000("healthTechniciansPer1000", "healthTechnicians", null, 1000),
    GPS_PER_10000("gpsPer10000", "generalPractitioners", null, 10000),
    PUBLIC_HEALTH_STAFF_PER_10000("publicHealthStaffPer10000", "publicHealthStaff", null, 10000),
    AMBULANCES_PER_30000("ambulancesPer30000", "ambulances", null, 30000),
    CHILDCARE_SLOTS_PER_1000("childcareSlotsPer1000", "childcareSlots", null, 1000),
    DOCTOR_NURSE_RATIO("doctorNurseRatio", "registeredNurses", "licensedDoctors", 0),
    BED_STAFF_RATIO("bedStaffRatio", "healthTechnicians", "beds", 0);

    /** API name, as in {@code ratios} and a standard's {@code metric}. */
    public final String key;
    /** The count the ratio counts (and a gap is measured in). */
    public final String count;
    /** For a staffing ratio, the count it is relative to; null for a per-population ratio. */
    public final String relativeTo;
    /** People per unit of a per-population ratio (1000, 10000, 30000). */
    public final int per;

    Metric(String key, String count, String relativeTo, int per) {
        this.key = key;
        this.count = count;
        this.relativeTo = relativeTo;
        this.per = per;
    }

    public boolean perPopulation() {
        return relativeTo == null;
    }

    public static Optional<Metric> of(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
    }

    public static String keys() {
        return Arrays.toString(Arrays.stream(values()).map(m -> m.key).toArray());
    }
}
