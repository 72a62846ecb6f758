package org.healthplanning.facility.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A region's reported totals for one year, from a statistics yearbook, as the API reads and writes them. */
@JsonPropertyOrder({"year", "beds", "licensedDoctors", "tcmDoctors", "registeredNurses", "pharmacists",
        "generalPractitioners", "healthTechnicians", "publicHealthStaff", "ambulances", "childcareSlots", "source", "version"})
@Schema(name = "ReportedTotals", description = "A region's totals for one year where its facilities are not listed one by one")
public class ReportedTotalsDto extends ResourceCountsDto {
    @Size(max = 2000)
    @Schema(nullable = true, maxLength = 2000, examples = "重庆统计年鉴2021", description = "Where the totals are published")
    public String source;
}
