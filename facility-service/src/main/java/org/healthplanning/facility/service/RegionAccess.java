package org.healthplanning.facility.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.healthplanning.facility.repository.RegionRepository;
import org.healthplanning.platform.problem.DomainException;
import org.healthplanning.platform.security.Caller;
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
