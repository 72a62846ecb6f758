package org.healthplanning.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;

/** One successful write: who, when, what, and the resource's JSON before and after. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String operation;

    @Column(name = "resource_type", nullable = false)
    public String resourceType;

    @Column(name = "resource_key", nullable = false)
    public String resourceKey;

    @Column(name = "region_code")
    public String regionCode;

    /** JSON text, stored as jsonb; null on create. */
    @Column(name = "before", columnDefinition = "jsonb")
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String beforeJson;

    /** JSON text, stored as jsonb; null on delete. */
    @Column(name = "after", columnDefinition = "jsonb")
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String afterJson;
}
