package org.healthplanning.facility.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthplanning.facility.api.Gap;
import org.healthplanning.facility.api.Ratios;
import org.healthplanning.facility.domain.Metric;
import org.healthplanning.platform.sheet.SheetWriter;
import org.healthplanning.platform.sheet.Table;

/** The CSV and XLSX forms of a ratio series (one line per year) and of gaps (one line per target), units in the headings. */
final class RatioTables {
    private RatioTables() {
    }

    /** The counts in their units. */
    static final Map<String, String> COUNT_UNITS = new LinkedHashMap<>();

    static {
        COUNT_UNITS.put("beds", "张");
        for (String persons : List.of("licensedDoctors", "tcmDoctors", "registeredNurses", "pharmacists", "generalPractitioners",
                "healthTechnicians", "publicHealthStaff")) {
            COUNT_UNITS.put(persons, "人");
        }
        COUNT_UNITS.put("ambulances", "辆");
        COUNT_UNITS.put("childcareSlots", "个");
    }

    /** A ratio's unit: the count's per 1000, 10 000 or 30 000 residents, or persons per person (per bed) for staffing ratios. */
    static String unit(Metric m) {
        if (!m.perPopulation()) {
            return COUNT_UNITS.get(m.count) + "/" + (m.relativeTo.equals("beds") ? "床" : "人");
        }
        return COUNT_UNITS.get(m.count) + "/" + (m.per == 1000 ? "千人" : m.per == 10000 ? "万人" : "3万人");
    }

    static Table series(List<Ratios> series) {
        List<String> headings = new ArrayList<>(List.of("regionCode", "year", SheetWriter.heading("population", "人"), "populationBasis",
                "populationProjected", "facilityCount", "basis"));
        COUNT_UNITS.forEach((count, unit) -> headings.add(SheetWriter.heading("counts." + count, unit)));
        for (Metric m : Metric.values()) {
            headings.add(SheetWriter.heading("ratios." + m.key, unit(m)));
        }
        headings.add("published");
        Table t = new Table("ratios", headings);
        for (Ratios r : series) {
            List<Object> row = new ArrayList<>(List.of(r.regionCode(), r.year()));
            row.add(r.population());
            row.add(r.populationBasis());
            row.add(r.populationProjected());
            row.add(r.facilityCount());
            row.add(r.basis());
            COUNT_UNITS.keySet().forEach(c -> row.add(r.count(c)));
            for (Metric m : Metric.values()) {
                row.add(r.ratios() == null ? null : r.ratios().get(m.key));
            }
            row.add(r.published() == null || r.published().isEmpty() ? null : String.join(";", r.published().keySet()));
            t.add(row);
        }
        return t;
    }

    static Table gaps(List<Gap> gaps) {
        Table t = new Table("gaps", List.of("standardCode", "scope", "metric", "comparator", "target", "targetYear", "currentYear",
                "currentCount", "currentRatio", "basis", SheetWriter.heading("targetPopulation", "人"), "requiredCount", "gap", "source"));
        for (Gap g : gaps) {
            t.add(g.standardCode(), g.scope(), g.metric(), g.comparator(), g.target(), g.targetYear(), g.currentYear(), g.currentCount(),
                    g.currentRatio(), g.basis(), g.targetPopulation(), g.requiredCount(), g.gap(), g.source());
        }
        return t;
    }
}
