package org.healthplanning.indicator.rest;

/** Example problem documents of the security responses, shared by the OpenAPI annotations of every write. */
final class ApiDocs {
    static final String UNAUTHORIZED = """
            {"type": "/problems/unauthorized", "title": "Unauthorized", "status": 401,
             "detail": "A valid bearer token is required", "instance": "/api/v1/plans/tongliang-14th"}""";
    static final String FORBIDDEN_REGION = """
            {"type": "/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "Your token may write regions [500151], not 500103 (indicator rows of plan yuzhong-14th)",
             "instance": "/api/v1/plans/yuzhong-14th/indicators"}""";
    static final String FORBIDDEN_ADMIN = """
            {"type": "/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "This operation needs the admin role", "instance": "/api/v1/indicator-definitions/LIFE_EXPECTANCY"}""";

    private ApiDocs() {
    }
}
