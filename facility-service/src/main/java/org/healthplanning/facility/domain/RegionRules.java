package org.healthplanning.facility.domain;

import java.util.List;
import java.util.Optional;
import org.healthplanning.platform.security.RegionCodes;

/**
 * Where a region may stand, from its code and level (docs/DOMAIN.md §3). Pure functions: callers
 * supply the region and its would-be parent; each rule answers the violation (field and message) or
 * nothing.
 *
 * <p>A code is either a <em>division code</em> ({@link RegionCodes}: 6 digits for a province,
 * city or district, 12 for a town or village), whose structure fixes the level and the divisions it
 * lies within, or a <em>local code</em> (any other code of the code pattern, not 6 or 12 digits),
 * which tells nothing. A 6- or 12-digit code that is not a division code is refused.
 */
public final class RegionRules {
    /** A broken rule: the field to name and what is wrong. */
    public record Violation(String field, String message) {
    }

    /** A region as the rules see it. */
    public record Node(String code, RegionLevel level) {
    }

    private RegionRules() {
    }

    /** How deep a level stands in the tree, coarsest 1: a region's level must be deeper than its parent's. */
    public static int depth(RegionLevel level) {
        return switch (level) {
            case PROVINCE -> 1;
            case CITY -> 2;
            case DISTRICT, SPECIAL_ZONE -> 3;
            case TOWN -> 4;
            case OTHER -> 5;
        };
    }

    /** True for a code of the administrative division scheme. */
    public static boolean isDivisionCode(String code) {
        return RegionCodes.tier(code).isPresent();
    }

    /** True for a code with the form of a division code (6 or 12 digits), valid or not. */
    static boolean hasDivisionForm(String code) {
        return code != null && code.matches("[0-9]{6}|[0-9]{12}");
    }

    /** The level a division code stands for (a village's is OTHER); empty for a local code. */
    public static Optional<RegionLevel> levelOf(String code) {
        return RegionCodes.tier(code).map(t -> switch (t) {
            case PROVINCE -> RegionLevel.PROVINCE;
            case CITY -> RegionLevel.CITY;
            case DISTRICT -> RegionLevel.DISTRICT;
            case TOWN -> RegionLevel.TOWN;
            case VILLAGE -> RegionLevel.OTHER;
        });
    }

    /** The code and level on their own: a division code fixes the level; a special zone takes a local code. */
    public static Optional<Violation> codeAndLevel(String code, RegionLevel level) {
        if (hasDivisionForm(code) && !isDivisionCode(code)) {
            return violation("code", code + " is not an administrative division code: 6 digits name a province (PP0000), "
                    + "a city (PPCC00) or a district (PPCCDD, not 00); 12 digits a town (its district's 6 digits, 3 more, "
                    + "then 000) or a village");
        }
        if (level == RegionLevel.SPECIAL_ZONE) {
            return isDivisionCode(code)
                    ? violation("code", "a special zone is not an administrative division and takes a code outside the "
                            + "division scheme (not 6 or 12 digits, e.g. 500000-LJXQ); " + code + " is a " + name(levelOf(code).get())
                            + "'s code")
                    : Optional.empty();
        }
        Optional<RegionLevel> fixed = levelOf(code);
        if (fixed.isPresent() && fixed.get() != level) {
            return violation("level", code + " is a " + name(fixed.get()) + "'s code: its level is " + fixed.get() + ", not " + level);
        }
        return Optional.empty();
    }

    /**
     * The region ({@code code}, {@code level}) under {@code parent} (null: a top-level region).
     * {@code zoneParent} is the parent's own parent when the parent is a special zone (null
     * otherwise or when it has none). A misplaced code is reported on {@code codeField}
     * ({@code code} for a new region, {@code parentCode} for one that moves).
     */
    public static Optional<Violation> placement(String code, RegionLevel level, Node parent, Node zoneParent, String codeField) {
        if (parent == null) {
            if (level == RegionLevel.SPECIAL_ZONE) {
                return violation("parentCode", "a special zone stands under a province or a city");
            }
            if (isDivisionCode(code) && level != RegionLevel.PROVINCE) {
                return violation("parentCode", "a " + name(level) + " needs a parent: the division its code " + code
                        + " lies within (" + String.join(" or ", RegionCodes.ancestors(code)) + ")");
            }
            return Optional.empty();
        }
        if (level == RegionLevel.SPECIAL_ZONE && parent.level() != RegionLevel.PROVINCE && parent.level() != RegionLevel.CITY) {
            return violation("parentCode", "a special zone stands under a province or a city, not under " + describe(parent));
        }
        if (isDivisionCode(code)) {
            Optional<Violation> fit = fit(code, parent, zoneParent, codeField);
            if (fit.isPresent()) {
                return fit;
            }
        }
        if (depth(level) <= depth(parent.level())) {
            return violation("level", "a region's level must be below its parent's (province, city, district or special zone, "
                    + "town, other): " + level + " cannot stand under " + describe(parent));
        }
        return Optional.empty();
    }

    /** A division code lies within its parent's code, or, under a special zone, within the province or city the zone stands in. */
    private static Optional<Violation> fit(String code, Node parent, Node zoneParent, String field) {
        if (parent.level() == RegionLevel.SPECIAL_ZONE) {
            if (zoneParent == null || !isDivisionCode(zoneParent.code())) {
                return violation(field, "special zone " + parent.code() + " stands in no province or city, so it cannot hold "
                        + "a division such as " + code);
            }
            return RegionCodes.isWithin(code, zoneParent.code()) ? Optional.empty()
                    : violation(field, code + " is not within " + zoneParent.code() + ", the " + name(zoneParent.level())
                            + " special zone " + parent.code() + " stands in: a code under the zone extends the prefix "
                            + RegionCodes.prefix(zoneParent.code()).get());
        }
        if (!isDivisionCode(parent.code())) {
            return violation(field, code + " is an administrative division code and stands under the division it lies within "
                    + "(or a special zone), not under " + describe(parent) + ", whose code is outside the division scheme");
        }
        return RegionCodes.isWithin(code, parent.code()) ? Optional.empty()
                : violation(field, code + " is not within parent " + parent.code() + ": a code under " + parent.code()
                        + " extends its prefix " + RegionCodes.prefix(parent.code()).get() + " with more significant digits");
    }

    /**
     * The sub-regions of a region that changes level or place, each checked anew under it; the first
     * that would no longer fit, reported on {@code field}.
     */
    public static Optional<Violation> children(Node region, Node regionParent, List<Node> children, String field) {
        Node zoneParent = region.level() == RegionLevel.SPECIAL_ZONE ? regionParent : null;
        for (Node child : children) {
            Optional<Violation> v = placement(child.code(), child.level(), region, zoneParent, field);
            if (v.isPresent()) {
                return violation(field, "sub-region " + child.code() + " would no longer fit: " + v.get().message());
            }
        }
        return Optional.empty();
    }

    private static String describe(Node n) {
        return n.level() + " " + n.code();
    }

    private static String name(RegionLevel level) {
        return switch (level) {
            case PROVINCE -> "province";
            case CITY -> "city";
            case DISTRICT -> "district";
            case TOWN -> "town";
            case OTHER -> "village";
            case SPECIAL_ZONE -> "special zone";
        };
    }

    private static Optional<Violation> violation(String field, String message) {
        return Optional.of(new Violation(field, message));
    }
}
