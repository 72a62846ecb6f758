package org.healthplanning.project.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;
import java.util.ArrayList;
import java.util.List;

/** One row of a plan's capital project table (重大工程项目表) or work-item list, as stored; the API shows it as ProjectDto. */
@Entity
@Table(name = "project")
public class Project {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "plan_code")
    public String planCode;

    @Column(name = "region_code")
    public String regionCode;

    public Integer position;

    public String seq;

    public String programme;

    public String name;

    public String content;

    @Enumerated(EnumType.STRING)
    @Column(name = "construction_type")
    public ConstructionType constructionType;

    @Column(name = "construction_type_raw")
    public String constructionTypeRaw;

    @Column(name = "floor_area_m2")
    public BigDecimal floorAreaM2;

    @Column(name = "investment_10k_cny")
    public BigDecimal investment10kCny;

    @Column(name = "start_year")
    public Integer startYear;

    @Column(name = "end_year")
    public Integer endYear;

    @Column(name = "years_raw")
    public String yearsRaw;

    @Column(name = "new_land_mu")
    public BigDecimal newLandMu;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_status", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "idx")
    @Column(name = "status")
    @Enumerated(EnumType.STRING)
    public List<ProjectStatus> statuses = new ArrayList<>();

    @Column(name = "status_raw")
    public String statusRaw;

    public String remarks;

    @Column(name = "facility_code")
    public String facilityCode;

    @Embedded
    public Capacity capacity;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_annual_investment", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "idx")
    public List<AnnualInvestment> annualInvestment = new ArrayList<>();

    @Version
    public Long version;

    /** Set by the database (trigger, V21): the inserting transaction's start. */
    @Column(name = "created_at", insertable = false, updatable = false)
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    public Instant createdAt;

    /** Set by the database (trigger, V21): the start of the last transaction that changed the row. */
    @Column(name = "updated_at", insertable = false, updatable = false)
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    public Instant updatedAt;

    /** A project that states no capacity still shows the capacity object, with empty members. */
    @PostLoad
    void emptyCapacity() {
        if (capacity == null) {
            capacity = new Capacity();
        }
    }
}
