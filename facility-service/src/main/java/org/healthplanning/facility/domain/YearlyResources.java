package org.healthplanning.facility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;

/** What one facility reports for one year. */
@Entity
@Table(name = "facility_resource")
public class YearlyResources extends ResourceCounts {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "facility_id")
    public Long facilityId;

    /** The facility's code (read with the row; the API's key is facilityCode/year). */
    @Formula("(select f.code from facility f where f.id = facility_id)")
    public String facilityCode;
}
