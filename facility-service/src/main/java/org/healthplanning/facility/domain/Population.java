package org.healthplanning.facility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

/** A region's resident population (常住人口) in one year, actual or projected. */
@Entity
@Table(name = "population")
public class Population {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "region_code")
    public String regionCode;

    public Integer year;

    public Long residents;

    @Column(name = "children_under3")
    public Long childrenUnder3;

    public Boolean projected;

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
