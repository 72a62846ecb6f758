package org.healthplanning.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What a project adds: beds, childcare places, isolation rooms. */
@Embeddable
public class Capacity {
    @Column(name = "medical_beds")
    public Integer medicalBeds;

    @Column(name = "elderly_care_beds")
    public Integer elderlyCareBeds;

    @Column(name = "childcare_slots")
    public Integer childcareSlots;

    @Column(name = "isolation_rooms")
    public Integer isolationRooms;
}
