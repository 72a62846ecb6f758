package org.healthplanning.facility.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one facility reports for one year. */
@Entity
@Table(name = "facility_resource")
@JsonPropertyOrder({"year", "beds", "licensedDoctors", "tcmDoctors", "registeredNurses", "pharmacists",
        "generalPractitioners", "healthTechnicians", "publicHealthStaff", "ambulances", "childcareSlots", "version"})
@Schema(name = "YearlyResources", description = "Beds, staff and vehicles a facility reports for one year")
public class YearlyResources extends ResourceCounts {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @JsonIgnore
    public Long id;

    @JsonIgnore
    @Column(name = "facility_id")
    public Long facilityId;
}
