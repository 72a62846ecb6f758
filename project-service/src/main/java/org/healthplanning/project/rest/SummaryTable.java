package org.healthplanning.project.rest;

import java.util.List;
import org.healthplanning.platform.sheet.Table;
import org.healthplanning.project.api.ProjectSummary;

/**
 * The CSV and XLSX form of a project summary: one line per figure, a section and a key naming it (totals,
 * declared, difference, inPeriod, outOfPeriod, byConstructionType NEW, byStatus …, byProgramme …, investmentByYear
 * 2021, unscheduled, capacity medicalBeds …), with its projects, floor area, investment, land and places.
 */
final class SummaryTable {
    private SummaryTable() {
    }

    static Table of(ProjectSummary s) {
        Table t = new Table("project-summary", List.of("section", "key", "projects", "floorAreaM2 (㎡)", "investment10kCny (万元)",
                "newLandMu (亩)", "places"));
        t.add("totals", null, s.count(), s.totals().floorAreaM2(), s.totals().investment10kCny(), s.totals().newLandMu(), null);
        if (s.declared() != null) {
            t.add("declared", null, null, s.declared().floorAreaM2(), s.declared().investment10kCny(), s.declared().newLandMu(), null);
        }
        if (s.difference() != null) {
            t.add("difference", null, null, s.difference().floorAreaM2(), s.difference().investment10kCny(), s.difference().newLandMu(), null);
        }
        String period = s.periodStart() == null ? null : s.periodStart() + "-" + s.periodEnd();
        if (s.inPeriod() != null) {
            t.add("inPeriod", period, s.inPeriod().count(), null, s.inPeriod().investment10kCny(), null, null);
        }
        if (s.outOfPeriod() != null) {
            t.add("outOfPeriod", period, s.outOfPeriod().count(), null, s.outOfPeriod().investment10kCny(), null, null);
        }
        groups(t, "byConstructionType", s.byConstructionType());
        groups(t, "byStatus", s.byStatus());
        groups(t, "byProgramme", s.byProgramme());
        for (ProjectSummary.YearAmount y : s.investmentByYear()) {
            t.add("investmentByYear", String.valueOf(y.year()), null, null, y.investment10kCny(), null, null);
        }
        if (s.unscheduledInvestment10kCny() != null) {
            t.add("unscheduled", null, null, null, s.unscheduledInvestment10kCny(), null, null);
        }
        ProjectSummary.CapacityTotals c = s.capacity();
        t.add("capacity", "medicalBeds", null, null, null, null, c.medicalBeds());
        t.add("capacity", "elderlyCareBeds", null, null, null, null, c.elderlyCareBeds());
        t.add("capacity", "childcareSlots", null, null, null, null, c.childcareSlots());
        t.add("capacity", "isolationRooms", null, null, null, null, c.isolationRooms());
        return t;
    }

    private static void groups(Table t, String section, List<ProjectSummary.Group> groups) {
        for (ProjectSummary.Group g : groups) {
            t.add(section, g.key(), g.count(), null, g.investment10kCny(), null, null);
        }
    }
}
