package org.healthplanning.facility.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.healthplanning.facility.repository.RegionRepository;
import org.healthplanning.facility.rest.ApiException;

/**
 * The person behind the current request and what it may write. An admin writes everything; an
 * editor writes the regions its token's {@code regions} claim lists and, since this service owns the
 * region hierarchy, every descendant of them (one indexed query for a region.s ancestors).
 */
@RequestScoped
public class Caller {
    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";

    @Inject
    SecurityIdentity identity;

    @Inject
    RegionRepository regions;

    /** The token's subject ("anonymous" without a token). */
    public String subject() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    public boolean isAdmin() {
        return !identity.isAnonymous() && identity.hasRole(ADMIN);
    }

    /** The region codes an editor's token lists. */
    public Set<String> regions() {
        Set<String> codes = new LinkedHashSet<>();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim("regions");
            if (claim instanceof JsonArray array) {
                for (JsonValue v : array) {
                    codes.add(v instanceof JsonString s ? s.getString() : v.toString());
                }
            } else if (claim instanceof JsonString s) {
                codes.add(s.getString());
            } else if (claim instanceof Collection<?> c) {
                c.forEach(o -> codes.add(String.valueOf(o)));
            } else if (claim instanceof String s) {
                for (String part : s.split("[,\\s]+")) {
                    if (!part.isBlank()) {
                        codes.add(part);
                    }
                }
            }
        }
        return codes;
    }

    /** True when the token lists {@code code} or one of its ancestors in the stored hierarchy. */
    boolean covers(Set<String> allowed, String code) {
        if (allowed.contains(code)) {
            return true;
        }
        return regions.ancestors(code).stream().anyMatch(allowed::contains);
    }

    private void requireEditor(String what) {
        if (identity.isAnonymous() || !identity.hasRole(EDITOR)) {
            throw ApiException.forbidden("Writing " + what + " needs the editor or admin role");
        }
    }

    /**
     * Throws 403 unless the caller may write {@code what} in every one of {@code regionCodes}
     * (the old and the new region when a write moves it). A null code means the resource's region
     * is unknown, which only an admin may write.
     */
    public void requireRegions(String what, Collection<String> regionCodes) {
        if (isAdmin()) {
            return;
        }
        requireEditor(what);
        if (regionCodes.stream().anyMatch(c -> c == null || c.isBlank())) {
            throw ApiException.forbidden(what + " has no region code; only an admin may write it");
        }
        Set<String> allowed = regions();
        Set<String> missing = new TreeSet<>();
        for (String code : new LinkedHashSet<>(regionCodes)) {
            if (!covers(allowed, code.trim())) {
                missing.add(code.trim());
            }
        }
        if (!missing.isEmpty()) {
            throw ApiException.forbidden("Your token may write regions " + new TreeSet<>(allowed)
                    + " and their sub-regions, not " + String.join(", ", missing) + " (" + what + ")");
        }
    }

    public void requireRegions(String what, String... regionCodes) {
        requireRegions(what, java.util.Arrays.asList(regionCodes));
    }

    /**
     * Placing region {@code code} under {@code parentCode}. Creating it: the token must list the code
     * itself or cover the parent. Moving it ({@code move}): the token must cover the new parent (the
     * caller checks the region's current place separately), so a move needs rights on both places.
     * A top-level region without a listed code is for admins.
     */
    public void requirePlacement(String code, String parentCode, boolean move) {
        if (isAdmin()) {
            return;
        }
        String what = "region " + code;
        requireEditor(what);
        Set<String> allowed = regions();
        if ((!move && allowed.contains(code)) || (parentCode != null && covers(allowed, parentCode))) {
            return;
        }
        throw ApiException.forbidden("Your token may write regions " + new TreeSet<>(allowed)
                + " and their sub-regions, not " + code + " under " + (parentCode == null ? "no parent" : parentCode)
                + " (" + what + ")");
    }

    /** Admin-only writes (standards, synthetic data). */
    public void requireAdmin(String what) {
        if (!isAdmin()) {
            throw ApiException.forbidden("Writing " + what + " needs the admin role");
        }
    }
}
