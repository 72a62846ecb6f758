package org.healthplanning.facility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A region's reported totals for one year, from a statistics yearbook. */
@Entity
@Table(name = "region_resource")
public class ReportedTotals extends ResourceCounts {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "region_code")
    public String regionCode;

    public String source;
}
