package org.healthplanning.facility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A medical or public-health institution located in a region. */
@Entity
@Table(name = "facility")
public class Facility {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    public String name;

    @Column(name = "region_code")
    public String regionCode;

    @Enumerated(EnumType.STRING)
    public FacilityType type;

    public String grade;

    @Enumerated(EnumType.STRING)
    public Ownership ownership;

    @Column(name = "opened_year")
    public Integer openedYear;

    @Column(name = "closed_year")
    public Integer closedYear;

    public String source;

    @Version
    public Long version;
}
