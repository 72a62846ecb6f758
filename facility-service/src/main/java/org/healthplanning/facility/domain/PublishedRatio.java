package org.healthplanning.facility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

/**
 * A region's resource ratio in one year as a plan or yearbook publishes it (每千常住人口床位数24.16张): the metric
 * (a {@link Metric} key), the value as printed, the document and the sentence it is printed in.
 */
@Entity
@Table(name = "published_ratio")
public class PublishedRatio {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "region_code")
    public String regionCode;

    public Integer year;

    public String metric;

    public BigDecimal value;

    public String source;

    public String quote;

    @Version
    public Long version;

    /** When the row was created (set by the database: the writing transaction's start). */
    @Column(name = "created_at", insertable = false, updatable = false)
    @Generated(event = EventType.INSERT)
    public Instant createdAt;

    /**
     * When the row last changed what the API shows (set by the database: the writing transaction's start). Read back
     * on insert; an update reads it with a refresh after the flush (as the other entities do: a value generated on
     * update would turn a stale version's 412 into a 500).
     */
    @Column(name = "updated_at", insertable = false, updatable = false)
    @Generated(event = EventType.INSERT)
    public Instant updatedAt;
}
