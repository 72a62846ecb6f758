package org.healthplanning.facility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

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

    /** When the row was created (set by the database: the writing transaction's start). */
    @Column(name = "created_at", insertable = false, updatable = false)
    @Generated(event = EventType.INSERT)
    public Instant createdAt;

    /**
     * When the row last changed what the API shows (set by the database: the writing transaction's start). Read back
     * on insert; an update reads it with a refresh after the flush (services), because a value generated on update is
     * read with UPDATE ... RETURNING, where a stale version answers "no generated values" (500) instead of the
     * StaleStateException that is a 412.
     */
    @Column(name = "updated_at", insertable = false, updatable = false)
    @Generated(event = EventType.INSERT)
    public Instant updatedAt;
}
