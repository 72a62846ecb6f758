package org.healthplanning.indicator.rest;

import org.healthplanning.http.DomainException;
import org.healthplanning.http.Problem;
import org.healthplanning.platform.security.Caller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import static org.healthplanning.indicator.rest.ApiDocs.PLAN_CODE_TEXT;
import static org.healthplanning.indicator.rest.ApiDocs.PLAN_NOT_FOUND;
import static org.healthplanning.indicator.rest.ApprovalDocs.*;
import org.healthplanning.indicator.api.Approval;
import org.healthplanning.indicator.api.ApprovalRequest;
import org.healthplanning.indicator.service.ApprovalService;
import org.healthplanning.indicator.service.ApprovalService.Action;

@Path("/api/v1/plans/{planCode}/approvals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Approval of monitoring values", description = APPROVALS_TEXT)
public class ApprovalResource {
    @Inject
    ApprovalService service;

    @Inject
    ObjectMapper mapper;

    @GET
    @Operation(operationId = "listApprovals", summary = "The approval status of each year with values",
            description = "One status per calendar year that has monitoring values, oldest first, each with its history (newest first).")
    @APIResponse(responseCode = "200", description = "The statuses",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Approval.Page.class),
                    examples = @ExampleObject(name = "one year", value = APPROVAL_LIST_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = PLAN_NOT_FOUND)))
    public Approval.Page list(@Parameter(description = PLAN_CODE_TEXT, example = "tongliang-14th") @PathParam("planCode") String planCode) {
        return new Approval.Page(service.list(planCode));
    }

    @GET
    @Path("/{year}")
    @Operation(operationId = "getApproval", summary = "The approval status of one year",
            description = "Counts of the year's values per state, the year's overall state (the lowest; null without values) and its history.")
    @APIResponse(responseCode = "200", description = "The status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Approval.class),
                    examples = @ExampleObject(name = "submitted", value = APPROVAL_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A year outside the plan's baselineYear..targetYear, or not a year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad year", value = APPROVAL_BAD_YEAR)))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = PLAN_NOT_FOUND)))
    public Approval get(@Parameter(description = PLAN_CODE_TEXT, example = "tongliang-14th") @PathParam("planCode") String planCode,
                        @Parameter(description = YEAR_TEXT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949",
                                maximum = "2100"), example = "2023") @PathParam("year") String year) {
        return service.get(planCode, year);
    }

    @POST
    @Path("/{year}/submit")
    @RolesAllowed({Caller.EDITOR, Caller.REVIEWER, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @Operation(operationId = "submitMonitoringValues", summary = "Submit the year's values for approval",
            description = "DRAFT and RETURNED values of the year become SUBMITTED (and locked). An editor whose regions cover the plan's region, "
                    + "or an admin. The body (an optional comment) may be omitted.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApprovalRequest.class), examples = @ExampleObject(name = "comment", value = APPROVAL_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Submitted: the year's status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Approval.class),
                    examples = @ExampleObject(name = "submitted", value = APPROVAL_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A year outside the plan's years, or a malformed body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad year", value = APPROVAL_BAD_YEAR)))
    @APIResponse(responseCode = "403", description = "Not an editor of the plan's region nor an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "forbidden", value = APPROVAL_FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = PLAN_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "No value of the year is DRAFT or RETURNED (approvalState names the year's state)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "nothing to submit", value = APPROVAL_CONFLICT)))
    public Approval submit(@Parameter(description = PLAN_CODE_TEXT, example = "tongliang-14th") @PathParam("planCode") String planCode,
                           @Parameter(description = YEAR_TEXT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949",
                                   maximum = "2100"), example = "2023") @PathParam("year") String year,
                           String body) {
        return service.transition(planCode, year, Action.SUBMIT, comment(body));
    }

    @POST
    @Path("/{year}/approve")
    @RolesAllowed({Caller.EDITOR, Caller.REVIEWER, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @Operation(operationId = "approveMonitoringValues", summary = "Approve the year's submitted values",
            description = "SUBMITTED values of the year become APPROVED (locked; they count with approvedOnly=true). A reviewer whose regions "
                    + "cover the plan's region, or an admin. The body (an optional comment) may be omitted.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApprovalRequest.class), examples = @ExampleObject(name = "comment", value = APPROVAL_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Approved: the year's status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Approval.class),
                    examples = @ExampleObject(name = "status", value = APPROVAL_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A year outside the plan's years, or a malformed body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad year", value = APPROVAL_BAD_YEAR)))
    @APIResponse(responseCode = "403", description = "Not a reviewer of the plan's region nor an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "forbidden", value = APPROVAL_FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = PLAN_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "No value of the year is SUBMITTED (approvalState names the year's state)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "nothing to approve", value = APPROVAL_CONFLICT)))
    public Approval approve(@Parameter(description = PLAN_CODE_TEXT, example = "tongliang-14th") @PathParam("planCode") String planCode,
                            @Parameter(description = YEAR_TEXT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949",
                                    maximum = "2100"), example = "2023") @PathParam("year") String year,
                            String body) {
        return service.transition(planCode, year, Action.APPROVE, comment(body));
    }

    @POST
    @Path("/{year}/return")
    @RolesAllowed({Caller.EDITOR, Caller.REVIEWER, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @Operation(operationId = "returnMonitoringValues", summary = "Return the year's submitted values for correction",
            description = "SUBMITTED values of the year become RETURNED: editors can change them again (a changed value becomes DRAFT) and "
                    + "resubmit. A reviewer whose regions cover the plan's region, or an admin; the comment is required.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApprovalRequest.class), examples = @ExampleObject(name = "comment", value = APPROVAL_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Returned: the year's status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Approval.class),
                    examples = @ExampleObject(name = "status", value = APPROVAL_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "No comment, a year outside the plan's years, or a malformed body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no comment", value = APPROVAL_NO_COMMENT)))
    @APIResponse(responseCode = "403", description = "Not a reviewer of the plan's region nor an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "forbidden", value = APPROVAL_FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = PLAN_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "No value of the year is SUBMITTED (approvalState names the year's state)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "nothing to return", value = APPROVAL_CONFLICT)))
    public Approval returnValues(@Parameter(description = PLAN_CODE_TEXT, example = "tongliang-14th") @PathParam("planCode") String planCode,
                                 @Parameter(description = YEAR_TEXT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949",
                                         maximum = "2100"), example = "2023") @PathParam("year") String year,
                                 String body) {
        return service.transition(planCode, year, Action.RETURN, comment(body));
    }

    @POST
    @Path("/{year}/reopen")
    @RolesAllowed({Caller.EDITOR, Caller.REVIEWER, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @Operation(operationId = "reopenMonitoringValues", summary = "Reopen the year's approved values",
            description = "APPROVED values of the year become DRAFT (no longer counted with approvedOnly=true). A reviewer whose regions cover "
                    + "the plan's region, or an admin; the comment is required.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApprovalRequest.class), examples = @ExampleObject(name = "comment", value = APPROVAL_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Reopened: the year's status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Approval.class),
                    examples = @ExampleObject(name = "status", value = APPROVAL_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "No comment, a year outside the plan's years, or a malformed body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no comment", value = APPROVAL_NO_COMMENT)))
    @APIResponse(responseCode = "403", description = "Not a reviewer of the plan's region nor an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "forbidden", value = APPROVAL_FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = PLAN_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "No value of the year is APPROVED (approvalState names the year's state)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "nothing to reopen", value = APPROVAL_CONFLICT)))
    public Approval reopen(@Parameter(description = PLAN_CODE_TEXT, example = "tongliang-14th") @PathParam("planCode") String planCode,
                           @Parameter(description = YEAR_TEXT, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949",
                                   maximum = "2100"), example = "2023") @PathParam("year") String year,
                           String body) {
        return service.transition(planCode, year, Action.REOPEN, comment(body));
    }

    /** The comment of an optional {@code {"comment": "..."}} body (400 naming comment or body when malformed). */
    private String comment(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        JsonNode node;
        try {
            node = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw DomainException.invalid("body", "is not JSON: " + e.getOriginalMessage());
        }
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw DomainException.invalid("body", "must be a JSON object {\"comment\": \"...\"}");
        }
        JsonNode c = node.get("comment");
        if (c == null || c.isNull()) {
            return null;
        }
        if (!c.isTextual()) {
            throw DomainException.invalid("comment", "must be text");
        }
        return c.asText();
    }
}
