package org.healthplanning.indicator.rest;

/** The texts and examples of the approval operations' OpenAPI documentation. */
final class ApprovalDocs {
    private ApprovalDocs() {
    }

    static final String APPROVALS_TEXT = "Approval of a plan's monitoring values per calendar year (after DHIS2's data approval): an editor of the plan's "
            + "region submits the year's DRAFT and RETURNED values (SUBMITTED); a reviewer of the region (or an admin) approves them (APPROVED) "
            + "or returns them with a comment (RETURNED), and may reopen approved ones with a comment (DRAFT). SUBMITTED and APPROVED values "
            + "cannot be changed or deleted (409). Each transition acts on all of the plan's values for the year, writes a history row "
            + "and an audit row (resource type plan-approval, key planCode/year), and answers the year's status.";
    static final String YEAR_TEXT = "A calendar year of the plan, from its baselineYear to its targetYear";
    static final String APPROVAL_EXAMPLE = """
            {"planCode": "tongliang-14th", "year": 2023, "state": "SUBMITTED",
             "counts": {"DRAFT": 0, "RETURNED": 0, "SUBMITTED": 25, "APPROVED": 0},
             "history": [{"action": "SUBMIT", "fromState": "DRAFT", "toState": "SUBMITTED", "by": "editor-tongliang",
                          "at": "2024-03-05T08:15:30.123Z", "comment": null, "values": 25}]}""";
    static final String APPROVAL_LIST_EXAMPLE = """
            {"items": [{"planCode": "tongliang-14th", "year": 2023, "state": "APPROVED",
                        "counts": {"DRAFT": 0, "RETURNED": 0, "SUBMITTED": 0, "APPROVED": 25},
                        "history": [{"action": "APPROVE", "fromState": "SUBMITTED", "toState": "APPROVED", "by": "reviewer-tongliang",
                                     "at": "2024-03-08T02:10:00Z", "comment": "已核对年报", "values": 25},
                                    {"action": "SUBMIT", "fromState": "DRAFT", "toState": "SUBMITTED", "by": "editor-tongliang",
                                     "at": "2024-03-05T08:15:30.123Z", "comment": null, "values": 25}]}]}""";
    static final String APPROVAL_REQUEST_EXAMPLE = """
            {"comment": "孕产妇死亡率与妇幼年报不一致，请核对"}""";
    static final String APPROVAL_BAD_YEAR = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "year: 2030 lies outside plan tongliang-14th: its values run from its baseline year 2020 to its target year 2025",
             "instance": "/api/v1/plans/tongliang-14th/approvals/2030/submit",
             "errors": [{"field": "year", "message": "2030 lies outside plan tongliang-14th: its values run from its baseline year 2020 to its target year 2025"}]}""";
    static final String APPROVAL_NO_COMMENT = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "comment: is required to return values: say why", "instance": "/api/v1/plans/tongliang-14th/approvals/2023/return",
             "errors": [{"field": "comment", "message": "is required to return values: say why"}]}""";
    static final String APPROVAL_FORBIDDEN = """
            {"type": "/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "Your token may review regions [500103], not 500151 (the approval of plan tongliang-14th's monitoring values)",
             "instance": "/api/v1/plans/tongliang-14th/approvals/2023/approve"}""";
    static final String APPROVAL_CONFLICT = """
            {"type": "/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "No monitoring value of plan tongliang-14th for 2023 is SUBMITTED (the year is DRAFT: 25 DRAFT), so there is nothing to approve",
             "instance": "/api/v1/plans/tongliang-14th/approvals/2023/approve", "approvalState": "DRAFT"}""";
    static final String VALUE_LOCKED = """
            {"type": "/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "The 2023 value of indicator 17 is APPROVED: a submitted or approved value cannot be changed; a reviewer returns (or reopens) it first",
             "instance": "/api/v1/plans/tongliang-14th/indicators/17/values/2023", "approvalState": "APPROVED"}""";
    static final String BAD_APPROVED_ONLY = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "approvedOnly: 'maybe' is not true or false", "instance": "/api/v1/plans/tongliang-14th/values/export",
             "errors": [{"field": "approvedOnly", "message": "'maybe' is not true or false"}]}""";
}
