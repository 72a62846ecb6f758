package org.healthplanning.facility.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.healthplanning.facility.domain.RegionLevel;
import org.healthplanning.facility.domain.RegionRules;
import org.healthplanning.facility.repository.RegionRepository;
import org.healthplanning.http.DomainException;
import org.healthplanning.platform.security.Caller;
import org.healthplanning.platform.security.RegionCodes;
import org.healthplanning.platform.security.RegionHierarchy;

/**
 * This service owns the region hierarchy, so an editor's token covers the sub-regions of the regions
 * it lists (one indexed query for a region's ancestors), and placing a region in the tree needs rights
 * on where it goes.
 */
@ApplicationScoped
public class RegionAccess implements RegionHierarchy {
    @Inject
    RegionRepository regions;

    @Inject
    Caller caller;

    @Override
    public List<String> ancestors(String code) {
        return regions.ancestors(code);
    }

    /**
     * Creating region {@code code}: rights on the code itself, then on where it goes. A special zone,
     * and any code outside the division scheme, is for admins: such a code belongs to no division, so
     * no editor's token can cover it before it exists. A division code must be listed in the token, or
     * lie within a division the token covers (its code's ancestors, 971503 within 971500 and 970000),
     * whatever parent the request names: an editor of 971501 may not take its sibling's code 971503.
     */
    public void requireNewRegion(String code, RegionLevel level, String parentCode) {
        if (caller.isAdmin()) {
            return;
        }
        String what = "region " + code;
        caller.requireEditor(what);
        if (level == RegionLevel.SPECIAL_ZONE) {
            throw DomainException.forbidden("Only an admin may create a special zone (" + what + ")");
        }
        if (!RegionRules.isDivisionCode(code)) {
            throw DomainException.forbidden("Only an admin may create a region whose code is outside the administrative "
                    + "division scheme (" + what + "); an editor creates division codes within its regions");
        }
        Set<String> allowed = caller.regions();
        if (!allowed.contains(code) && RegionCodes.ancestors(code).stream().noneMatch(a -> caller.covers(allowed, a))) {
            throw DomainException.forbidden("Your token may write regions " + new TreeSet<>(allowed)
                    + " and their sub-regions; code " + code + " lies outside them (" + what + ")");
        }
        requirePlacement(code, parentCode, false);
    }

    /**
     * Placing region {@code code} under {@code parentCode}. Creating it: the token must list the code
     * itself or cover the parent. Moving it ({@code move}): the token must cover the new parent (the
     * caller checks the region's current place separately), so a move needs rights on both places.
     * A top-level region without a listed code is for admins.
     */
    public void requirePlacement(String code, String parentCode, boolean move) {
        if (caller.isAdmin()) {
            return;
        }
        String what = "region " + code;
        caller.requireEditor(what);
        Set<String> allowed = caller.regions();
        if ((!move && allowed.contains(code)) || (parentCode != null && caller.covers(allowed, parentCode))) {
            return;
        }
        throw DomainException.forbidden("Your token may write regions " + new TreeSet<>(allowed)
                + " and their sub-regions, not " + code + " under " + (parentCode == null ? "no parent" : parentCode)
                + " (" + what + ")");
    }
}
