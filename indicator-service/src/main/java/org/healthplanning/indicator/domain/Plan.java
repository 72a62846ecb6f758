package org.healthplanning.indicator.domain;

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

/** A district's five-year health plan; its indicator table hangs off it. */
@Entity
@Table(name = "plan")
public class Plan {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "region_name")
    public String regionName;

    public String title;

    @Column(name = "period_start")
    public Integer periodStart;

    @Column(name = "period_end")
    public Integer periodEnd;

    @Column(name = "baseline_year")
    public Integer baselineYear;

    @Column(name = "target_year")
    public Integer targetYear;

    public String issuer;

    /** The code of the plan this one follows (the previous five-year plan of the region), if any. */
    @Column(name = "predecessor_code")
    public String predecessorCode;

    @Version
    public Long version;

    /** When the row was created (the creating transaction's start); set by the database. */
    @Column(name = "created_at", insertable = false, updatable = false)
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    public Instant createdAt;

    /** When the row last changed in a way the API shows (the writing transaction's start); set by the database. */
    @Column(name = "updated_at", insertable = false, updatable = false)
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    public Instant updatedAt;
}
