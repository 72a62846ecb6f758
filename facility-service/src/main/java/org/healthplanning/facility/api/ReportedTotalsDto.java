package org.healthplanning.facility.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A region's reported totals for one year, from a statistics yearbook, as the API reads and writes them. */
@JsonPropertyOrder({"regionCode", "year", "beds", "licensedDoctors", "tcmDoctors", "registeredNurses", "pharmacists",
        "generalPractitioners", "healthTechnicians", "publicHealthStaff", "ambulances", "childcareSlots", "source", "version", "createdAt", "updatedAt"})
@Schema(name = "ReportedTotals", description = "A region's totals for one year where its facilities are not listed one by one")
public class ReportedTotalsDto extends ResourceCountsDto {
    @Schema(readOnly = true, examples = "500151",
            description = "The region's code (the parent of these totals, taken from the path on writes; a value sent is ignored)")
    public String regionCode;

    @Size(max = 2000)
    @Schema(nullable = true, maxLength = 2000, examples = "重庆统计年鉴2021", description = "Where the totals are published")
    public String source;
}
