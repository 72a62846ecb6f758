package org.healthplanning.suite.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The national data set's region codes are valid division codes, each within its parent; and the bench's options. */
class NationalDataTest {
    private static final Api NO_API = new Api("http://localhost:1", null);

    @ParameterizedTest
    @EnumSource(NationalScale.class)
    void everyRegionHasAValidDivisionCodeWithinItsParent(NationalScale scale) {
        NationalData data = new NationalData(NO_API, scale, 1, System.out);
        Set<String> codes = new HashSet<>();
        for (int p = 0; p < scale.provinces; p++) {
            String code = data.provinceCode(p);
            assertTrue(code.matches("[1-9][0-9]0000"), code);
            assertTrue(codes.add(code), "duplicate " + code);
        }
        for (int c = 0; c < scale.cities; c++) {
            String code = data.cityCode(c);
            assertTrue(code.matches("[1-9][0-9]{3}00") && !code.endsWith("0000"), code);
            assertTrue(code.startsWith(data.provinceCode(c % scale.provinces).substring(0, 2)), code);
            assertTrue(codes.add(code), "duplicate " + code);
        }
        for (int d = 0; d < scale.districts; d++) {
            String code = data.districtCode(d);
            assertTrue(code.matches("[1-9][0-9]{5}") && !code.endsWith("00"), code);
            assertTrue(code.startsWith(data.cityCode(d % scale.cities).substring(0, 4)), code);
            assertTrue(codes.add(code), "duplicate " + code);
        }
        for (int t = 0; t < scale.towns; t++) {
            String code = data.townCode(t);
            assertTrue(code.matches("[1-9][0-9]{8}000") && !code.substring(6, 9).equals("000"), code);
            assertTrue(code.startsWith(data.districtCode(t % scale.districts)), code);
            assertTrue(codes.add(code), "duplicate " + code);
        }
        assertEquals(scale.provinces + scale.cities + scale.districts + scale.towns, codes.size());
        assertTrue(codes.contains(data.planRegion(scale.plans - 1)));
    }

    @Test
    void theNationalScaleIsTheOneAskedFor() {
        NationalScale n = NationalScale.NATIONAL;
        assertEquals(31, n.provinces);
        assertEquals(340, n.cities);
        assertEquals(2_800, n.districts);
        assertEquals(40_000, n.towns);
        assertEquals(1_000_000, n.facilities);
        assertEquals(3_000, n.plans);
        assertEquals(40, n.indicatorsPerPlan);
        assertEquals(50_000, n.projects);
        assertEquals(0, n.facilities % n.importChunk);
    }

    @Test
    void optionsChooseTheScaleAndKeepTheDefaultRun() {
        Benchmark.BenchOptions full = Benchmark.BenchOptions.parse(new String[0]);
        assertEquals(Scale.FULL, full.scale);
        assertNull(full.national);
        assertFalse(full.mixed);
        assertNull(full.heap);
        Benchmark.BenchOptions smoke = Benchmark.BenchOptions.parse(new String[] {"--smoke"});
        assertEquals(Scale.SMOKE, smoke.scale);
        assertEquals(2, smoke.seconds);
        Benchmark.BenchOptions national = Benchmark.BenchOptions.parse(new String[] {"--scale", "national-smoke", "--heap", "1g"});
        assertEquals(NationalScale.NATIONAL_SMOKE, national.national);
        assertEquals("1g", national.heap);
        Benchmark.BenchOptions mixed = Benchmark.BenchOptions.parse(new String[] {"--mixed", "--mixed-seconds", "30"});
        assertTrue(mixed.mixed);
        assertEquals(30, mixed.mixedSeconds);
        assertEquals(32, mixed.readers);
        assertEquals(4, mixed.writers);
    }

    @Test
    void percentilesAreNearestRank() {
        long[] sorted = new long[100];
        for (int i = 0; i < 100; i++) {
            sorted[i] = i + 1;
        }
        assertEquals(50, MixedLoad.percentile(sorted, 0.50));
        assertEquals(99, MixedLoad.percentile(sorted, 0.99));
        assertEquals(7, MixedLoad.percentile(new long[] {7}, 0.99));
        assertTrue(Double.isNaN(MixedLoad.percentile(new long[0], 0.5)));
    }
}
