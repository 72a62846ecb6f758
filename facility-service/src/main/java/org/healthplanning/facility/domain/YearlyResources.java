package org.healthplanning.facility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What one facility reports for one year. */
@Entity
@Table(name = "facility_resource")
public class YearlyResources extends ResourceCounts {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "facility_id")
    public Long facilityId;
}
