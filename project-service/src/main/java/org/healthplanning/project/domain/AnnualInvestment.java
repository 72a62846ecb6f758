package org.healthplanning.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One year of a project's investment schedule, in 万元. */
@Embeddable
public class AnnualInvestment {
    @Column(name = "year")
    public Integer year;

    public BigDecimal planned;

    public BigDecimal actual;
}
