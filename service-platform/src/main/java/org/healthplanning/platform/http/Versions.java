package org.healthplanning.platform.http;

import jakarta.ws.rs.core.EntityTag;
import org.healthplanning.http.DomainException;

/** ETag and If-Match handling around an integer resource version. */
public final class Versions {
    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version the client says it last saw, from If-Match (a quoted or weak ETag, or {@code *})
     * or else from the body's {@code version}; null when it said neither.
     */
    public static Long expected(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String tag = ifMatch.trim();
            if (tag.equals("*")) {
                return null;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            tag = tag.replace("\"", "").trim();
            try {
                return Long.parseLong(tag);
            } catch (NumberFormatException e) {
                throw DomainException.invalid("If-Match", "must be the ETag of the resource, e.g. \"3\"");
            }
        }
        return bodyVersion;
    }

    /** Throws a stale-version refusal (412) when the client's expected version is not the current one. */
    public static void check(Long expected, long current) {
        if (expected != null && expected != current) {
            throw DomainException.preconditionFailed(current);
        }
    }

    /** A PUT that creates cannot carry an If-Match: there is no version to match (412). */
    public static void requireAbsent(String ifMatch, String what, String key) {
        if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.trim().equals("*")) {
            throw DomainException.preconditionFailed(what + " '" + key + "' does not exist, so If-Match cannot match");
        }
    }
}
