package org.healthplanning.facility.api;

import java.util.ArrayList;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Documentation type: the ratios of each year of a series ({@code ?from=&to=}), oldest first. */
@Schema(name = "RegionRatiosSeries", description = "The ratios of each year of the series, oldest first")
public final class RatiosSeries extends ArrayList<Ratios> {
    private RatiosSeries() {
    }
}
