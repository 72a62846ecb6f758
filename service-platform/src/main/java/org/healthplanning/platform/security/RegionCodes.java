package org.healthplanning.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The structure of an administrative division code (GB/T 2260, extended by the 12-digit statistical
 * code of towns and villages): {@code PP CC DD [TTT VVV]}. A province's code ends in {@code 0000}, a
 * city's in {@code 00}, a district's (county's) six digits are all significant; a town's 12-digit
 * code extends its district's six digits and ends in {@code 000}, a village's extends its town's nine.
 * A region lies within another when its code extends the other's significant prefix.
 */
public final class RegionCodes {
    /** The levels the code structure itself tells, coarsest first. */
    public enum Tier {
        PROVINCE(2), CITY(4), DISTRICT(6), TOWN(9), VILLAGE(12);

        /** How many leading digits of a code at this level are significant. */
        public final int digits;

        Tier(int digits) {
            this.digits = digits;
        }
    }

    private RegionCodes() {
    }

    /** The level a structured code stands for; empty when the code is not 6 or 12 digits of a division. */
    public static Optional<Tier> tier(String code) {
        if (code == null) {
            return Optional.empty();
        }
        if (code.matches("[1-9][0-9]{5}")) {
            if (code.endsWith("0000")) {
                return Optional.of(Tier.PROVINCE);
            }
            return Optional.of(code.endsWith("00") ? Tier.CITY : Tier.DISTRICT);
        }
        if (code.matches("[1-9][0-9]{11}") && !code.substring(2, 6).equals("0000") && !code.substring(6, 9).equals("000")) {
            return Optional.of(code.endsWith("000") ? Tier.TOWN : Tier.VILLAGE);
        }
        return Optional.empty();
    }

    /** The significant leading digits of a structured code (e.g. {@code 50} for 500000, {@code 5001} for 500100). */
    public static Optional<String> prefix(String code) {
        return tier(code).map(t -> code.substring(0, t.digits));
    }

    /** True when {@code code} is a structured code strictly below {@code ancestor} (its code extends the ancestor's prefix). */
    public static boolean isWithin(String code, String ancestor) {
        Optional<Tier> own = tier(code);
        Optional<Tier> above = tier(ancestor);
        return own.isPresent() && above.isPresent() && own.get().digits > above.get().digits
                && code.startsWith(ancestor.substring(0, above.get().digits));
    }

    /** True when {@code code} is {@code region} itself or lies within it. */
    public static boolean isSameOrWithin(String code, String region) {
        return code != null && (code.equals(region) || isWithin(code, region));
    }

    /**
     * The codes of the divisions a structured code lies within, nearest first (for 500151: 500100,
     * 500000; for the town 500151001000: 500151, 500100, 500000); empty for an unstructured code.
     */
    public static List<String> ancestors(String code) {
        List<String> out = new ArrayList<>();
        Optional<Tier> tier = tier(code);
        if (tier.isEmpty()) {
            return out;
        }
        if (tier.get() == Tier.VILLAGE) {
            out.add(code.substring(0, 9) + "000");
        }
        if (tier.get().digits > Tier.DISTRICT.digits) {
            out.add(code.substring(0, 6));
        }
        if (tier.get().digits > Tier.CITY.digits) {
            out.add(code.substring(0, 4) + "00");
        }
        if (tier.get().digits > Tier.PROVINCE.digits) {
            out.add(code.substring(0, 2) + "0000");
        }
        return out;
    }
}
