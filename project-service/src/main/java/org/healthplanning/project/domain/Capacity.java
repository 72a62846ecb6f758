package org.healthplanning.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a project adds: beds, childcare places, isolation rooms. */
@Embeddable
@Schema(name = "ProjectCapacity", description = "Capacity a project adds; taken from the content text (设医疗床位100张, 养老床位60张, 设托位150个, 隔离病房500间) when not sent")
public class Capacity {
    @PositiveOrZero
    @Column(name = "medical_beds")
    @Schema(examples = "100", nullable = true, description = "Medical beds (医疗床位), beds")
    public Integer medicalBeds;

    @PositiveOrZero
    @Column(name = "elderly_care_beds")
    @Schema(examples = "60", nullable = true, description = "Elderly-care beds (养老床位), beds")
    public Integer elderlyCareBeds;

    @PositiveOrZero
    @Column(name = "childcare_slots")
    @Schema(examples = "150", nullable = true, description = "Childcare places (托位), places")
    public Integer childcareSlots;

    @PositiveOrZero
    @Column(name = "isolation_rooms")
    @Schema(examples = "500", nullable = true, description = "Isolation rooms (隔离病房), rooms")
    public Integer isolationRooms;
}
