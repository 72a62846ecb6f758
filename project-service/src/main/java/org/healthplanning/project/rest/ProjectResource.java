package org.healthplanning.project.rest;

import static org.healthplanning.project.rest.ApiDocs.BEARER;
import static org.healthplanning.project.rest.ApiDocs.CSV;
import static org.healthplanning.project.rest.ApiDocs.MERGE_PATCH;

import org.healthplanning.platform.http.PageRequest;
import org.healthplanning.http.PageResponse;
import org.healthplanning.http.QueryParams;
import org.healthplanning.platform.http.Versions;
import org.healthplanning.http.DomainException;
import org.healthplanning.http.Problem;
import org.healthplanning.platform.problem.ProblemMappers;
import org.healthplanning.platform.security.Caller;
import org.healthplanning.platform.sync.ChangeQuery;

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
import org.healthplanning.project.api.ImportResult;
import org.healthplanning.project.api.ProjectPage;
import org.healthplanning.project.api.ProjectDto;
import org.healthplanning.project.api.ProjectPatch;
import org.healthplanning.project.domain.ConstructionType;
import org.healthplanning.project.domain.ProjectStatus;
import org.healthplanning.project.repository.ProjectRepository;
import org.healthplanning.project.service.ProjectCsv;
import org.healthplanning.project.service.ProjectSheets;
import org.healthplanning.platform.sheet.ExportFormat;
import org.healthplanning.platform.sheet.SheetData;
import org.healthplanning.platform.sheet.SheetReader;
import org.healthplanning.platform.sheet.SheetWriter;
import org.healthplanning.project.service.ProjectService;

/** Capital projects: list, read, write, import and export. */
@Path("/api/v1/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiDocs.TAG_PROJECTS, description = ApiDocs.TAG_PROJECTS_TEXT)
public class ProjectResource {
    @Inject
    ProjectService service;

    @Inject
    ObjectMapper mapper;

    @GET
    @Operation(operationId = "listProjects", summary = "List projects", description = ApiDocs.LIST_PROJECTS)
    @APIResponse(responseCode = "200", description = "A page of projects (with updatedAfter or after: the changed ones, paged by cursor)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectPage.class),
                    examples = {@ExampleObject(name = "page", value = ApiDocs.PAGE_EXAMPLE),
                            @ExampleObject(name = "changes", value = ApiDocs.CHANGES_PAGE_EXAMPLE)}))
    @APIResponse(responseCode = "400", description = "A malformed filter, paging, sorting, updatedAfter or after parameter, page or sort "
            + "with an incremental read, or a parameter the operation does not take; the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "bad year", value = ApiDocs.BAD_PARAMETER_EXAMPLE),
                            @ExampleObject(name = "bad updatedAfter", value = ApiDocs.BAD_UPDATED_AFTER_EXAMPLE)}))
    public PageResponse<ProjectDto> list(
            @Parameter(description = "Projects of this plan", example = "tongliang-14th",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.CODE_PATTERN)) @QueryParam("planCode") String planCode,
            @Parameter(description = "Projects of this region (GB/T 2260 code)", example = "500151",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.REGION_PATTERN)) @QueryParam("regionCode") String regionCode,
            @Parameter(description = "Projects carrying this status", example = "UNDER_CONSTRUCTION",
                    schema = @Schema(implementation = ProjectStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Projects of this construction type", example = "NEW",
                    schema = @Schema(implementation = ConstructionType.class)) @QueryParam("constructionType") String constructionType,
            @Parameter(description = "Programme (项目类别), exact", example = "公共卫生织网工程") @QueryParam("programme") String programme,
            @Parameter(description = "Projects whose years include this calendar year", example = "2024",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2100"))
            @QueryParam("activeInYear") String activeInYear,
            @Parameter(description = "Text in name, content or programme", example = "托育") @QueryParam("q") String q,
            @Parameter(description = ApiDocs.PAGE, example = "0",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = ApiDocs.SIZE, example = "50",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500", defaultValue = "50"))
            @QueryParam("size") String size,
            @Parameter(description = ApiDocs.SORT, example = "-investment10kCny", schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "id", "-id", "planCode", "-planCode", "regionCode", "-regionCode", "position", "-position", "name", "-name",
                    "programme", "-programme", "constructionType", "-constructionType", "startYear", "-startYear", "endYear", "-endYear",
                    "floorAreaM2", "-floorAreaM2", "investment10kCny", "-investment10kCny", "newLandMu", "-newLandMu"}))
            @QueryParam("sort") String sort,
            @Parameter(description = ApiDocs.UPDATED_AFTER, example = "2026-03-01T08:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("updatedAfter") String updatedAfter,
            @Parameter(description = ApiDocs.AFTER, example = "YzE6MTc3MjQ0MzgwMDY1NDMyMToxMA",
                    schema = @Schema(type = SchemaType.STRING)) @QueryParam("after") String after) {
        ChangeQuery change = ChangeQuery.of(updatedAfter, after, page, size, sort);
        ProjectRepository.Filter filter = new ProjectRepository.Filter(planCode, regionCode,
                QueryParams.enumValue("status", status, ProjectStatus.class),
                QueryParams.enumValue("constructionType", constructionType, ConstructionType.class),
                programme, QueryParams.year("activeInYear", activeInYear), q);
        if (change != null) {
            return service.changes(filter, change);
        }
        return service.list(filter, PageRequest.of(page, size, sort, ProjectService.SORTABLE, Sort.by("planCode").and("position")));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getProject", summary = "Get a project",
            description = "The project with its parsed and printed fields; its version is also in ETag. An id that is not a number is a 404.")
    @APIResponse(responseCode = "200", description = "The project; its version is also in ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectDto.class),
                    examples = @ExampleObject(name = "project", value = ApiDocs.PROJECT_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such project",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiDocs.NOT_FOUND_EXAMPLE)))
    public Response get(@Parameter(description = ApiDocs.ID, example = "10",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) @PathParam("id") String id) {
        long key = id(id);
        ProjectDto project = service.find(key).orElseThrow(() -> DomainException.notFound("Project", id));
        return Response.ok(project).tag(Versions.etag(project.version)).build();
    }

    @POST
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = BEARER)
    @Operation(operationId = "createProject", summary = "Create a project", description = ApiDocs.CREATE_PROJECT)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProjectDto.class), examples = @ExampleObject(name = "project", value = ApiDocs.REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new project",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectDto.class),
                    examples = @ExampleObject(name = "project", value = ApiDocs.PROJECT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid project; the problem names each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "years reversed", value = ApiDocs.BAD_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "The plan named does not exist, or the project's region is not the plan's region "
            + "nor one of its sub-regions",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown plan", value = ApiDocs.UNKNOWN_PLAN_EXAMPLE)))
    public Response create(@NotNull ProjectDto project, @Context UriInfo uri) {
        ProjectDto created = service.create(project);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id)).build())
                .entity(created).tag(Versions.etag(created.version)).build();
    }

    @PUT
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = BEARER)
    @Path("/{id}")
    @Operation(operationId = "putProject", summary = "Replace a project", description = ApiDocs.PUT_PROJECT)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProjectDto.class), examples = @ExampleObject(name = "project", value = ApiDocs.REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectDto.class),
                    examples = @ExampleObject(name = "project", value = ApiDocs.PROJECT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid project; the problem names each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "years reversed", value = ApiDocs.BAD_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "The plan named does not exist, or the project's region is not the plan's region "
            + "nor one of its sub-regions",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown plan", value = ApiDocs.UNKNOWN_PLAN_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such project",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiDocs.NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "412", description = "If-Match (or the body's version) does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ApiDocs.PRECONDITION_EXAMPLE)))
    public Response put(@Parameter(description = ApiDocs.ID, example = "10",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) @PathParam("id") String id,
                        @Parameter(description = ApiDocs.IF_MATCH, example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
            @HeaderParam("If-Match") String ifMatch,
                        @NotNull ProjectDto project) {
        ProjectDto updated = service.replace(id(id), project, ifMatch);
        return Response.ok(updated).tag(Versions.etag(updated.version)).build();
    }

    @PATCH
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = BEARER)
    @Path("/{id}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchProject", summary = "Change some fields of a project", description = ApiDocs.PATCH_PROJECT)
    @RequestBody(required = true, content = {
            @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = ProjectPatch.class),
                    examples = @ExampleObject(name = "started", value = ApiDocs.PATCH_EXAMPLE)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectPatch.class),
                    examples = @ExampleObject(name = "started", value = ApiDocs.PATCH_EXAMPLE))})
    @APIResponse(responseCode = "200", description = "Patched",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectDto.class),
                    examples = @ExampleObject(name = "project", value = ApiDocs.PROJECT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The patch is not a JSON object, or the patched project is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "years reversed", value = ApiDocs.BAD_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "The plan named does not exist, or the project's region is not the plan's region "
            + "nor one of its sub-regions",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown plan", value = ApiDocs.UNKNOWN_PLAN_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such project",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiDocs.NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "412", description = "If-Match (or the body's version) does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ApiDocs.PRECONDITION_EXAMPLE)))
    public Response patch(@Parameter(description = ApiDocs.ID, example = "10",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) @PathParam("id") String id,
                          @Parameter(description = ApiDocs.IF_MATCH, example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
            @HeaderParam("If-Match") String ifMatch,
                          byte[] patch) {
        ProjectDto updated = service.patch(id(id), patch, ifMatch);
        return Response.ok(updated).tag(Versions.etag(updated.version)).build();
    }

    @DELETE
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = BEARER)
    @Path("/{id}")
    @Operation(operationId = "deleteProject", summary = "Delete a project", description = ApiDocs.DELETE_PROJECT)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such project",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiDocs.NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "412", description = "If-Match (or the body's version) does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ApiDocs.PRECONDITION_EXAMPLE)))
    public Response delete(@Parameter(description = ApiDocs.ID, example = "10",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) @PathParam("id") String id,
                           @Parameter(description = ApiDocs.IF_MATCH, example = "\"0\"", schema = @Schema(type = SchemaType.STRING))
            @HeaderParam("If-Match") String ifMatch) {
        service.delete(id(id), ifMatch);
        return Response.noContent().build();
    }

    @POST
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @SecurityRequirement(name = BEARER)
    @Path("/import")
    @Operation(operationId = "importProjects", summary = "Import projects (JSON array or CSV)", description = ApiDocs.IMPORT_PROJECTS)
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ProjectDto.class),
                    examples = @ExampleObject(name = "rows", value = ApiDocs.IMPORT_EXAMPLE)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", value = ApiDocs.CSV_EXAMPLE)),
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "Imported (or, on a dry run, would be)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class),
                    examples = @ExampleObject(name = "result", value = ApiDocs.IMPORT_RESULT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Some rows (or a parameter) are invalid; nothing was written. An import problem "
            + "(/problems/import) lists every row error in errors, with imported 0 and the warnings beside them",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad row", value = ApiDocs.IMPORT_PROBLEM_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "The planCode parameter names no plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown plan", value = ApiDocs.UNKNOWN_PLAN_EXAMPLE)))
    public ImportResult importJson(
            @Parameter(description = "Plan the rows belong to (rows without planCode take it); required with mode=replace",
                    example = "tongliang-14th", schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.CODE_PATTERN))
            @QueryParam("planCode") String planCode,
            @Parameter(description = "replace: the plan's projects become exactly the rows; append: the rows are added", example = "replace",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"replace", "append"}, defaultValue = "append"))
            @QueryParam("mode") String mode,
            @Parameter(description = "true: check every row, write nothing", example = "false",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("dryRun") String dryRun,
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

    /** The CSV form of {@link #importJson}; the document shows both as one operation. */
    @POST
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @Path("/import")
    @Consumes(CSV)
    @Operation(hidden = true)
    public ImportResult importCsv(@QueryParam("planCode") String planCode, @QueryParam("mode") String mode,
                                  @QueryParam("dryRun") String dryRun, String body) {
        List<ImportResult.RowError> errors = new ArrayList<>();
        List<ProjectCsv.Row> rows = ProjectCsv.read(body == null ? "" : body, mapper, errors);
        return service.importRows(planCode, mode(mode), bool("dryRun", dryRun), rows, errors);
    }

    /** The XLSX form of {@link #importJson}: a project table as a sheet (see ProjectSheets); errors name sheet, row and column. */
    @POST
    @RolesAllowed({Caller.EDITOR, Caller.ADMIN})
    @Path("/import")
    @Consumes(ExportFormat.XLSX_TYPE)
    @Operation(hidden = true)
    public ImportResult importXlsx(@QueryParam("planCode") String planCode, @QueryParam("mode") String mode,
                                   @QueryParam("dryRun") String dryRun, java.io.InputStream body) {
        ProjectService.Mode m = mode(mode);
        boolean dry = bool("dryRun", dryRun);
        SheetData sheet = SheetReader.read(body, ProjectSheets.SCHEMA);
        List<ImportResult.RowError> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<ProjectCsv.Row> rows = ProjectSheets.rows(sheet, mapper, errors, warnings);
        try {
            ImportResult result = service.importRows(planCode, m, dry, rows, errors);
            List<String> all = new ArrayList<>(warnings);
            all.addAll(sheet.locate(result.warnings()));
            return new ImportResult(result.imported(), result.errors(), all);
        } catch (DomainException e) {
            DomainException located = sheet.locate(e);
            if (!warnings.isEmpty() && located.extensions() != null && located.extensions().get("warnings") instanceof List<?> w) {
                java.util.Map<String, Object> members = new java.util.LinkedHashMap<>(located.extensions());
                List<Object> all = new ArrayList<>(warnings);
                all.addAll(w);
                members.put("warnings", all);
                located.with(members);
            }
            throw located;
        }
    }

    @GET
    @Path("/export")
    @Produces({CSV + ";charset=UTF-8", MediaType.APPLICATION_JSON, ExportFormat.XLSX_TYPE})
    @Operation(operationId = "exportProjects", summary = "Export a plan's projects", description = ApiDocs.EXPORT_PROJECTS)
    @APIResponse(responseCode = "200", description = "The plan's projects in table order",
            content = {@Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = ApiDocs.CSV_EXAMPLE)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ProjectDto.class),
                            examples = @ExampleObject(name = "json", value = "[" + ApiDocs.PROJECT_EXAMPLE + "]")),
                    @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, description = "The workbook (XLSX bytes)"))})
    @APIResponse(responseCode = "400", description = "planCode is missing, or format is not one of json, csv, csv-bom, xlsx",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "no plan", value = ApiDocs.EXPORT_NO_PLAN_EXAMPLE),
                            @ExampleObject(name = "bad format", value = ApiDocs.BAD_FORMAT_EXAMPLE)}))
    public Response export(@Parameter(description = ApiDocs.PLAN_CODE, example = "tongliang-14th", required = true,
                                      schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.CODE_PATTERN))
                           @QueryParam("planCode") String planCode,
                           // a plain link's choice of form, beside Accept: not in the OpenAPI document, so generated clients keep their signatures
                           @Parameter(hidden = true) @QueryParam(ExportFormat.PARAMETER) String format,
                           @Context HttpHeaders headers) {
        if (planCode == null || planCode.isBlank()) {
            throw DomainException.invalid("planCode", "is required");
        }
        ExportFormat form = ExportFormat.choose(format, headers, ExportFormat.CSV, ExportFormat.ALL);
        List<ProjectDto> rows = service.byPlan(planCode.trim());
        String file = "projects-" + planCode.trim();
        return switch (form) {
            case JSON -> Response.ok(rows, MediaType.APPLICATION_JSON_TYPE).build();
            case CSV, CSV_BOM -> Response.ok((form == ExportFormat.CSV_BOM ? "\uFEFF" : "") + ProjectCsv.write(rows, mapper), form.contentType())
                    .header("Content-Disposition", form.attachment(file)).build();
            case XLSX -> {
                SheetWriter writer = new SheetWriter().sheet("projects",
                        ProjectCsv.COLUMNS.stream().map(c -> SheetWriter.heading(c, ProjectCsv.UNITS.get(c))).toList());
                rows.forEach(p -> writer.row(ProjectCsv.values(p, mapper)));
                yield Response.ok(writer.streaming(), form.contentType()).header("Content-Disposition", form.attachment(file)).build();
            }
        };
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
