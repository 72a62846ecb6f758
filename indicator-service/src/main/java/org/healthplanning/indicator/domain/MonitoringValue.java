package org.healthplanning.indicator.domain;

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
import org.hibernate.annotations.Formula;
import org.hibernate.generator.EventType;
import java.math.BigDecimal;

/** The annual monitoring value (年度监测) of one plan indicator row. */
@Entity
@Table(name = "monitoring_value")
public class MonitoringValue {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "indicator_id", nullable = false)
    public Long indicatorId;

    public int year;
    public BigDecimal value;
    public String raw;
    @Enumerated(EnumType.STRING)
    public ValueStatus status;
    public String source;
    public String note;

    /** DRAFT for new and written values; changed only by the approval transitions. */
    @Enumerated(EnumType.STRING)
    @Column(name = "approval_state", nullable = false)
    public ApprovalState approvalState = ApprovalState.DRAFT;

    @Version
    public Long version;

    /** The code of the row's plan, read with the value (the API names a value by plan code, row id and year). */
    @Formula("(select p.code from plan_indicator i join plan p on p.id = i.plan_id where i.id = indicator_id)")
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
