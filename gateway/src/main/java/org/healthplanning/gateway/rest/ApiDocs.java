package org.healthplanning.gateway.rest;

/** The long OpenAPI texts and examples of the gateway's own operations, in one place. */
final class ApiDocs {
    private ApiDocs() {
    }

    static final String OVERVIEW_DESCRIPTION = "The plan, its evaluation (summary and off-track binding indicators), its "
            + "project summary for the plan period (万元, ㎡, 亩), its region's resource ratios for the calendar year (per 1000 "
            + "residents) and `consistency`: each plan indicator linked to a ratio through its definition's resourceMetric, "
            + "with the plan's value, the computed ratio and the difference (ratio minus plan value). The backends are asked "
            + "in parallel; any that does not answer in time is listed in `degraded` and its sections are null, the answer "
            + "is still 200. Without `year` the evaluation's latest year is used (the plan's baseline year while no monitoring "
            + "value exists). Public read.";
    static final String DASHBOARD_DESCRIPTION = "The region, its plans, its latest resource ratios (the latest calendar year "
            + "with ratios among the year asked and the ten years before it, per 1000 residents; facility counts, reported counts or the ratios a plan or yearbook published) and the projects active in "
            + "the year (default: the current year). Backends that do not answer in time are listed in `degraded`; the answer "
            + "is still 200. Public read.";
    static final String AUDIT_DESCRIPTION = "Asks indicator-service, project-service and facility-service for their "
            + "`/api/v1/audit` with the same filter, forwarding the caller's Authorization header, and merges the rows by `at`, "
            + "newest first; each row carries `service`. `total` is the sum of the backends' totals. A backend that is down, "
            + "too slow or answers 5xx is listed in `degraded` (the answer stays 200). Admin only.";
    static final String PROBLEM_TYPE_DESCRIPTION = "Every `type` of a Problem answered by the suite is a URI reference to "
            + "this page: what the problem means and what to do, in English and Chinese. HTML for a browser "
            + "(Accept: text/html), JSON for a program (Accept: application/json). Public read.";

    static final String PLAN_NOT_FOUND = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Plan 'xx-14th' does not exist", "instance": "/api/v1/plans/xx-14th/overview"}""";
    static final String REGION_NOT_FOUND = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Region '999999' does not exist", "instance": "/api/v1/regions/999999/dashboard"}""";
    static final String OVERVIEW_BAD_YEAR = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "year: 'abc' is not a year", "instance": "/api/v1/plans/tongliang-14th/overview",
             "errors": [{"field": "year", "message": "'abc' is not a year"}]}""";
    static final String DASHBOARD_BAD_YEAR = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "year: must be a year between 1949 and 2100", "instance": "/api/v1/regions/500151/dashboard",
             "errors": [{"field": "year", "message": "must be a year between 1949 and 2100"}]}""";
    static final String AUDIT_BAD_DATE = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "from: 'yesterday' is not an ISO-8601 instant or date", "instance": "/api/v1/audit",
             "errors": [{"field": "from", "message": "'yesterday' is not an ISO-8601 instant or date"}]}""";
    static final String AUDIT_UNAUTHORIZED = """
            {"type": "/problems/unauthorized", "title": "Unauthorized", "status": 401,
             "detail": "A valid bearer token is required", "instance": "/api/v1/audit"}""";
    static final String AUDIT_FORBIDDEN = """
            {"type": "/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "This operation needs the admin role", "instance": "/api/v1/audit"}""";
    static final String PROBLEM_TYPE_EXAMPLE = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "description": "The resource named by the path does not exist. Check the code or id.",
             "descriptionZh": "路径所指的资源不存在。请检查编码或编号。"}""";
    static final String PROBLEM_TYPE_NOT_FOUND = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Problem type 'no-such-type' does not exist", "instance": "/problems/no-such-type"}""";

    static final String DELETIONS_DESCRIPTION = "The resources deleted in the whole suite after `since` (or after the cursor "
            + "`after`), oldest first, cascaded deletions included: asks indicator-service, project-service and facility-service "
            + "for their `/api/v1/deletions` and merges the rows by `deletedAt`; each row carries `service` and its own `cursor`. "
            + "Together with `updatedAfter` on every list this keeps a copy in step: read the lists with `updatedAfter`, then "
            + "apply the deletions. Deletions are kept 90 days (configurable per service). A backend that does not answer makes "
            + "the answer a 503, never a page with its deletions missing. Public read.";
    static final String DELETIONS_BAD_SINCE = """
            {"type":"/problems/validation","title":"Invalid request","status":400,
             "detail":"since: 'yesterday' is not an ISO-8601 instant with an offset, e.g. 2026-03-01T08:00:00Z",
             "instance":"/api/v1/deletions",
             "errors":[{"field":"since","message":"'yesterday' is not an ISO-8601 instant with an offset, e.g. 2026-03-01T08:00:00Z"}]}""";
    static final String DELETIONS_UNAVAILABLE = """
            {"type":"/problems/backend-unavailable","title":"Service unavailable","status":503,
             "detail":"facility-service is not reachable (ConnectException): the deletions cannot be merged without it; try again later",
             "instance":"/api/v1/deletions"}""";
}
