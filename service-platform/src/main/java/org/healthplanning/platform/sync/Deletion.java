package org.healthplanning.platform.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A deleted resource, kept for {@code healthplan.deletions.retention} so that a client synchronising by
 * {@code updatedAfter} can apply deletions too. Rows are written by each service's database triggers, in
 * the deleting transaction (cascaded deletions included), stamped with the transaction's start like
 * {@code updated_at}.
 */
@Entity
@Table(name = "deletion")
public class Deletion {
    @Id
    public Long id;

    @Column(name = "resource_type", nullable = false)
    public String resourceType;

    @Column(name = "resource_key", nullable = false)
    public String resourceKey;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "deleted_at", nullable = false)
    public Instant deletedAt;
}
