package org.healthplanning.project.rest;

/** Example problem documents of the security responses, shared by the OpenAPI annotations of every write. */
final class ApiDocs {
    static final String UNAUTHORIZED_EXAMPLE = """
            {"type": "/problems/unauthorized", "title": "Unauthorized", "status": 401,
             "detail": "A valid bearer token is required", "instance": "/api/v1/projects"}""";
    static final String FORBIDDEN_EXAMPLE = """
            {"type": "/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "Your token may write regions [500151], not 500103 (project 12)", "instance": "/api/v1/projects/12"}""";

    private ApiDocs() {
    }
}
