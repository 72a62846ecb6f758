package org.healthplanning.indicator.service;

import org.healthplanning.platform.audit.AuditService;
import org.healthplanning.http.PageResponse;
import org.healthplanning.platform.http.Versions;
import org.healthplanning.http.DomainException;
import org.healthplanning.platform.security.Caller;
import org.healthplanning.platform.sync.ChangeHorizon;
import org.healthplanning.platform.sync.ChangeQuery;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import org.healthplanning.indicator.domain.MonitoringValue;
import org.healthplanning.indicator.domain.Nature;
import org.healthplanning.indicator.domain.Plan;
import org.healthplanning.indicator.domain.PlanIndicator;
import org.healthplanning.indicator.repository.MonitoringValueRepository;
import org.healthplanning.indicator.repository.PlanIndicatorRepository;
import org.healthplanning.indicator.repository.PlanRepository;
import org.healthplanning.indicator.repository.RevisionRepository;
import org.healthplanning.indicator.repository.RevisionRepository.PlanStamp;
import org.healthplanning.indicator.api.BulkRows;
import org.healthplanning.indicator.api.ImportReport;
import org.healthplanning.indicator.api.PlanIndicatorInput;
import org.healthplanning.indicator.api.PlanIndicatorView;
import org.healthplanning.indicator.mapping.PlanIndicatorMapper;
import org.healthplanning.http.Problem.FieldError;

/** The rows of plans' indicator tables: single writes, bulk import and CSV export. */
@ApplicationScoped
public class PlanIndicatorService {
    public static final Map<String, Comparator<PlanIndicatorView>> SORTABLE = Map.of(
            "position", Comparator.comparingInt(PlanIndicatorView::position),
            "seq", Comparator.comparing(v -> seqKey(v.seq())),
            "name", Comparator.comparing(PlanIndicatorView::name, Comparator.nullsLast(Comparator.naturalOrder())),
            "id", Comparator.comparing(PlanIndicatorView::id));

    /** Export columns, in order; upper targets follow as upperTargets.N.* when any row has them. */
    static final List<String> COLUMNS = List.of("seq", "category", "name", "subItem", "unit", "nature", "definitionCode",
            "baseline.year", "baseline.raw", "baseline.value",
            "target.year", "target.raw", "target.comparator", "target.value", "remarks");
    static final List<String> UPPER_COLUMNS = List.of("scope", "year", "raw", "comparator", "value");
    private static final java.util.regex.Pattern UPPER_COLUMN = java.util.regex.Pattern.compile(
            "upperTargets\\.\\d{1,3}\\.(" + String.join("|", UPPER_COLUMNS) + ")");

    /** A CSV column an import of indicator rows understands: the export's, and a row's position. */
    public static boolean isImportColumn(String column) {
        return COLUMNS.contains(column) || column.equals("position") || UPPER_COLUMN.matcher(column).matches();
    }

    @Inject
    PlanRepository plans;

    @Inject
    PlanIndicatorRepository rows;

    @Inject
    DefinitionService definitions;

    @Inject
    ObjectMapper mapper;

    @Inject
    Caller caller;

    @Inject
    RevisionRepository revisions;

    @Inject
    RevisionCache cache;

    @Inject
    AuditService audit;

    @Inject
    ChangeHorizon horizon;

    @Inject
    MonitoringValueRepository values;

    public static final String AUDIT_TYPE = "plan-indicator";
    public static final String IMPORT_AUDIT_TYPE = "plan-indicators";

    /** The plan, after checking that the caller may write its region (403 otherwise). */
    public Plan writablePlan(String planCode, String what) {
        Plan plan = plan(planCode);
        caller.requireRegions(what + " of plan " + planCode, plan.regionCode);
        return plan;
    }

    /**
     * As {@link #writablePlan}, with the plan locked until the transaction ends, for bulk imports:
     * concurrent imports into one plan are applied one after the other, each on the other's result.
     */
    public Plan lockedWritablePlan(String planCode, String what) {
        Plan plan = plans.findByCodeForUpdate(planCode).orElseThrow(() -> DomainException.notFound("Plan", planCode));
        caller.requireRegions(what + " of plan " + planCode, plan.regionCode);
        return plan;
    }

    static String key(Plan plan, long rowId) {
        return plan.code + "/" + rowId;
    }

    public Plan plan(String planCode) {
        return plans.findByCode(planCode).orElseThrow(() -> DomainException.notFound("Plan", planCode));
    }

    private record ListKey(long planId, String definitionCode, String nature, String category, int page, int size,
                           String sortField, boolean descending) {
    }

    /** A page of a plan's rows; served from memory while the plan's and the catalogue's revisions stay the same. */
    public PageResponse<PlanIndicatorView> list(String planCode, String definitionCode, String nature, String category,
                                                int page, int size, String sortField, boolean descending) {
        PlanStamp stamp = revisions.planStamp(planCode).orElseThrow(() -> DomainException.notFound("Plan", planCode));
        return cache.get(new ListKey(stamp.planId(), definitionCode, nature, category, page, size, sortField, descending),
                stamp.tag(),
                () -> QuarkusTransaction.joiningExisting().call(
                        () -> readList(planCode, definitionCode, nature, category, page, size, sortField, descending)),
                () -> revisions.planStamp(planCode).map(PlanStamp::tag).orElse(null));
    }

    private PageResponse<PlanIndicatorView> readList(String planCode, String definitionCode, String nature, String category,
                                                     int page, int size, String sortField, boolean descending) {
        Plan plan = plan(planCode);
        DefinitionIndex index = definitions.index();
        Nature natureFilter = nature(nature);
        if (!"seq".equals(sortField)) {
            Sort sort = descending ? Sort.descending(sortField) : Sort.ascending(sortField);
            if (!"id".equals(sortField)) {
                sort = sort.and("position").and("id");
            }
            var query = rows.search(plan.id, definitionCode, natureFilter, category, sort).page(Page.of(page, size));
            List<PlanIndicatorView> items = query.list().stream().map(r -> PlanIndicatorMapper.toApi(r, index.direction(r))).toList();
            return new PageResponse<>(items, page, size, query.count());
        }
        Comparator<PlanIndicatorView> order = SORTABLE.get(sortField);
        if (descending) {
            order = order.reversed();
        }
        List<PlanIndicatorView> all = rows.search(plan.id, definitionCode, natureFilter, category, Sort.by("position").and("id"))
                .list().stream()
                .map(r -> PlanIndicatorMapper.toApi(r, index.direction(r)))
                .sorted(order.thenComparingInt(PlanIndicatorView::position).thenComparing(PlanIndicatorView::id))
                .toList();
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new PageResponse<>(all.subList(from, to), page, size, all.size());
    }

    private static Nature nature(String nature) {
        if (nature == null || nature.isBlank()) {
            return null;
        }
        Nature parsed = Nature.parse(nature);
        if (parsed == null) {
            throw DomainException.invalid("nature", "'" + nature + "' is not one of BINDING, EXPECTED");
        }
        return parsed;
    }

    /**
     * The rows an incremental read selects (updatedAfter or after), of one plan (404 when there is none) or of
     * every plan (planCode null), filtered as {@link #list}, in change order.
     */
    @Transactional
    public PageResponse<PlanIndicatorView> changes(String planCode, String definitionCode, String nature, String category,
                                                   ChangeQuery changes) {
        Long planId = planCode == null ? null : plan(planCode).id;
        Nature natureFilter = nature(nature);
        DefinitionIndex index = definitions.index();
        return changes.page(rows.changed(changes, horizon.now(), planId, definitionCode, natureFilter, category),
                r -> PlanIndicatorMapper.toApi(r, index.direction(r)), r -> r.updatedAt, r -> r.id);
    }

    /** A page of every plan's rows (or of one plan's: an unknown code has none), by plan and in table order. */
    @Transactional
    public PageResponse<PlanIndicatorView> listAll(String planCode, int page, int size) {
        Long planId = planCode == null ? null : plans.findByCode(planCode).map(p -> p.id).orElse(-1L);
        DefinitionIndex index = definitions.index();
        var query = rows.all(planId).page(Page.of(page, size));
        return new PageResponse<>(query.list().stream().map(r -> PlanIndicatorMapper.toApi(r, index.direction(r))).toList(),
                page, size, query.count());
    }

    /** As {@link #changes} for the service-wide list: an unknown plan code has no rows (no 404). */
    @Transactional
    public PageResponse<PlanIndicatorView> changesAll(String planCode, ChangeQuery changes) {
        Long planId = planCode == null ? null : plans.findByCode(planCode).map(p -> p.id).orElse(-1L);
        DefinitionIndex index = definitions.index();
        return changes.page(rows.changed(changes, horizon.now(), planId, null, null, null),
                r -> PlanIndicatorMapper.toApi(r, index.direction(r)), r -> r.updatedAt, r -> r.id);
    }

    @Transactional
    public PlanIndicatorView get(String planCode, String id) {
        PlanIndicator row = row(plan(planCode), id);
        return PlanIndicatorMapper.toApi(row, definitions.index().direction(row));
    }

    PlanIndicator row(Plan plan, String id) {
        long key;
        try {
            key = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw DomainException.notFound("Indicator", id);
        }
        return rows.findInPlan(plan.id, key).orElseThrow(() -> DomainException.notFound("Indicator", id + " of plan " + plan.code));
    }

    @Transactional
    public PlanIndicatorView create(String planCode, PlanIndicatorInput in) {
        Plan plan = writablePlan(planCode, "indicator rows");
        DefinitionIndex index = definitions.index();
        PlanIndicator row = checked(in, plan, index, new PlanIndicator());
        row.planId = plan.id;
        row.planCode = plan.code;
        if (in.position() == null) {
            row.position = rows.maxPosition(plan.id) + 1;
        } else {
            rows.shiftFrom(plan.id, in.position());
            row.position = in.position();
        }
        rows.persistAndFlush(row);
        PlanIndicatorView view = PlanIndicatorMapper.toApi(row, index.direction(row));
        audit.record(AuditService.CREATE, AUDIT_TYPE, key(plan, row.id), plan.regionCode, null, audit.snapshot(view));
        return view;
    }

    @Transactional
    public PlanIndicatorView replace(String planCode, String id, PlanIndicatorInput in, String ifMatch) {
        Plan plan = writablePlan(planCode, "indicator rows");
        PlanIndicator row = row(plan, id);
        Versions.check(Versions.expected(ifMatch, in.version()), row.version);
        DefinitionIndex index = definitions.index();
        var before = audit.snapshot(PlanIndicatorMapper.toApi(row, index.direction(row)));
        PlanIndicator fresh = checked(in, plan, index, new PlanIndicator());
        IndicatorRows.copy(fresh, row);
        if (in.position() != null) {
            row.position = in.position();
        }
        rows.flush();
        PlanIndicatorView view = PlanIndicatorMapper.toApi(row, index.direction(row));
        audit.record(AuditService.UPDATE, AUDIT_TYPE, key(plan, row.id), plan.regionCode, before, audit.snapshot(view));
        return view;
    }

    /**
     * JSON merge patch (RFC 7396) on the row's API form. Changing a raw cell without its value or
     * comparator re-parses them; changing the name without definitionCode re-links the row.
     */
    @Transactional
    public PlanIndicatorView patch(String planCode, String id, JsonNode patch, String ifMatch) {
        if (patch == null || !patch.isObject()) {
            throw DomainException.invalid("body", "must be a JSON object (merge patch)");
        }
        Plan plan = writablePlan(planCode, "indicator rows");
        PlanIndicator row = row(plan, id);
        ObjectNode current = mapper.valueToTree(PlanIndicatorMapper.toApi(row, null));
        for (String cell : List.of("baseline", "target")) {
            JsonNode p = patch.get(cell);
            if (p != null && p.isObject() && p.has("raw") && current.get(cell) instanceof ObjectNode c) {
                if (!p.has("value")) {
                    c.remove("value");
                }
                if (!p.has("comparator")) {
                    c.remove("comparator");
                }
            }
        }
        if (patch.has("name") && !patch.has("definitionCode")) {
            current.remove("definitionCode");
        }
        if (!patch.has("version")) {
            current.remove("version");
        }
        merge(current, patch);
        PlanIndicatorInput in;
        try {
            in = mapper.treeToValue(current, PlanIndicatorInput.class);
        } catch (JsonMappingException e) {
            throw DomainException.invalid(BulkRows.path(e), "has the wrong type or shape");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw DomainException.invalid("body", e.getOriginalMessage());
        }
        return replace(planCode, id, in, ifMatch);
    }

    private static void merge(ObjectNode target, JsonNode patch) {
        Iterator<Map.Entry<String, JsonNode>> it = patch.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> f = it.next();
            if (f.getValue().isNull()) {
                target.remove(f.getKey());
            } else if (f.getValue().isObject() && target.get(f.getKey()) instanceof ObjectNode child) {
                merge(child, f.getValue());
            } else {
                target.set(f.getKey(), f.getValue());
            }
        }
    }

    @Transactional
    public void delete(String planCode, String id, String ifMatch) {
        Plan plan = lockedWritablePlan(planCode, "indicator rows");
        PlanIndicator row = row(plan, id);
        List<MonitoringValue> locked = values.lockedOfIndicators(List.of(row.id));
        if (!locked.isEmpty()) {
            throw ApprovalService.lockedValues("Indicator row " + row.id + " of plan " + plan.code, locked);
        }
        Versions.check(Versions.expected(ifMatch, null), row.version);
        var before = audit.snapshot(PlanIndicatorMapper.toApi(row, definitions.index().direction(row)));
        rows.delete(row);
        rows.flush();
        audit.record(AuditService.DELETE, AUDIT_TYPE, key(plan, row.id), plan.regionCode, before, null);
    }

    private static PlanIndicator checked(PlanIndicatorInput in, Plan plan, DefinitionIndex index, PlanIndicator into) {
        List<FieldError> errors = new ArrayList<>();
        IndicatorRows.apply(in, into, plan, index, new IndicatorRows.Errors(null, errors));
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return into;
    }

    /**
     * Imports rows atomically. {@code append} adds them after the existing rows; {@code replace}
     * makes the table exactly these rows in this order, keeping the identity (and so the monitoring
     * values) of existing rows with the same name and sub-item. Nothing is written when any row
     * fails or on a dry run.
     */
    @Transactional
    public ImportReport importRows(String planCode, List<JsonNode> nodes, String mode, boolean dryRun) {
        boolean replace = parseMode(mode);
        Plan plan = lockedWritablePlan(planCode, "an import of indicator rows");
        long rowsBefore = rows.count("planId", plan.id);
        DefinitionIndex index = definitions.index();
        List<FieldError> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<PlanIndicator> checkedRows = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            int rowNo = i + 1;
            JsonNode node = nodes.get(i);
            if (node == null || !node.isObject()) {
                errors.add(new FieldError(rowNo, "body", "must be an object"));
                continue;
            }
            PlanIndicatorInput in;
            try {
                in = mapper.treeToValue(node, PlanIndicatorInput.class);
            } catch (JsonMappingException e) {
                errors.add(new FieldError(rowNo, BulkRows.path(e), "has the wrong type or shape: " + e.getOriginalMessage()));
                continue;
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                errors.add(new FieldError(rowNo, "body", e.getOriginalMessage()));
                continue;
            }
            PlanIndicator row = new PlanIndicator();
            IndicatorRows.apply(in, row, plan, index, new IndicatorRows.Errors(rowNo, errors));
            if (row.definitionCode == null && row.name != null) {
                warnings.add("row " + rowNo + ": no indicator definition matches '" + row.name + "'");
            }
            checkedRows.add(row);
        }
        if (nodes.isEmpty()) {
            warnings.add("no rows");
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors).with(importMembers(0, dryRun, warnings));
        }
        if (replace) {
            List<PlanIndicator> existing = new ArrayList<>(rows.ofPlan(plan.id));
            Map<String, List<PlanIndicator>> byKey = new HashMap<>();
            for (PlanIndicator e : existing) {
                byKey.computeIfAbsent(key(e), k -> new ArrayList<>()).add(e);
            }
            java.util.Set<PlanIndicator> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            List<PlanIndicator> added = new ArrayList<>();
            for (int i = 0; i < checkedRows.size(); i++) {
                PlanIndicator fresh = checkedRows.get(i);
                List<PlanIndicator> candidates = byKey.get(key(fresh));
                PlanIndicator target = candidates == null || candidates.isEmpty() ? null : candidates.remove(0);
                if (target == null) {
                    fresh.planId = plan.id;
                    fresh.position = i + 1;
                    added.add(fresh);
                } else {
                    kept.add(target);
                    IndicatorRows.copy(fresh, target);
                    target.position = i + 1;
                }
            }
            long removed = existing.stream().filter(e -> !kept.contains(e)).count();
            List<MonitoringValue> locked = values.lockedOfIndicators(existing.stream().filter(e -> !kept.contains(e)).map(e -> e.id).toList());
            if (!locked.isEmpty()) {
                rows.getEntityManager().clear();
                throw ApprovalService.lockedValues("The indicator rows of plan " + plan.code
                        + " that this import (mode=replace) leaves out", locked);
            }
            if (removed > 0) {
                warnings.add(removed + " existing row(s) not in the import are removed with their monitoring values");
            }
            if (dryRun) {
                rows.getEntityManager().clear();
                return new ImportReport(checkedRows.size(), true, List.of(), warnings);
            }
            for (PlanIndicator e : existing) {
                if (!kept.contains(e)) {
                    rows.delete(e);
                }
            }
            rows.flush();
            added.forEach(rows::persist);
        } else {
            if (dryRun) {
                return new ImportReport(checkedRows.size(), true, List.of(), warnings);
            }
            int base = rows.maxPosition(plan.id);
            for (int i = 0; i < checkedRows.size(); i++) {
                PlanIndicator fresh = checkedRows.get(i);
                fresh.planId = plan.id;
                fresh.position = base + i + 1;
                rows.persist(fresh);
            }
        }
        rows.flush();
        audit.record(AuditService.IMPORT, IMPORT_AUDIT_TYPE, plan.code, plan.regionCode, importSummary(rowsBefore, null, 0),
                importSummary(rows.count("planId", plan.id), replace ? "REPLACE" : "APPEND", checkedRows.size()));
        return new ImportReport(checkedRows.size(), false, List.of(), warnings);
    }

    /** An import's audit snapshot: the plan's row count, and after the import its mode and imported count. */
    com.fasterxml.jackson.databind.JsonNode importSummary(long count, String mode, int imported) {
        return importSummary("rows", count, mode, imported);
    }

    com.fasterxml.jackson.databind.JsonNode importSummary(String what, long count, String mode, int imported) {
        ObjectNode n = mapper.createObjectNode();
        n.put(what, count);
        if (mode != null) {
            n.put("mode", mode);
            n.put("imported", imported);
        }
        return n;
    }

    static Map<String, Object> importMembers(int imported, boolean dryRun, List<String> warnings) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("imported", imported);
        m.put("dryRun", dryRun);
        m.put("warnings", warnings);
        return m;
    }

    static boolean parseMode(String mode) {
        if (mode == null || mode.isBlank() || mode.equals("append")) {
            return false;
        }
        if (mode.equals("replace")) {
            return true;
        }
        throw DomainException.invalid("mode", "'" + mode + "' is not one of replace, append");
    }

    private static String key(PlanIndicator r) {
        return DefinitionIndex.normalise(r.name == null ? "" : r.name) + "|" + (r.subItem == null ? "" : DefinitionIndex.normalise(r.subItem));
    }

    /** The plan's table as CSV that imports back to the same rows. */
    @Transactional
    public String exportCsv(String planCode) {
        Export e = export(planCode);
        return BulkRows.toCsv(e.columns(), e.rows());
    }

    /** An export's columns (the CSV's, in order) and its rows as the API shows them. */
    public record Export(List<String> columns, List<JsonNode> rows) {
    }

    /** The plan's table: the columns of its CSV form and its rows in table order, for every form of the export. */
    @Transactional
    public Export export(String planCode) {
        Plan plan = plan(planCode);
        DefinitionIndex index = definitions.index();
        List<PlanIndicator> table = rows.ofPlan(plan.id);
        int uppers = table.stream().mapToInt(r -> r.upperTargets.size()).max().orElse(0);
        List<String> columns = new ArrayList<>(COLUMNS);
        for (int i = 0; i < uppers; i++) {
            for (String c : UPPER_COLUMNS) {
                columns.add("upperTargets." + i + "." + c);
            }
        }
        ObjectMapper exact = BulkRows.exact(mapper);
        Function<PlanIndicator, JsonNode> tree = r -> exact.valueToTree(PlanIndicatorMapper.toApi(r, index.direction(r)));
        return new Export(columns, table.stream().map(tree).toList());
    }

    @Transactional
    public List<PlanIndicatorView> all(String planCode) {
        Plan plan = plan(planCode);
        DefinitionIndex index = definitions.index();
        return rows.ofPlan(plan.id).stream().map(r -> PlanIndicatorMapper.toApi(r, index.direction(r))).toList();
    }

    /** "18" before "2" would be wrong: numbers compare as numbers, then as text. */
    private static String seqKey(String seq) {
        if (seq == null) {
            return "~";
        }
        String digits = seq.replaceAll("\\D.*$", "");
        return digits.isEmpty() ? seq : String.format("%08d%s", Long.parseLong(digits.length() > 15 ? digits.substring(0, 15) : digits), seq);
    }
}
