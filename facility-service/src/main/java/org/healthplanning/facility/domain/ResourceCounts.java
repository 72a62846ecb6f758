package org.healthplanning.facility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The counts reported for one year, by a facility or as a region's yearbook totals. */
@MappedSuperclass
public abstract class ResourceCounts {
    @Min(1949)
    @Max(2100)
    @Schema(examples = "2020", description = "Taken from the path when absent")
    public Integer year;

    @Min(0)
    @Schema(examples = "1200", description = "Beds (床位)")
    public Integer beds;

    @Min(0)
    @Column(name = "licensed_doctors")
    @Schema(examples = "420", description = "Licensed (assistant) doctors (执业（助理）医师)")
    public Integer licensedDoctors;

    @Min(0)
    @Column(name = "tcm_doctors")
    @Schema(examples = "80", description = "TCM licensed (assistant) doctors (中医类别执业（助理）医师)")
    public Integer tcmDoctors;

    @Min(0)
    @Column(name = "registered_nurses")
    @Schema(examples = "560", description = "Registered nurses (注册护士)")
    public Integer registeredNurses;

    @Min(0)
    @Schema(examples = "40", description = "Pharmacists (药师（士）)")
    public Integer pharmacists;

    @Min(0)
    @Column(name = "general_practitioners")
    @Schema(examples = "35", description = "General practitioners (全科医生)")
    public Integer generalPractitioners;

    @Min(0)
    @Column(name = "health_technicians")
    @Schema(examples = "1300", description = "Health technicians (卫生技术人员), the staff of the bed:staff ratio")
    public Integer healthTechnicians;

    @Min(0)
    @Column(name = "public_health_staff")
    @Schema(examples = "60", description = "Public health staff (专业公共卫生人员)")
    public Integer publicHealthStaff;

    @Min(0)
    @Schema(examples = "12", description = "Ambulances (救护车)")
    public Integer ambulances;

    @Min(0)
    @Column(name = "childcare_slots")
    @Schema(examples = "150", description = "Childcare places for children under 3 (托位)")
    public Integer childcareSlots;

    @Version
    @Schema(examples = "0")
    public Long version;

    /** Copies the counts (not year or version) from another record. */
    public void copyCounts(ResourceCounts o) {
        beds = o.beds;
        licensedDoctors = o.licensedDoctors;
        tcmDoctors = o.tcmDoctors;
        registeredNurses = o.registeredNurses;
        pharmacists = o.pharmacists;
        generalPractitioners = o.generalPractitioners;
        healthTechnicians = o.healthTechnicians;
        publicHealthStaff = o.publicHealthStaff;
        ambulances = o.ambulances;
        childcareSlots = o.childcareSlots;
    }
}
