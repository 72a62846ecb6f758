package org.healthplanning.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.healthplanning.http.DomainException;

/**
 * The person behind the current request and what it may write. An admin writes everything; an
 * editor writes the regions its token's {@code regions} claim lists and, where the service knows the
 * region hierarchy ({@link RegionHierarchy}), their sub-regions. A reviewer is scoped the same way and
 * approves or returns what editors submit there.
 */
@RequestScoped
public class Caller {
    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";
    /** Approves (or returns) the figures editors submit, in the regions its token lists. */
    public static final String REVIEWER = "reviewer";

    @Inject
    SecurityIdentity identity;

    @Inject
    RegionHierarchy hierarchy;

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

    /** The region codes an editor's token lists (an array of strings; {@link StrictTokenClaims} refuses any other shape). */
    public Set<String> regions() {
        Set<String> codes = new LinkedHashSet<>();
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("regions") instanceof JsonArray array) {
            for (JsonValue v : array) {
                if (v instanceof JsonString s) {
                    codes.add(s.getString());
                }
            }
        }
        return codes;
    }

    /** True when the token lists {@code code} or one of its ancestors. */
    public boolean covers(Set<String> allowed, String code) {
        if (allowed.contains(code)) {
            return true;
        }
        return hierarchy.ancestors(code).stream().anyMatch(allowed::contains);
    }

    /** Throws 403 unless the caller is an editor or an admin. */
    public void requireEditor(String what) {
        if (identity.isAnonymous() || !(identity.hasRole(EDITOR) || identity.hasRole(ADMIN))) {
            throw DomainException.forbidden("Writing " + what + " needs the editor or admin role");
        }
    }

    /** Throws 403 unless the caller is an admin. */
    public void requireAdmin(String what) {
        if (!isAdmin()) {
            throw DomainException.forbidden("Writing " + what + " needs the admin role");
        }
    }

    /** Throws 403 unless the caller may write in every one of these regions (nulls mean an unknown region). */
    public void requireRegions(String what, String... regionCodes) {
        requireRegions(what, Arrays.asList(regionCodes));
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
            throw DomainException.forbidden(what + " has no region code; only an admin may write it");
        }
        Set<String> allowed = regions();
        Set<String> missing = new TreeSet<>();
        for (String code : new LinkedHashSet<>(regionCodes)) {
            if (!covers(allowed, code.trim())) {
                missing.add(code.trim());
            }
        }
        if (!missing.isEmpty()) {
            throw DomainException.forbidden("Your token may write regions " + new TreeSet<>(allowed) + ", not "
                    + String.join(", ", missing) + " (" + what + ")");
        }
    }

    public boolean isReviewer() {
        return !identity.isAnonymous() && identity.hasRole(REVIEWER);
    }

    /** Throws 403 unless the caller is an admin or a reviewer whose regions cover {@code regionCode}. */
    public void requireReviewer(String what, String regionCode) {
        if (isAdmin()) {
            return;
        }
        if (!isReviewer()) {
            throw DomainException.forbidden(what + " needs the reviewer or admin role");
        }
        if (regionCode == null || regionCode.isBlank() || !covers(regions(), regionCode.trim())) {
            throw DomainException.forbidden("Your token may review regions " + new TreeSet<>(regions()) + ", not "
                    + regionCode + " (" + what + ")");
        }
    }
}
