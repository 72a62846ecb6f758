package org.healthplanning.indicator.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.Formula;
import org.hibernate.generator.EventType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One row of a plan's indicator table; raw cells are kept as printed beside their parsed form. */
@Entity
@Table(name = "plan_indicator")
public class PlanIndicator {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "plan_id", nullable = false)
    public Long planId;

    public int position;
    public String category;
    public String seq;
    public String name;
    public String unit;
    @Column(name = "sub_item")
    public String subItem;
    @Column(name = "definition_code")
    public String definitionCode;

    @Column(name = "baseline_year")
    public Integer baselineYear;
    @Column(name = "baseline_raw")
    public String baselineRaw;
    @Column(name = "baseline_value")
    public BigDecimal baselineValue;

    @Column(name = "target_year")
    public Integer targetYear;
    @Column(name = "target_raw")
    public String targetRaw;
    @Column(name = "target_comparator")
    public String targetComparator;
    @Column(name = "target_value")
    public BigDecimal targetValue;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_indicator_upper_target", joinColumns = @JoinColumn(name = "indicator_id"))
    @OrderColumn(name = "position")
    public List<UpperTarget> upperTargets = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public Nature nature;
    public String remarks;

    @Version
    public Long version;

    /** The plan's code, read with the row (the API names a row by plan code and id). */
    @Formula("(select p.code from plan p where p.id = plan_id)")
    public String planCode;

    /** When the row was created (the creating transaction's start); set by the database. */
    @Column(name = "created_at", insertable = false, updatable = false)
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    public Instant createdAt;

    /** When the row last changed in a way the API shows (the writing transaction's start); set by the database. */
    @Column(name = "updated_at", insertable = false, updatable = false)
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    public Instant updatedAt;
}
