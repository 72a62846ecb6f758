package org.healthplanning.facility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** The counts reported for one year, by a facility or as a region's yearbook totals. */
@MappedSuperclass
public abstract class ResourceCounts {
    public Integer year;

    public Integer beds;

    @Column(name = "licensed_doctors")
    public Integer licensedDoctors;

    @Column(name = "tcm_doctors")
    public Integer tcmDoctors;

    @Column(name = "registered_nurses")
    public Integer registeredNurses;

    public Integer pharmacists;

    @Column(name = "general_practitioners")
    public Integer generalPractitioners;

    @Column(name = "health_technicians")
    public Integer healthTechnicians;

    @Column(name = "public_health_staff")
    public Integer publicHealthStaff;

    public Integer ambulances;

    @Column(name = "childcare_slots")
    public Integer childcareSlots;

    @Version
    public Long version;
}
