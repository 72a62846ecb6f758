package org.healthplanning.facility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

/** A medical or public-health institution located in a region. */
@Entity
@Table(name = "facility")
public class Facility {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    public String name;

    @Column(name = "region_code")
    public String regionCode;

    @Enumerated(EnumType.STRING)
    public FacilityType type;

    public String grade;

    @Enumerated(EnumType.STRING)
    public Ownership ownership;

    @Column(name = "opened_year")
    public Integer openedYear;

    @Column(name = "closed_year")
    public Integer closedYear;

    public String source;

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
