package org.healthplanning.gateway.client;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** Which backend owns a public path; {@code null} for the gateway's own views and for unknown paths. */
public final class Routing {
    /**
     * The path templates of the backends' operations, as the merged OpenAPI document names them. The
     * proxy registers one route per template, so that metrics count requests by operation
     * ({@code uri="/api/v1/plans/{planCode}"}), never by each path a client sends.
     */
    public static final List<String> TEMPLATES = List.of(
            "/api/v1/indicator-definitions",
            "/api/v1/indicator-definitions/{code}",
            "/api/v1/indicator-definitions/{code}/comparison",
            "/api/v1/plans",
            "/api/v1/plans/{planCode}",
            "/api/v1/plans/{planCode}/checks",
            "/api/v1/plans/{planCode}/evaluation",
            "/api/v1/plans/{planCode}/indicators",
            "/api/v1/plans/{planCode}/indicators/export",
            "/api/v1/plans/{planCode}/indicators/import",
            "/api/v1/plans/{planCode}/indicators/{id}",
            "/api/v1/plans/{planCode}/indicators/{id}/values",
            "/api/v1/plans/{planCode}/indicators/{id}/values/{year}",
            "/api/v1/plans/{planCode}/approvals",
            "/api/v1/plans/{planCode}/approvals/{year}",
            "/api/v1/plans/{planCode}/approvals/{year}/submit",
            "/api/v1/plans/{planCode}/approvals/{year}/approve",
            "/api/v1/plans/{planCode}/approvals/{year}/return",
            "/api/v1/plans/{planCode}/approvals/{year}/reopen",
            "/api/v1/plan-indicators",
            "/api/v1/monitoring-values",
            "/api/v1/plans/{planCode}/values/export",
            "/api/v1/plans/{planCode}/values/import",
            "/api/v1/plans/{planCode}/declared-totals",
            "/api/v1/plans/{planCode}/project-summary",
            "/api/v1/declared-totals",
            "/api/v1/projects",
            "/api/v1/projects/export",
            "/api/v1/projects/import",
            "/api/v1/projects/{id}",
            "/api/v1/regions",
            "/api/v1/regions/{code}",
            "/api/v1/regions/{code}/population",
            "/api/v1/regions/{code}/population/{year}",
            "/api/v1/regions/{code}/resources",
            "/api/v1/regions/{code}/resources/{year}",
            "/api/v1/regions/{code}/ratios",
            "/api/v1/regions/{code}/ratios/series",
            "/api/v1/regions/{code}/gaps",
            "/api/v1/populations",
            "/api/v1/facility-resources",
            "/api/v1/reported-totals",
            "/api/v1/facilities",
            "/api/v1/facilities/export",
            "/api/v1/facilities/import",
            "/api/v1/facilities/{code}",
            "/api/v1/facilities/{code}/resources",
            "/api/v1/facilities/{code}/resources/{year}",
            "/api/v1/standards",
            "/api/v1/standards/{code}");
    private static final Pattern OWN = Pattern.compile(
            "^/api/v1/(plans/[^/]+/overview|regions/[^/]+/dashboard|audit|deletions)/?$");
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
        if (under(path, "/api/v1/indicator-definitions") || under(path, "/api/v1/plans")
                || under(path, "/api/v1/plan-indicators") || under(path, "/api/v1/monitoring-values")) {
            return Backend.INDICATOR;
        }
        if (under(path, "/api/v1/projects") || under(path, "/api/v1/declared-totals")) {
            return Backend.PROJECT;
        }
        if (under(path, "/api/v1/regions") || under(path, "/api/v1/facilities") || under(path, "/api/v1/standards")
                || under(path, "/api/v1/populations") || under(path, "/api/v1/facility-resources") || under(path, "/api/v1/reported-totals")) {
            return Backend.FACILITY;
        }
        return null;
    }

    /**
     * {@link #TEMPLATES} as router paths ({@code /api/v1/plans/:planCode}), in the order they are to be
     * tried: where two match one path ({@code /facilities/export}, {@code /facilities/{code}}), the one
     * with fewer parameters first.
     */
    public static List<String> routerPaths() {
        return TEMPLATES.stream()
                .sorted(Comparator.comparingLong((String t) -> t.chars().filter(c -> c == '{').count()))
                .map(t -> t.replaceAll("\\{([A-Za-z0-9_]+)}", ":$1"))
                .toList();
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
