package org.healthplanning.facility.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The counts reported for one year, by a facility or as a region's yearbook totals, as the API shows them. */
public abstract class ResourceCountsDto {
    @Min(1949)
    @Max(2100)
    @Schema(nullable = true, minimum = "1949", maximum = "2100", examples = "2020", description = "The calendar year; taken from the path when absent")
    public Integer year;

    @Min(0)
    @Schema(nullable = true, minimum = "0", examples = "1200", description = "Beds (床位), in beds; null when not reported")
    public Integer beds;

    @Min(0)
    @Schema(nullable = true, minimum = "0", examples = "420", description = "Licensed (assistant) doctors (执业（助理）医师), in persons; null when not reported")
    public Integer licensedDoctors;

    @Min(0)
    @Schema(nullable = true, minimum = "0", examples = "80", description = "TCM licensed (assistant) doctors (中医类别执业（助理）医师), in persons; null when not reported")
    public Integer tcmDoctors;

    @Min(0)
    @Schema(nullable = true, minimum = "0", examples = "560", description = "Registered nurses (注册护士), in persons; null when not reported")
    public Integer registeredNurses;

    @Min(0)
    @Schema(nullable = true, minimum = "0", examples = "40", description = "Pharmacists (药师（士）), in persons; null when not reported")
    public Integer pharmacists;

    @Min(0)
    @Schema(nullable = true, minimum = "0", examples = "35", description = "General practitioners (全科医生), in persons; null when not reported")
    public Integer generalPractitioners;

    @Min(0)
    @Schema(nullable = true, minimum = "0", examples = "1300", description = "Health technicians (卫生技术人员), the staff of the bed:staff ratio, in persons; null when not reported")
    public Integer healthTechnicians;

    @Min(0)
    @Schema(nullable = true, minimum = "0", examples = "60", description = "Public health staff (专业公共卫生人员), in persons; null when not reported")
    public Integer publicHealthStaff;

    @Min(0)
    @Schema(nullable = true, minimum = "0", examples = "12", description = "Ambulances (救护车), in vehicles; null when not reported")
    public Integer ambulances;

    @Min(0)
    @Schema(nullable = true, minimum = "0", examples = "150", description = "Childcare places for children under 3 (托位), in places; null when not reported")
    public Integer childcareSlots;

    @Schema(nullable = true, minimum = "0", examples = "0", description = "Revision counter (no unit); sent as ETag, expected in If-Match; ignored on writes")
    public Long version;

    @Schema(readOnly = true, implementation = String.class, format = "date-time", examples = "2026-03-01T08:00:00.123456Z",
            description = "When it was created (UTC, ISO-8601; the creating transaction's start); ignored on writes")
    public Instant createdAt;

    @Schema(readOnly = true, implementation = String.class, format = "date-time", examples = "2026-03-02T09:30:00.654321Z",
            description = "When what it shows last changed (UTC, ISO-8601; the writing transaction's start): the order of"
                    + " updatedAfter; ignored on writes")
    public Instant updatedAt;
}
