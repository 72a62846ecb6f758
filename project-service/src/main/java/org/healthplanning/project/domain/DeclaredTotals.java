package org.healthplanning.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

/** The totals (合计) row a plan prints under its project table. */
@Entity
@Table(name = "declared_totals")
public class DeclaredTotals {
    @Id
    @Column(name = "plan_code")
    public String planCode;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "floor_area_m2")
    public BigDecimal floorAreaM2;

    @Column(name = "investment_10k_cny")
    public BigDecimal investment10kCny;

    @Column(name = "new_land_mu")
    public BigDecimal newLandMu;

    @Version
    public Long version;

    /** Set by the database (trigger, V21): the inserting transaction's start. */
    @Column(name = "created_at", insertable = false, updatable = false)
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    public Instant createdAt;

    /** Set by the database (trigger, V21): the start of the last transaction that changed the row. */
    @Column(name = "updated_at", insertable = false, updatable = false)
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    public Instant updatedAt;
}
