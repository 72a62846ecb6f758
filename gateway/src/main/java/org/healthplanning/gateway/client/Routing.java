package org.healthplanning.gateway.client;

import java.util.regex.Pattern;

/** Which backend owns a public path; {@code null} for the gateway's own views and for unknown paths. */
public final class Routing {
    private static final Pattern OWN = Pattern.compile(
            "^/api/v1/(plans/[^/]+/overview|regions/[^/]+/dashboard|audit)/?$");
    private static final Pattern PROJECT_UNDER_PLANS = Pattern.compile(
            "^/api/v1/plans/[^/]+/(project-summary|declared-totals)(/.*)?$");

    private Routing() {
    }

    public static boolean servedByGateway(String path) {
        return OWN.matcher(path).matches();
    }

    public static Backend backendFor(String path) {
        if (servedByGateway(path)) {
            return null;
        }
        if (PROJECT_UNDER_PLANS.matcher(path).matches()) {
            return Backend.PROJECT;
        }
        if (under(path, "/api/v1/indicator-definitions") || under(path, "/api/v1/plans")) {
            return Backend.INDICATOR;
        }
        if (under(path, "/api/v1/projects")) {
            return Backend.PROJECT;
        }
        if (under(path, "/api/v1/regions") || under(path, "/api/v1/facilities") || under(path, "/api/v1/standards")) {
            return Backend.FACILITY;
        }
        return null;
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
