package org.healthplanning.facility.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.healthplanning.facility.api.Gap;
import org.healthplanning.facility.api.Ratios;
import org.healthplanning.facility.domain.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ratio and gap arithmetic (DOMAIN.md §3) as plain tests: the formulas, their rounding and where they are undefined. */
class RatioArithmeticTest {

    @ParameterizedTest(name = "{0}: {1} / {2} (relative to {3})")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # metric                    | count | population | relativeTo count | ratio (2 decimals, half-up)
            bedsPer1000                 | 4800  | 700000     | NULL             | 6.86
            licensedDoctorsPer1000      | 1995  | 700000     | NULL             | 2.85
            gpsPer10000                 | 140   | 700000     | NULL             | 2.00
            ambulancesPer30000          | 21    | 700000     | NULL             | 0.90
            bedsPer1000                 | 1     | 8000       | NULL             | 0.13
            bedsPer1000                 | 1     | 8001       | NULL             | 0.12
            bedsPer1000                 | 0     | 700000     | NULL             | 0.00
            bedsPer1000                 | 4800  | 0          | NULL             | NULL
            bedsPer1000                 | 4800  | NULL       | NULL             | NULL
            bedsPer1000                 | NULL  | 700000     | NULL             | NULL
            doctorNurseRatio            | 2240  | NULL       | 2000             | 1.12
            doctorNurseRatio            | 2245  | 700000     | 2000             | 1.12
            doctorNurseRatio            | 2250  | NULL       | 2000             | 1.13
            bedStaffRatio               | 1000  | NULL       | 0                | NULL
            bedStaffRatio               | 1000  | NULL       | NULL             | NULL
            """)
    void ratios(String key, Long count, Long population, Long relativeTo, BigDecimal expected) {
        Metric m = Metric.of(key).orElseThrow();
        Map<String, Long> counts = new HashMap<>();
        if (count != null) {
            counts.put(m.count, count);
        }
        if (relativeTo != null) {
            counts.put(m.relativeTo, relativeTo);
        }
        assertEquals(expected, RatioService.ratio(m, counts, population), key);
    }

    private static Ratios counted(int year, Long population, Map<String, Long> counts) {
        return new Ratios("500151", year, population, population == null ? null : RatioService.OWN, false, null, 3,
                RatioService.FACILITIES, counts, Map.of(), null);
    }

    private static Ratios publishedOnly(int year, String metric, String value) {
        return new Ratios("500103", year, null, null, null, null, 0, RatioService.PUBLISHED, null, Map.of(metric, new BigDecimal(value)),
                Map.of(metric, new Ratios.Published(new BigDecimal(value), "重庆市渝中区卫生健康事业发展“十四五”规划", "每千常住人口床位数24.16张")));
    }

    @ParameterizedTest(name = "{0} ≥ {1} for {2} residents with {3} counted")
    @CsvSource(delimiter = '|', textBlock = """
            # metric                | target | population at the target year | counted | required (ceiling) | gap
            bedsPer1000             | 7.5    | 700000                        | 4800    | 5250               | 450
            licensedDoctorsPer1000  | 3.6    | 700001                        | 1995    | 2521               | 526
            gpsPer10000             | 3      | 700000                        | 240     | 210                | -30
            ambulancesPer30000      | 1      | 700000                        | 21      | 24                 | 3
            """)
    void aPerPopulationGapIsTheCeilingOfTargetTimesPopulationLessTheCount(String key, String target, long population, long counted,
                                                                           long required, long gap) {
        Metric m = Metric.of(key).orElseThrow();
        // the 2025 year has a population but no counts: the current count is the latest year that has one
        List<Ratios> withCount = List.of(counted(2020, 690000L, Map.of(m.count, counted)),
                new Ratios("500151", 2025, population, RatioService.OWN, true, null, 0, null, null, null, null));
        Gap g = GapService.gap("GB-" + key, "national", m, ">=", new BigDecimal(target), 2025, null, withCount, "标准");
        assertEquals(required, g.requiredCount(), key + " required");
        assertEquals(gap, g.gap(), key + " gap");
        assertEquals(2020, g.currentYear());
        assertEquals(counted, g.currentCount());
        assertEquals(population, g.targetPopulation());
    }

    @Test
    void aStaffingGapIsMeasuredAgainstTheCurrentDenominator() {
        Metric m = Metric.of("doctorNurseRatio").orElseThrow();
        Gap g = GapService.gap("GB-DNR", "national", m, ">=", new BigDecimal("1.2"), 2025, null,
                List.of(counted(2023, 700000L, Map.of("registeredNurses", 2240L, "licensedDoctors", 2000L))), null);
        assertEquals(2400L, g.requiredCount(), "1.2 nurses for each of 2000 doctors");
        assertEquals(160L, g.gap());
        assertNull(g.targetPopulation(), "a staffing ratio has no population");
    }

    @Test
    void aPublishedRatioIsTheCurrentOneWhenNothingIsCountedButGivesNoGap() {
        Metric m = Metric.of("bedsPer1000").orElseThrow();
        Gap g = GapService.gap("GB-BEDS", "national", m, ">=", new BigDecimal("7.5"), 2025, null,
                List.of(publishedOnly(2020, "bedsPer1000", "24.16"),
                        new Ratios("500103", 2025, null, null, null, null, 0, null, null, null, null)), null);
        assertEquals(new BigDecimal("24.16"), g.currentRatio());
        assertEquals(RatioService.PUBLISHED, g.basis());
        assertEquals(2020, g.currentYear());
        assertNull(g.currentCount());
        assertNull(g.gap(), "no count, no gap");
    }

    @Test
    void withoutAPopulationAtTheTargetYearThereIsNoRequiredCount() {
        Metric m = Metric.of("bedsPer1000").orElseThrow();
        Gap g = GapService.gap("GB-BEDS", "national", m, ">=", new BigDecimal("7.5"), 2025, null,
                List.of(counted(2023, 700000L, Map.of("beds", 4800L)), new Ratios("500151", 2025, null, null, null, null, 0, null, null,
                        null, null)), null);
        assertNull(g.requiredCount());
        assertNull(g.gap());
        assertEquals(4800L, g.currentCount());
    }

    @Test
    void aPopulationGivenByTheCallerIsUsed() {
        Metric m = Metric.of("bedsPer1000").orElseThrow();
        Gap g = GapService.gap(null, null, m, ">=", new BigDecimal("6"), 2030, 800000L,
                List.of(counted(2023, 700000L, Map.of("beds", 4800L)), new Ratios("500151", 2030, null, null, null, null, 0, null, null,
                        null, null)), null);
        assertEquals(4800L, g.requiredCount());
        assertEquals(0L, g.gap());
    }
}
