package org.healthplanning.facility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A region's resident population (常住人口) in one year, actual or projected. */
@Entity
@Table(name = "population")
public class Population {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "region_code")
    public String regionCode;

    public Integer year;

    public Long residents;

    @Column(name = "children_under3")
    public Long childrenUnder3;

    public Boolean projected;

    public String source;

    @Version
    public Long version;
}
