package org.healthplanning.project.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The summary of a plan's projects: totals against the declared 合计, the in/out-of-period split,
 * groups by construction type, status and programme, investment by year and the capacity added.
 * Members without a value (no declared totals) are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ProjectSummary", description = "Totals of a plan's projects against its declared 合计, by period, "
        + "construction type, status, programme and year, and the capacity they add. Amounts are rounded half-up to 2 decimals.")
public record ProjectSummary(
        @Schema(required = true, description = "The plan's code", examples = "tongliang-14th") String planCode,
        @Schema(required = true, description = "Number of projects of the plan", type = SchemaType.INTEGER, format = "int32",
                minimum = "0", examples = "31") int count,
        @Schema(description = "First calendar year of the period asked for (by default the plan's period)", type = SchemaType.INTEGER,
                format = "int32", minimum = "1949", maximum = "2100", examples = "2021") Integer periodStart,
        @Schema(description = "Last calendar year of the period asked for (by default the plan's period)", type = SchemaType.INTEGER,
                format = "int32", minimum = "1949", maximum = "2100", examples = "2025") Integer periodEnd,
        @Schema(required = true, description = "Sums over the plan's projects") Amounts totals,
        @Schema(description = "The declared totals (合计); left out when the plan has none") Amounts declared,
        @Schema(description = "totals minus declared; left out when the plan has no declared totals") Amounts difference,
        @Schema(description = "Projects overlapping the period and the investment falling in period years") Share inPeriod,
        @Schema(description = "The other projects and the rest of the investment") Share outOfPeriod,
        @Schema(required = true, description = "By construction type, in the enum's order") List<Group> byConstructionType,
        @Schema(required = true, description = "By status, in the enum's order; a project with two statuses counts in both") List<Group> byStatus,
        @Schema(required = true, description = "By programme (项目类别)") List<Group> byProgramme,
        @Schema(required = true, description = "Investment by calendar year, spread evenly over a project's years unless annualInvestment plans it")
        List<YearAmount> investmentByYear,
        @Schema(description = "Investment of projects without years, which no year can hold, in 万元 (10 000 yuan); left out when there is none",
                examples = "1200") BigDecimal unscheduledInvestment10kCny,
        @Schema(required = true, description = "Capacity the projects add") CapacityTotals capacity) {

    @Schema(name = "ProjectSummaryAmounts", description = "Floor area, investment and new land; null where no project (or the 合计) gives one")
    public record Amounts(
            @Schema(required = true, nullable = true, description = "Floor area (建筑面积), ㎡", examples = "594970") BigDecimal floorAreaM2,
            @Schema(required = true, nullable = true, description = "Investment (拟投资), 万元 (10 000 yuan)", examples = "421068") BigDecimal investment10kCny,
            @Schema(required = true, nullable = true, description = "New land (拟新征地), 亩 (mu)", examples = "576") BigDecimal newLandMu) {
    }

    @Schema(name = "ProjectSummaryPeriodShare", description = "Projects and investment in (or out of) the period")
    public record Share(
            @Schema(required = true, description = "Number of projects", type = SchemaType.INTEGER, format = "int32", minimum = "0",
                    examples = "28") int count,
            @Schema(required = true, nullable = true, description = "Investment, 万元 (10 000 yuan); null when no project gives one",
                    examples = "216439.67") BigDecimal investment10kCny) {
    }

    @Schema(name = "ProjectSummaryGroup", description = "Projects sharing a construction type, status or programme")
    public record Group(
            @Schema(required = true, nullable = true, description = "The construction type, status or programme; null for projects without one",
                    examples = "NEW") String key,
            @Schema(required = true, description = "Number of projects", type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    examples = "21") int count,
            @Schema(required = true, nullable = true, description = "Their investment, 万元 (10 000 yuan); null when none gives one",
                    examples = "357960.00") BigDecimal investment10kCny) {
    }

    @Schema(name = "ProjectSummaryYearAmount", description = "Investment falling in one calendar year")
    public record YearAmount(
            @Schema(required = true, description = "Calendar year", type = SchemaType.INTEGER, format = "int32", examples = "2021") int year,
            @Schema(required = true, description = "Investment in the year, 万元 (10 000 yuan)", examples = "11200.00") BigDecimal investment10kCny) {
    }

    @Schema(name = "ProjectSummaryCapacity", description = "Capacity the plan's projects add")
    public record CapacityTotals(
            @Schema(required = true, description = "Medical beds (医疗床位), beds", type = SchemaType.INTEGER, format = "int32",
                    minimum = "0", examples = "200") int medicalBeds,
            @Schema(required = true, description = "Elderly-care beds (养老床位), beds", type = SchemaType.INTEGER, format = "int32",
                    minimum = "0", examples = "170") int elderlyCareBeds,
            @Schema(required = true, description = "Childcare places (托位), places", type = SchemaType.INTEGER, format = "int32",
                    minimum = "0", examples = "900") int childcareSlots,
            @Schema(required = true, description = "Isolation rooms (隔离病房), rooms", type = SchemaType.INTEGER, format = "int32",
                    minimum = "0", examples = "500") int isolationRooms) {
    }
}
