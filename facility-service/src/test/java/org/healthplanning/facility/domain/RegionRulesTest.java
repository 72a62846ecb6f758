package org.healthplanning.facility.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The placement rules on their own, without a database. */
class RegionRulesTest {
    static final RegionRules.Node CHONGQING = new RegionRules.Node("500000", RegionLevel.PROVINCE);
    static final RegionRules.Node TONGLIANG = new RegionRules.Node("500151", RegionLevel.DISTRICT);
    static final RegionRules.Node LIANGJIANG = new RegionRules.Node("500000-LJXQ", RegionLevel.SPECIAL_ZONE);

    static String field(Optional<RegionRules.Violation> v) {
        return v.map(RegionRules.Violation::field).orElse(null);
    }

    @Test
    void aDivisionCodeFixesTheLevel() {
        assertEquals(Optional.of(RegionLevel.PROVINCE), RegionRules.levelOf("500000"));
        assertEquals(Optional.of(RegionLevel.CITY), RegionRules.levelOf("500100"));
        assertEquals(Optional.of(RegionLevel.DISTRICT), RegionRules.levelOf("500151"));
        assertEquals(Optional.of(RegionLevel.TOWN), RegionRules.levelOf("500151001000"));
        assertEquals(Optional.of(RegionLevel.OTHER), RegionRules.levelOf("500151001001"));
        assertEquals(Optional.empty(), RegionRules.levelOf("SYN01"));
        assertEquals(null, field(RegionRules.codeAndLevel("500151", RegionLevel.DISTRICT)));
        assertEquals("level", field(RegionRules.codeAndLevel("500151", RegionLevel.TOWN)));
        assertEquals("code", field(RegionRules.codeAndLevel("500151000000", RegionLevel.TOWN)));
        assertEquals("code", field(RegionRules.codeAndLevel("012345", RegionLevel.DISTRICT)));
        // a local code tells nothing of its level
        assertEquals(null, field(RegionRules.codeAndLevel("SYN01", RegionLevel.DISTRICT)));
        // a special zone takes a local code, never a division's
        assertEquals(null, field(RegionRules.codeAndLevel("500000-LJXQ", RegionLevel.SPECIAL_ZONE)));
        assertEquals("code", field(RegionRules.codeAndLevel("500198", RegionLevel.SPECIAL_ZONE)));
    }

    @Test
    void aDivisionCodeLiesWithinItsParent() {
        // Chongqing's districts stand under the province directly
        assertEquals(null, field(RegionRules.placement("500151", RegionLevel.DISTRICT, CHONGQING, null, "code")));
        assertEquals(null, field(RegionRules.placement("500151001000", RegionLevel.TOWN, TONGLIANG, null, "code")));
        assertEquals("code", field(RegionRules.placement("500103", RegionLevel.DISTRICT, TONGLIANG, null, "code")));
        assertEquals("parentCode", field(RegionRules.placement("500103001000", RegionLevel.TOWN, TONGLIANG, null, "parentCode")));
        assertEquals("code", field(RegionRules.placement("510101", RegionLevel.DISTRICT, CHONGQING, null, "code")));
        assertTrue(RegionRules.placement("500103", RegionLevel.DISTRICT, TONGLIANG, null, "code").get().message()
                .startsWith("500103 is not within parent 500151"));
        // only a province stands alone
        assertEquals(null, field(RegionRules.placement("500000", RegionLevel.PROVINCE, null, null, "code")));
        assertEquals("parentCode", field(RegionRules.placement("500151", RegionLevel.DISTRICT, null, null, "code")));
    }

    @Test
    void aLevelStandsBelowItsParentsAndSpecialZonesUnderAProvinceOrCity() {
        RegionRules.Node localDistrict = new RegionRules.Node("SYN01", RegionLevel.DISTRICT);
        assertEquals(null, field(RegionRules.placement("SYN0101", RegionLevel.TOWN, localDistrict, null, "code")));
        assertEquals("level", field(RegionRules.placement("SYN0102", RegionLevel.DISTRICT, localDistrict, null, "code")));
        assertEquals("level", field(RegionRules.placement("SYN0103", RegionLevel.CITY, localDistrict, null, "code")));
        assertEquals("code", field(RegionRules.placement("500151001000", RegionLevel.TOWN, localDistrict, null, "code")));

        assertEquals(null, field(RegionRules.placement("500000-LJXQ", RegionLevel.SPECIAL_ZONE, CHONGQING, null, "code")));
        assertEquals("parentCode", field(RegionRules.placement("500000-LJXQ", RegionLevel.SPECIAL_ZONE, TONGLIANG, null, "code")));
        assertEquals("parentCode", field(RegionRules.placement("500000-LJXQ", RegionLevel.SPECIAL_ZONE, null, null, "code")));
        // a zone holds towns of its province's districts
        assertEquals(null, field(RegionRules.placement("500112001000", RegionLevel.TOWN, LIANGJIANG, CHONGQING, "code")));
        assertEquals("code", field(RegionRules.placement("510112001000", RegionLevel.TOWN, LIANGJIANG, CHONGQING, "code")));
        assertEquals("level", field(RegionRules.placement("500112", RegionLevel.DISTRICT, LIANGJIANG, CHONGQING, "code")));
    }

    @Test
    void aRegionThatChangesKeepsItsSubRegionsFitting() {
        List<RegionRules.Node> towns = List.of(new RegionRules.Node("500112001000", RegionLevel.TOWN));
        assertEquals(null, field(RegionRules.children(LIANGJIANG, CHONGQING, towns, "parentCode")));
        RegionRules.Node sichuan = new RegionRules.Node("510000", RegionLevel.PROVINCE);
        assertEquals("parentCode", field(RegionRules.children(LIANGJIANG, sichuan, towns, "parentCode")));
        RegionRules.Node asDistrict = new RegionRules.Node("500000-LJXQ", RegionLevel.DISTRICT);
        assertEquals("level", field(RegionRules.children(asDistrict, CHONGQING, towns, "level")));
    }
}
