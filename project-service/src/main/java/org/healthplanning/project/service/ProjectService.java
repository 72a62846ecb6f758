package org.healthplanning.project.service;

import org.healthplanning.platform.audit.AuditService;
import org.healthplanning.platform.http.PageRequest;
import org.healthplanning.http.PageResponse;
import org.healthplanning.platform.http.Versions;
import org.healthplanning.http.DomainException;
import org.healthplanning.http.Problem;
import org.healthplanning.platform.sync.ChangeHorizon;
import org.healthplanning.platform.sync.ChangeQuery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.healthplanning.project.api.ProjectDto;
import org.healthplanning.project.client.PlanRef;
import org.healthplanning.project.domain.Project;
import org.healthplanning.project.mapping.ProjectMapper;
import org.healthplanning.project.repository.ProjectRepository;
import org.healthplanning.project.api.ImportResult;
import org.healthplanning.platform.problem.ProblemMappers;

@ApplicationScoped
public class ProjectService {
    public static final Map<String, String> SORTABLE = Map.ofEntries(
            Map.entry("id", "id"), Map.entry("planCode", "planCode"), Map.entry("regionCode", "regionCode"),
            Map.entry("position", "position"), Map.entry("name", "name"), Map.entry("programme", "programme"),
            Map.entry("constructionType", "constructionType"), Map.entry("startYear", "startYear"),
            Map.entry("endYear", "endYear"), Map.entry("floorAreaM2", "floorAreaM2"),
            Map.entry("investment10kCny", "investment10kCny"), Map.entry("newLandMu", "newLandMu"));

    /** How an import treats the plan's existing projects. */
    public enum Mode { REPLACE, APPEND }

    @Inject
    ProjectRepository projects;

    @Inject
    ProjectRules rules;

    @Inject
    ObjectMapper mapper;

    @Inject
    PlanScope scope;

    @Inject
    AuditService audit;

    @Inject
    ChangeHorizon horizon;

    public static final String AUDIT_TYPE = "project";
    public static final String IMPORT_AUDIT_TYPE = "plan-projects";

    public PageResponse<ProjectDto> list(ProjectRepository.Filter filter, PageRequest page) {
        var query = projects.search(filter, page.sort()).page(Page.of(page.page(), page.size()));
        return new PageResponse<>(ProjectMapper.toApi(query.list()), page.page(), page.size(), query.count());
    }

    /** An incremental read of the list: the filter's projects changed after the query's cursor, in change order. */
    public PageResponse<ProjectDto> changes(ProjectRepository.Filter filter, ChangeQuery change) {
        var query = projects.search(filter, change, horizon.now(), change.sort("updatedAt", "id"));
        return change.page(query, ProjectMapper::toApi, p -> p.updatedAt, p -> p.id);
    }

    public Optional<ProjectDto> find(long id) {
        return projects.findByIdOptional(id).map(ProjectMapper::toApi);
    }

    public List<ProjectDto> byPlan(String planCode) {
        return ProjectMapper.toApi(projects.byPlan(planCode));
    }

    @Transactional
    public ProjectDto create(ProjectDto body) {
        check(body);
        PlanRef plan = scope.named(body.planCode, "planCode");
        scope.requireWrite("a new project in plan " + plan.code(), List.of(plan));
        if (body.regionCode == null) {
            body.regionCode = plan.regionCode();
        }
        scope.requireWithin(plan, body.regionCode);
        if (body.position == null) {
            body.position = projects.maxPosition(body.planCode) + 1;
        }
        Project project = new Project();
        ProjectMapper.apply(body, project);
        projects.persistAndFlush(project);
        ProjectDto created = ProjectMapper.toApi(project);
        audit.record(AuditService.CREATE, AUDIT_TYPE, project.id.toString(), project.regionCode, null, audit.snapshot(created));
        return created;
    }

    /** Replaces every field of the project with the body's (parsed fields re-derived when not sent). */
    @Transactional
    public ProjectDto replace(long id, ProjectDto body, String ifMatch) {
        Project project = projects.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Project", id));
        requireWrite(id, project, null);
        if (body.position == null) {
            body.position = project.position;
        }
        check(body);
        PlanRef target = scope.named(body.planCode, "planCode");
        requireWrite(id, project, target);
        Versions.check(Versions.expected(ifMatch, body.version), project.version);
        if (body.regionCode == null) {
            body.regionCode = target.regionCode();
        }
        scope.requireWithin(target, body.regionCode);
        var before = audit.snapshot(ProjectMapper.toApi(project));
        ProjectMapper.apply(body, project);
        projects.flush();
        ProjectDto updated = ProjectMapper.toApi(project);
        audit.record(AuditService.UPDATE, AUDIT_TYPE, project.id.toString(), project.regionCode, before, audit.snapshot(updated));
        return updated;
    }

    /**
     * Applies a JSON merge patch (RFC 7396). A patched printed cell re-derives its parsed field
     * unless the patch sets that field too; patched content re-derives the capacity likewise.
     */
    @Transactional
    public ProjectDto patch(long id, byte[] patchText, String ifMatch) {
        ObjectMapper mapper = audit.exactMapper();
        Project project = projects.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Project", id));
        requireWrite(id, project, null);
        JsonNode patch;
        try {
            patch = patchText == null || patchText.length == 0 ? null : mapper.readTree(patchText);
        } catch (JsonProcessingException e) {
            throw DomainException.invalid(List.of(ProblemMappers.describe(e)));
        } catch (java.io.IOException e) {
            throw DomainException.invalid("body", "cannot be read: " + e.getMessage());
        }
        if (patch == null || !patch.isObject()) {
            throw DomainException.invalid("body", "a merge patch must be a JSON object");
        }
        Long bodyVersion = patch.hasNonNull("version") && patch.get("version").canConvertToLong() ? patch.get("version").asLong() : null;
        Versions.check(Versions.expected(ifMatch, bodyVersion), project.version);
        ObjectNode merged = mapper.valueToTree(ProjectMapper.toApi(project));
        rederive(patch, merged, "constructionTypeRaw", "constructionType");
        rederive(patch, merged, "yearsRaw", "startYear", "endYear");
        rederive(patch, merged, "statusRaw", "statuses");
        rederive(patch, merged, "content", "capacity");
        merge(merged, (ObjectNode) patch);
        ProjectDto body;
        try {
            body = mapper.treeToValue(merged, ProjectDto.class);
        } catch (JsonProcessingException e) {
            throw DomainException.invalid(List.of(ProblemMappers.describe(e)));
        }
        check(body);
        PlanRef target = scope.named(body.planCode, "planCode");
        requireWrite(id, project, target);
        if (body.regionCode == null) {
            body.regionCode = target.regionCode();
        }
        scope.requireWithin(target, body.regionCode);
        var before = audit.snapshot(ProjectMapper.toApi(project));
        ProjectMapper.apply(body, project);
        projects.flush();
        ProjectDto updated = ProjectMapper.toApi(project);
        audit.record(AuditService.UPDATE, AUDIT_TYPE, project.id.toString(), project.regionCode, before, audit.snapshot(updated));
        return updated;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Project project = projects.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Project", id));
        requireWrite(id, project, null);
        Versions.check(Versions.expected(ifMatch, null), project.version);
        var before = audit.snapshot(ProjectMapper.toApi(project));
        projects.delete(project);
        projects.flush();
        audit.record(AuditService.DELETE, AUDIT_TYPE, project.id.toString(), project.regionCode, before, null);
    }

    /**
     * Imports rows atomically: every row is checked first, and on any error nothing is written.
     * {@code rows} are the rows' JSON with their row numbers; structural errors found while reading
     * the body come in {@code readErrors}.
     */
    @Transactional
    public ImportResult importRows(String planCode, Mode mode, boolean dryRun, List<ProjectCsv.Row> rows,
                                   List<ImportResult.RowError> readErrors) {
        if (planCode != null && !planCode.isBlank() && !planCode.matches(ProjectDto.CODE_PATTERN)) {
            throw DomainException.invalid("planCode", "must be 1-64 letters, digits, '.', '_' or '-'");
        }
        if (mode == Mode.REPLACE && (planCode == null || planCode.isBlank())) {
            throw DomainException.invalid("planCode", "is required with mode=replace");
        }
        List<ImportResult.RowError> errors = new ArrayList<>(readErrors);
        List<String> warnings = new ArrayList<>();
        List<ProjectDto> parsed = new ArrayList<>();
        List<Integer> parsedRows = new ArrayList<>();
        for (ProjectCsv.Row row : rows) {
            ProjectDto p;
            try {
                p = mapper.treeToValue(row.json(), ProjectDto.class);
            } catch (JsonProcessingException e) {
                Problem.FieldError fe = ProblemMappers.describe(e);
                errors.add(new ImportResult.RowError(row.row(), fe.field(), fe.message()));
                continue;
            }
            if (p == null) {
                errors.add(new ImportResult.RowError(row.row(), "body", "a row must be a JSON object"));
                continue;
            }
            if (planCode != null && !planCode.isBlank()) {
                if (p.planCode == null || p.planCode.isBlank()) {
                    p.planCode = planCode;
                } else if (!p.planCode.equals(planCode)) {
                    errors.add(new ImportResult.RowError(row.row(), "planCode",
                            "'" + p.planCode + "' differs from the planCode of the import ('" + planCode + "')"));
                    continue;
                }
            }
            ProjectRules.Outcome outcome = rules.prepare(p);
            outcome.errors().forEach(e -> errors.add(new ImportResult.RowError(row.row(), e.field(), e.message())));
            outcome.warnings().forEach(w -> warnings.add("row " + row.row() + ": " + w));
            parsed.add(p);
            parsedRows.add(row.row());
        }
        java.util.Set<String> plans = new java.util.TreeSet<>();
        Map<String, PlanRef> known = new HashMap<>();
        if (planCode != null && !planCode.isBlank()) {
            plans.add(planCode);
            known.put(planCode, scope.named(planCode, "planCode"));
        }
        for (int i = 0; i < parsed.size(); i++) {
            ProjectDto p = parsed.get(i);
            if (!PlanScope.wellFormed(p.planCode)) {
                continue; // reported by the row's checks
            }
            plans.add(p.planCode);
            PlanRef plan = known.computeIfAbsent(p.planCode, code -> scope.find(code).orElse(null));
            if (plan == null) {
                errors.add(new ImportResult.RowError(parsedRows.get(i), "planCode", "no plan '" + p.planCode + "' exists"));
                continue;
            }
            if (p.regionCode == null) {
                p.regionCode = plan.regionCode();
            }
            String outside = PlanScope.outside(plan, p.regionCode);
            if (outside != null) {
                errors.add(new ImportResult.RowError(parsedRows.get(i), "regionCode", outside));
            }
        }
        known.values().removeIf(java.util.Objects::isNull);
        // in code order, so that two imports touching the same plans cannot wait for each other
        plans.forEach(projects::lockPlan);
        List<Project> replaced = mode == Mode.REPLACE ? projects.byPlan(planCode) : List.of();
        java.util.Set<String> touched = new java.util.TreeSet<>(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        parsed.forEach(p -> touched.add(p.regionCode));
        replaced.forEach(p -> touched.add(p.regionCode));
        scope.requireWrite("the imported projects", new ArrayList<>(known.values()));
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(ImportResult.RowError::row));
            throw new ImportException(new ImportResult(0, errors, warnings));
        }
        if (dryRun) {
            return new ImportResult(parsed.size(), List.of(), warnings);
        }
        long countBefore = plans.isEmpty() ? 0 : projects.count("planCode in ?1", plans);
        Map<String, Integer> next = new HashMap<>();
        if (mode == Mode.REPLACE) {
            for (Project old : replaced) {
                projects.delete(old);
            }
            projects.flush();
            next.put(planCode, 0);
        }
        List<Project> created = new ArrayList<>();
        for (ProjectDto p : parsed) {
            int position = next.computeIfAbsent(p.planCode, projects::maxPosition);
            if (p.position == null) {
                p.position = position + 1;
            }
            next.put(p.planCode, Math.max(position, p.position));
            Project project = new Project();
            ProjectMapper.apply(p, project);
            projects.persist(project);
            created.add(project);
        }
        projects.flush();
        var before = mapper.createObjectNode();
        before.set("planCodes", mapper.valueToTree(plans));
        before.put("projects", countBefore);
        var after = mapper.createObjectNode();
        after.set("planCodes", mapper.valueToTree(plans));
        after.put("projects", plans.isEmpty() ? 0 : projects.count("planCode in ?1", plans));
        after.put("mode", mode.name());
        after.put("imported", parsed.size());
        after.set("ids", mapper.valueToTree(created.stream().map(p -> p.id).toList()));
        touched.remove(null);
        audit.record(AuditService.IMPORT, IMPORT_AUDIT_TYPE, String.join(",", plans),
                touched.size() == 1 ? touched.iterator().next() : null, before, after);
        return new ImportResult(parsed.size(), List.of(), warnings);
    }

    /**
     * 403 unless the caller may write the project: rights on its plan's region (on its own region
     * when the plan no longer exists) and, when the write moves it, on the target plan's region.
     */
    private void requireWrite(long id, Project project, PlanRef target) {
        Optional<PlanRef> current = scope.find(project.planCode);
        List<PlanRef> named = new ArrayList<>();
        current.ifPresent(named::add);
        if (target != null) {
            named.add(target);
        }
        scope.requireWrite("project " + id, named, current.isPresent() ? new String[0] : new String[] {project.regionCode});
    }

    private void check(ProjectDto body) {
        ProjectRules.Outcome outcome = rules.prepare(body);
        if (!outcome.ok()) {
            throw DomainException.invalid(outcome.errors());
        }
    }

    private static void rederive(JsonNode patch, ObjectNode merged, String rawField, String... parsedFields) {
        if (!patch.has(rawField)) {
            return;
        }
        for (String f : parsedFields) {
            if (!patch.has(f)) {
                merged.remove(f);
            }
        }
    }

    private static void merge(ObjectNode target, ObjectNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            JsonNode value = e.getValue();
            if (value.isNull()) {
                target.remove(e.getKey());
            } else if (value.isObject() && target.get(e.getKey()) instanceof ObjectNode existing) {
                merge(existing, (ObjectNode) value);
            } else {
                target.set(e.getKey(), value);
            }
        }
    }
}
