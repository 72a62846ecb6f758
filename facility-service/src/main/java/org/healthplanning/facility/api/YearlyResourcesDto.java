package org.healthplanning.facility.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one facility reports for one year, as the API reads and writes it. */
@JsonPropertyOrder({"facilityCode", "year", "beds", "licensedDoctors", "tcmDoctors", "registeredNurses", "pharmacists",
        "generalPractitioners", "healthTechnicians", "publicHealthStaff", "ambulances", "childcareSlots", "version", "createdAt", "updatedAt"})
@Schema(name = "YearlyResources", description = "Beds, staff and vehicles a facility reports for one year")
public class YearlyResourcesDto extends ResourceCountsDto {
    @Schema(readOnly = true, examples = "tl-people-hospital",
            description = "The facility's code (the parent of this row, taken from the path on writes; a value sent is ignored)")
    public String facilityCode;
}
