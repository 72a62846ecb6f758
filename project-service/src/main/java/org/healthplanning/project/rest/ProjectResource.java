package org.healthplanning.project.rest;

import org.healthplanning.platform.http.PageRequest;
import org.healthplanning.platform.http.PageResponse;
import org.healthplanning.platform.http.QueryParams;
import org.healthplanning.platform.http.Versions;
import org.healthplanning.platform.problem.DomainException;
import org.healthplanning.platform.problem.Problem;
import org.healthplanning.platform.problem.ProblemMappers;
import org.healthplanning.platform.security.Caller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import io.quarkus.panache.common.Sort;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthplanning.project.domain.ConstructionType;
import org.healthplanning.project.domain.Project;
import org.healthplanning.project.domain.ProjectStatus;
import org.healthplanning.project.repository.ProjectRepository;
import org.healthplanning.project.service.ProjectCsv;
import org.healthplanning.project.service.ProjectService;

@Path("/api/v1/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "Capital projects and work items of plans")
public class ProjectResource {
    static final String MERGE_PATCH = "application/merge-patch+json";
    static final String CSV = "text/csv";
    static final String REQUEST_EXAMPLE = """
            {"planCode": "tongliang-14th", "regionCode": "500151", "seq": "10",
             "name": "铜梁区中医院迁建项目附属工程", "content": "为新中医院配套建设食堂及放疗中心。",
             "constructionTypeRaw": "新建", "floorAreaM2": 5000, "investment10kCny": 3000,
             "yearsRaw": "2021-2023", "statusRaw": "已立项、可研"}""";
    static final String PROJECT_EXAMPLE = """
            {"id": 10, "planCode": "tongliang-14th", "regionCode": "500151", "position": 10, "seq": "10", "programme": null,
             "name": "铜梁区中医院迁建项目附属工程", "content": "为新中医院配套建设食堂及放疗中心。",
             "constructionType": "NEW", "constructionTypeRaw": "新建", "floorAreaM2": 5000, "investment10kCny": 3000,
             "startYear": 2021, "endYear": 2023, "yearsRaw": "2021-2023", "newLandMu": null,
             "statuses": ["APPROVED", "FEASIBILITY_STUDY"], "statusRaw": "已立项、可研", "remarks": null, "facilityCode": null,
             "capacity": {"medicalBeds": null, "elderlyCareBeds": null, "childcareSlots": null, "isolationRooms": null},
             "annualInvestment": [], "version": 0}""";
    static final String PAGE_EXAMPLE = "{\"items\": [" + PROJECT_EXAMPLE + "], \"page\": 0, \"size\": 50, \"total\": 1}";
    static final String BAD_REQUEST_EXAMPLE = """
            {"type": "/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "endYear: must not be before startYear (2023)", "instance": "/api/v1/projects",
             "errors": [{"field": "endYear", "message": "must not be before startYear (2023)"}]}""";
    static final String NOT_FOUND_EXAMPLE = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Project '999' does not exist", "instance": "/api/v1/projects/999"}""";
    static final String PRECONDITION_EXAMPLE = """
            {"type": "/problems/precondition-failed", "title": "Precondition failed", "status": 412,
             "detail": "The resource has changed: its current version is 3", "instance": "/api/v1/projects/10"}""";
    static final String IMPORT_EXAMPLE = """
            [{"seq": "1", "name": "铜梁区人民医院传染病区医技楼建设项目", "content": "包括土建、内外装饰、医疗设备购置等。",
              "constructionTypeRaw": "续建", "floorAreaM2": 1720, "investment10kCny": 3310, "yearsRaw": "2020-2022",
              "statusRaw": "施工中", "regionCode": "500151"}]""";
    static final String CSV_EXAMPLE = """
            planCode,seq,name,constructionTypeRaw,floorAreaM2,investment10kCny,yearsRaw,newLandMu,statusRaw,capacity.medicalBeds
            tongliang-14th,7,铜梁区人民医院安居分院建设项目,新建,16000,12000,2023-2025,25,初步选址,100
            """;
    static final String IMPORT_RESULT_EXAMPLE = """
            {"imported": 31, "errors": [], "warnings": ["row 13: content states '床位300张' without saying 医疗 or 养老; no capacity was taken from it"]}""";
    static final String IMPORT_PROBLEM_EXAMPLE = """
            {"type": "/problems/import", "title": "Import rejected", "status": 400,
             "detail": "row 2, floorAreaM2: must be greater than or equal to 0; nothing was written",
             "instance": "/api/v1/projects/import", "imported": 0,
             "errors": [{"row": 2, "field": "floorAreaM2", "message": "must be greater than or equal to 0"}], "warnings": []}""";

    @Inject
    ProjectService service;

    @Inject
    ObjectMapper mapper;

    @GET
    @Operation(summary = "List projects", description = "Pages through projects; by default in plan and table order.")
    @APIResponse(responseCode = "200", description = "A page of projects",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Bad filter, paging or sorting parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<Project> list(
            @Parameter(description = "Plan code", example = "tongliang-14th") @QueryParam("planCode") String planCode,
            @Parameter(description = "Region code", example = "500151") @QueryParam("regionCode") String regionCode,
            @Parameter(description = "Projects carrying this status", example = "UNDER_CONSTRUCTION",
                    schema = @Schema(implementation = ProjectStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Construction type", example = "NEW",
                    schema = @Schema(implementation = ConstructionType.class)) @QueryParam("constructionType") String constructionType,
            @Parameter(description = "Programme (项目类别), exact", example = "公共卫生织网工程") @QueryParam("programme") String programme,
            @Parameter(description = "Projects whose years include this year", example = "2024") @QueryParam("activeInYear") String activeInYear,
            @Parameter(description = "Text in name, content or programme", example = "托育") @QueryParam("q") String q,
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1-500", example = "50") @QueryParam("size") String size,
            @Parameter(description = "Sort field, '-' for descending: id, planCode, regionCode, position, name, programme, "
                    + "constructionType, startYear, endYear, floorAreaM2, investment10kCny, newLandMu", example = "-investment10kCny")
            @QueryParam("sort") String sort) {
        ProjectRepository.Filter filter = new ProjectRepository.Filter(planCode, regionCode,
                QueryParams.enumValue("status", status, ProjectStatus.class),
                QueryParams.enumValue("constructionType", constructionType, ConstructionType.class),
                programme, QueryParams.year("activeInYear", activeInYear), q);
        return service.list(filter, PageRequest.of(page, size, sort, ProjectService.SORTABLE, Sort.by("planCode").and("position")));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a project")
    @APIResponse(responseCode = "200", description = "The project; its version is also in ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Project.class),
                    examples = @ExampleObject(name = "project", value = PROJECT_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such project",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not found", value = NOT_FOUND_EXAMPLE)))
    public Response get(@Parameter(example = "10") @PathParam("id") String id) {
        long key = id(id);
        Project project = service.find(key).orElseThrow(() -> DomainException.notFound("Project", id));
        return Response.ok(project).tag(Versions.etag(project.version)).build();
    }

    @POST
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No token, or an invalid, expired or wrongly signed one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "The token's regions do not cover the project's region (old and new when it moves)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "other region", value = ApiDocs.FORBIDDEN_EXAMPLE)))
    @Operation(summary = "Create a project",
            description = "Send the printed cells (constructionTypeRaw, yearsRaw, statusRaw, content) and the service parses "
                    + "constructionType, startYear/endYear, statuses (rest of 备注 into remarks) and capacity when those are not sent.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Project.class), examples = @ExampleObject(name = "project", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new project",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "project", value = PROJECT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid project; the problem names each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "years reversed", value = BAD_REQUEST_EXAMPLE)))
    public Response create(@NotNull Project project, @Context UriInfo uri) {
        Project created = service.create(project);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id)).build())
                .entity(created).tag(Versions.etag(created.version)).build();
    }

    @PUT
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No token, or an invalid, expired or wrongly signed one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "The token's regions do not cover the project's region (old and new when it moves)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "other region", value = ApiDocs.FORBIDDEN_EXAMPLE)))
    @Path("/{id}")
    @Operation(summary = "Replace a project",
            description = "Replaces every field; parsed fields not sent are derived again from the printed cells. "
                    + "Send If-Match (or the body's version) to make sure nobody changed it since you read it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Project.class), examples = @ExampleObject(name = "project", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "project", value = PROJECT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid project",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "years reversed", value = BAD_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such project",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not found", value = NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "stale", value = PRECONDITION_EXAMPLE)))
    public Response put(@Parameter(example = "10") @PathParam("id") String id,
                        @Parameter(description = "ETag last read", example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
                        @HeaderParam("If-Match") String ifMatch,
                        @NotNull Project project) {
        Project updated = service.replace(id(id), project, ifMatch);
        return Response.ok(updated).tag(Versions.etag(updated.version)).build();
    }

    @PATCH
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No token, or an invalid, expired or wrongly signed one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "The token's regions do not cover the project's region (old and new when it moves)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "other region", value = ApiDocs.FORBIDDEN_EXAMPLE)))
    @Path("/{id}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change some fields of a project",
            description = "A JSON merge patch (RFC 7396): fields sent replace, null removes. A patched printed cell "
                    + "(constructionTypeRaw, yearsRaw, statusRaw, content) re-derives its parsed field unless the patch sets it too.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MERGE_PATCH, examples = @ExampleObject(name = "started", value = "{\"statusRaw\": \"施工中\"}")),
            @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "area", value = "{\"floorAreaM2\": 5200}"))})
    @APIResponse(responseCode = "200", description = "Patched",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "project", value = PROJECT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The patched project is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "years reversed", value = BAD_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such project",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not found", value = NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "stale", value = PRECONDITION_EXAMPLE)))
    public Response patch(@Parameter(example = "10") @PathParam("id") String id,
                          @Parameter(description = "ETag last read", example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
                          @HeaderParam("If-Match") String ifMatch,
                          byte[] patch) {
        Project updated = service.patch(id(id), patch, ifMatch);
        return Response.ok(updated).tag(Versions.etag(updated.version)).build();
    }

    @DELETE
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No token, or an invalid, expired or wrongly signed one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "The token's regions do not cover the project's region (old and new when it moves)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "other region", value = ApiDocs.FORBIDDEN_EXAMPLE)))
    @Path("/{id}")
    @Operation(summary = "Delete a project")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such project",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not found", value = NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "stale", value = PRECONDITION_EXAMPLE)))
    public Response delete(@Parameter(example = "10") @PathParam("id") String id,
                           @Parameter(description = "ETag last read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(id(id), ifMatch);
        return Response.noContent().build();
    }

    @POST
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No token, or an invalid, expired or wrongly signed one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "The token's regions do not cover the project's region (old and new when it moves)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "other region", value = ApiDocs.FORBIDDEN_EXAMPLE)))
    @Path("/import")
    @Operation(summary = "Import projects (JSON array)",
            description = "Atomic: every row is checked first and on any error nothing is written (400 naming row and field; "
                    + "rows count from 1). mode=replace makes the plan's projects exactly the imported rows; append adds them. "
                    + "Rows without planCode take the planCode parameter. dryRun=true checks without writing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Project.class),
            examples = @ExampleObject(name = "rows", value = IMPORT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Imported (or, on a dry run, would be)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class),
                    examples = @ExampleObject(name = "result", value = IMPORT_RESULT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Some rows are invalid; nothing was written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad row", value = IMPORT_PROBLEM_EXAMPLE)))
    public ImportResult importJson(
            @Parameter(description = "Plan the rows belong to; required with mode=replace", example = "tongliang-14th") @QueryParam("planCode") String planCode,
            @Parameter(description = "replace or append (default)", example = "replace",
                    schema = @Schema(enumeration = {"replace", "append"})) @QueryParam("mode") String mode,
            @Parameter(description = "Check only, write nothing", example = "false") @QueryParam("dryRun") String dryRun,
            byte[] body) {
        JsonNode tree;
        try {
            tree = body == null || body.length == 0 ? null : mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw DomainException.invalid(List.of(ProblemMappers.describe(e)));
        } catch (java.io.IOException e) {
            throw DomainException.invalid("body", "cannot be read: " + e.getMessage());
        }
        if (tree == null || !tree.isArray()) {
            throw DomainException.invalid("body", "must be a JSON array of projects");
        }
        List<ProjectCsv.Row> rows = new ArrayList<>();
        for (int i = 0; i < tree.size(); i++) {
            rows.add(new ProjectCsv.Row(i + 1, tree.get(i)));
        }
        return service.importRows(planCode, mode(mode), bool("dryRun", dryRun), rows, List.of());
    }

    @POST
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = "bearerJwt")
    @APIResponse(responseCode = "401", description = "No token, or an invalid, expired or wrongly signed one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no token", value = ApiDocs.UNAUTHORIZED_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "The token's regions do not cover the project's region (old and new when it moves)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "other region", value = ApiDocs.FORBIDDEN_EXAMPLE)))
    @Path("/import")
    @Consumes(CSV)
    @Operation(summary = "Import projects (CSV)",
            description = "Same as the JSON import. Header row = JSON field names, nested ones dotted (capacity.medicalBeds); "
                    + "statuses separated by ';'; annualInvestment as a JSON array; empty cell = no value. Rows count data rows from 1.")
    @RequestBody(required = true, content = @Content(mediaType = CSV, examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Imported (or, on a dry run, would be)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class),
                    examples = @ExampleObject(name = "result", value = IMPORT_RESULT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Some rows are invalid; nothing was written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad row", value = IMPORT_PROBLEM_EXAMPLE)))
    public ImportResult importCsv(
            @Parameter(description = "Plan the rows belong to; required with mode=replace", example = "tongliang-14th") @QueryParam("planCode") String planCode,
            @Parameter(description = "replace or append (default)", example = "replace",
                    schema = @Schema(enumeration = {"replace", "append"})) @QueryParam("mode") String mode,
            @Parameter(description = "Check only, write nothing", example = "false") @QueryParam("dryRun") String dryRun,
            String body) {
        List<ImportResult.RowError> errors = new ArrayList<>();
        List<ProjectCsv.Row> rows = ProjectCsv.read(body == null ? "" : body, mapper, errors);
        return service.importRows(planCode, mode(mode), bool("dryRun", dryRun), rows, errors);
    }

    @GET
    @Path("/export")
    @Produces({CSV + ";charset=UTF-8", MediaType.APPLICATION_JSON})
    @Operation(summary = "Export projects",
            description = "CSV (default) in the import's format, or a JSON array with Accept: application/json; "
                    + "importing the export with mode=replace gives the same rows.")
    @APIResponse(responseCode = "200", description = "The plan's projects in table order",
            content = {@Content(mediaType = CSV, examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "json", value = "[" + PROJECT_EXAMPLE + "]"))})
    public Response export(@Parameter(description = "Plan code", example = "tongliang-14th", required = true) @QueryParam("planCode") String planCode,
                           @Context HttpHeaders headers) {
        if (planCode == null || planCode.isBlank()) {
            throw DomainException.invalid("planCode", "is required");
        }
        List<Project> rows = service.byPlan(planCode.trim());
        boolean json = !headers.getAcceptableMediaTypes().isEmpty()
                && headers.getAcceptableMediaTypes().get(0).isCompatible(MediaType.APPLICATION_JSON_TYPE)
                && !headers.getAcceptableMediaTypes().get(0).isWildcardType();
        if (json) {
            return Response.ok(rows, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(ProjectCsv.write(rows, mapper), CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"projects-" + planCode.trim() + ".csv\"").build();
    }

    private static long id(String id) {
        try {
            return Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            throw DomainException.notFound("Project", id);
        }
    }

    private static ProjectService.Mode mode(String mode) {
        if (mode == null || mode.isBlank()) {
            return ProjectService.Mode.APPEND;
        }
        return switch (mode.trim().toLowerCase()) {
            case "replace" -> ProjectService.Mode.REPLACE;
            case "append" -> ProjectService.Mode.APPEND;
            default -> throw DomainException.invalid("mode", "'" + mode + "' is not one of replace, append");
        };
    }

    private static boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw DomainException.invalid(name, "'" + value + "' is not true or false");
        };
    }
}
