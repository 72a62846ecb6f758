package org.healthplanning.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** The totals (合计) row a plan prints under its project table. */
@Entity
@Table(name = "declared_totals")
public class DeclaredTotals {
    @Id
    @Column(name = "plan_code")
    public String planCode;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "floor_area_m2")
    public BigDecimal floorAreaM2;

    @Column(name = "investment_10k_cny")
    public BigDecimal investment10kCny;

    @Column(name = "new_land_mu")
    public BigDecimal newLandMu;

    @Version
    public Long version;
}
