package org.healthplanning.facility.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A region's reported totals for one year, from a statistics yearbook. */
@Entity
@Table(name = "region_resource")
@JsonPropertyOrder({"year", "beds", "licensedDoctors", "tcmDoctors", "registeredNurses", "pharmacists",
        "generalPractitioners", "healthTechnicians", "publicHealthStaff", "ambulances", "childcareSlots", "source", "version"})
@Schema(name = "ReportedTotals", description = "A region's totals for one year where its facilities are not listed one by one")
public class ReportedTotals extends ResourceCounts {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @JsonIgnore
    public Long id;

    @JsonIgnore
    @Column(name = "region_code")
    public String regionCode;

    @Size(max = 2000)
    @Schema(nullable = true, maxLength = 2000, examples = "重庆统计年鉴2021", description = "Where the totals are published")
    public String source;
}
