package org.healthplanning.indicator.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** The upper level's target for the same indicator, e.g. 2025年市级目标 beside the district's own. */
@Embeddable
public class UpperTarget {
    @Column(name = "scope")
    public String scope;
    @Column(name = "year")
    public Integer year;
    @Column(name = "raw")
    public String raw;
    @Column(name = "comparator")
    public String comparator;
    @Column(name = "value")
    public BigDecimal value;
}
