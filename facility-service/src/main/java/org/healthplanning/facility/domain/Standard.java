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
import java.math.BigDecimal;

/** A planning standard or resource target: a value for a metric, set at some scope. */
@Entity
@Table(name = "standard")
public class Standard {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    public String metric;

    public String name;

    public String comparator;

    public BigDecimal value;

    @Column(name = "value_max")
    public BigDecimal valueMax;

    @Column(name = "value_raw")
    public String valueRaw;

    public String unit;

    @Enumerated(EnumType.STRING)
    public StandardScope scope;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "plan_code")
    public String planCode;

    public Integer year;

    public String source;

    public String note;

    @Version
    public Long version;
}
