package org.healthplanning.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegionCodesTest {
    @Test
    void levelsFollowTheCodeStructure() {
        assertEquals(Optional.of(RegionCodes.Tier.PROVINCE), RegionCodes.tier("500000"));
        assertEquals(Optional.of(RegionCodes.Tier.CITY), RegionCodes.tier("500100"));
        assertEquals(Optional.of(RegionCodes.Tier.DISTRICT), RegionCodes.tier("500151"));
        assertEquals(Optional.of(RegionCodes.Tier.TOWN), RegionCodes.tier("500151101000"));
        assertEquals(Optional.of(RegionCodes.Tier.VILLAGE), RegionCodes.tier("500151101201"));
        assertEquals(Optional.empty(), RegionCodes.tier("500151000000"));
        assertEquals(Optional.empty(), RegionCodes.tier("050151"));
        assertEquals(Optional.empty(), RegionCodes.tier("lj-newarea"));
        assertEquals(Optional.empty(), RegionCodes.tier(null));
    }

    @Test
    void aDistrictLiesWithinItsCityAndProvinceOnly() {
        assertTrue(RegionCodes.isWithin("500151", "500000"));
        assertTrue(RegionCodes.isWithin("500151", "500100"));
        assertTrue(RegionCodes.isWithin("500151101000", "500151"));
        assertFalse(RegionCodes.isWithin("500151", "500151"));
        assertFalse(RegionCodes.isWithin("500103", "500151"));
        assertFalse(RegionCodes.isWithin("510151", "500000"));
        assertFalse(RegionCodes.isWithin("500000", "500151"));
        assertFalse(RegionCodes.isWithin("500151", "lj-newarea"));
        assertTrue(RegionCodes.isSameOrWithin("500151", "500151"));
    }

    @Test
    void ancestorsAreReadOffTheCode() {
        assertEquals(List.of("500100", "500000"), RegionCodes.ancestors("500151"));
        assertEquals(List.of("500000"), RegionCodes.ancestors("500100"));
        assertEquals(List.of(), RegionCodes.ancestors("500000"));
        assertEquals(List.of("500151101000", "500151", "500100", "500000"), RegionCodes.ancestors("500151101201"));
        assertEquals(List.of(), RegionCodes.ancestors("x1"));
    }
}
