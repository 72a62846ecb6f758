package org.healthplanning.facility.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one facility reports for one year, as the API reads and writes it. */
@JsonPropertyOrder({"year", "beds", "licensedDoctors", "tcmDoctors", "registeredNurses", "pharmacists",
        "generalPractitioners", "healthTechnicians", "publicHealthStaff", "ambulances", "childcareSlots", "version"})
@Schema(name = "YearlyResources", description = "Beds, staff and vehicles a facility reports for one year")
public class YearlyResourcesDto extends ResourceCountsDto {
}
