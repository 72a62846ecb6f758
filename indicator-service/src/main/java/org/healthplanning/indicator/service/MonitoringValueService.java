package org.healthplanning.indicator.service;

import org.healthplanning.platform.audit.AuditService;
import org.healthplanning.http.QueryParams;
import org.healthplanning.platform.http.Versions;
import org.healthplanning.http.DomainException;
import org.healthplanning.http.PageResponse;
import org.healthplanning.platform.sync.ChangeHorizon;
import org.healthplanning.platform.sync.ChangeQuery;
import io.quarkus.panache.common.Page;
import org.healthplanning.indicator.repository.PlanRepository;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.healthplanning.indicator.domain.ApprovalState;
import org.healthplanning.indicator.domain.MonitoringValue;
import org.healthplanning.indicator.domain.ParsedRaw;
import org.healthplanning.indicator.domain.Plan;
import org.healthplanning.indicator.domain.PlanIndicator;
import org.healthplanning.indicator.domain.RawValues;
import org.healthplanning.indicator.domain.ValueStatus;
import org.healthplanning.indicator.repository.MonitoringValueRepository;
import org.healthplanning.indicator.repository.PlanIndicatorRepository;
import org.healthplanning.indicator.api.BulkRows;
import org.healthplanning.indicator.api.ImportReport;
import org.healthplanning.indicator.api.MonitoringValueBody;
import org.healthplanning.indicator.mapping.MonitoringValueMapper;
import org.healthplanning.http.Problem.FieldError;

/** Annual monitoring values of plan indicator rows. */
@ApplicationScoped
public class MonitoringValueService {
    static final List<String> COLUMNS = List.of("indicatorId", "seq", "name", "subItem", "year", "value", "raw", "status", "source", "note", "approvalState");

    /** A CSV column an import of monitoring values understands: the export's (approvalState is read and ignored). */
    public static boolean isImportColumn(String column) {
        return COLUMNS.contains(column);
    }

    @Inject
    PlanIndicatorService indicators;

    @Inject
    PlanIndicatorRepository rows;

    @Inject
    MonitoringValueRepository values;

    @Inject
    ObjectMapper mapper;

    @Inject
    AuditService audit;

    @Inject
    PlanRepository plans;

    @Inject
    ChangeHorizon horizon;

    public static final String AUDIT_TYPE = "monitoring-value";
    public static final String IMPORT_AUDIT_TYPE = "plan-values";

    @Transactional
    public List<MonitoringValueBody> list(String planCode, String indicatorId) {
        PlanIndicator row = indicators.row(indicators.plan(planCode), indicatorId);
        return values.ofIndicator(row.id).stream().map(MonitoringValueMapper::toApi).toList();
    }

    /** A row's values an incremental read selects (updatedAfter or after), in change order. */
    @Transactional
    public PageResponse<MonitoringValueBody> changes(String planCode, String indicatorId, ChangeQuery changes) {
        PlanIndicator row = indicators.row(indicators.plan(planCode), indicatorId);
        return changes.page(values.changed(changes, horizon.now(), null, row.id), MonitoringValueMapper::toApi, v -> v.updatedAt, v -> v.id);
    }

    /** A page of every value (or of one plan's: an unknown code has none), by row and year. */
    @Transactional
    public PageResponse<MonitoringValueBody> listAll(String planCode, int page, int size) {
        var query = values.all(planId(planCode)).page(Page.of(page, size));
        return new PageResponse<>(query.list().stream().map(MonitoringValueMapper::toApi).toList(), page, size, query.count());
    }

    /** The values an incremental read selects, of every plan or of one (an unknown code has none), in change order. */
    @Transactional
    public PageResponse<MonitoringValueBody> changesAll(String planCode, ChangeQuery changes) {
        return changes.page(values.changed(changes, horizon.now(), planId(planCode), null), MonitoringValueMapper::toApi,
                v -> v.updatedAt, v -> v.id);
    }

    private Long planId(String planCode) {
        return planCode == null ? null : plans.findByCode(planCode).map(p -> p.id).orElse(-1L);
    }

    @Transactional
    public MonitoringValueBody get(String planCode, String indicatorId, String year) {
        PlanIndicator row = indicators.row(indicators.plan(planCode), indicatorId);
        int y = pathYear(year);
        return values.find(row.id, y).map(MonitoringValueMapper::toApi)
                .orElseThrow(() -> DomainException.notFound("Monitoring value", y + " of indicator " + row.id));
    }

    public record Upsert(MonitoringValueBody value, boolean created) {
    }

    /**
     * Creates or replaces a value; a SUBMITTED or APPROVED one is refused (409). The plan is locked so
     * that an approval transition of the plan waits for the write, or the write for it.
     */
    @Transactional
    public Upsert put(String planCode, String indicatorId, String year, MonitoringValueBody body, String ifMatch) {
        Plan plan = indicators.lockedWritablePlan(planCode, "monitoring values");
        PlanIndicator row = indicators.row(plan, indicatorId);
        int y = pathYear(year);
        List<FieldError> errors = new ArrayList<>();
        if (body.year() != null && body.year() != y) {
            errors.add(new FieldError("year", "must match the year in the path (" + y + ")"));
        }
        MonitoringValue fresh = checked(body, y, null, errors, plan);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        Optional<MonitoringValue> existing = values.find(row.id, y);
        if (existing.isEmpty()) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw DomainException.preconditionFailed("There is no value for " + y + ", so If-Match cannot match");
            }
            fresh.indicatorId = row.id;
            fresh.planCode = plan.code;
            values.persistAndFlush(fresh);
            MonitoringValueBody created = MonitoringValueMapper.toApi(fresh);
            audit.record(AuditService.CREATE, AUDIT_TYPE, key(plan, row, y), plan.regionCode, null, audit.snapshot(created));
            return new Upsert(created, true);
        }
        MonitoringValue v = existing.get();
        refuseLocked(v, "changed");
        Versions.check(Versions.expected(ifMatch, body.version()), v.version);
        var before = audit.snapshot(MonitoringValueMapper.toApi(v));
        copy(fresh, v);
        values.flush();
        MonitoringValueBody updated = MonitoringValueMapper.toApi(v);
        audit.record(AuditService.UPDATE, AUDIT_TYPE, key(plan, row, y), plan.regionCode, before, audit.snapshot(updated));
        return new Upsert(updated, false);
    }

    @Transactional
    public void delete(String planCode, String indicatorId, String year, String ifMatch) {
        Plan plan = indicators.lockedWritablePlan(planCode, "monitoring values");
        PlanIndicator row = indicators.row(plan, indicatorId);
        int y = pathYear(year);
        MonitoringValue v = values.find(row.id, y)
                .orElseThrow(() -> DomainException.notFound("Monitoring value", y + " of indicator " + row.id));
        refuseLocked(v, "deleted");
        Versions.check(Versions.expected(ifMatch, null), v.version);
        var before = audit.snapshot(MonitoringValueMapper.toApi(v));
        values.delete(v);
        values.flush();
        audit.record(AuditService.DELETE, AUDIT_TYPE, key(plan, row, y), plan.regionCode, before, null);
    }

    /** 409 naming the state when the value is SUBMITTED or APPROVED. */
    private static void refuseLocked(MonitoringValue v, String how) {
        if (v.approvalState != null && v.approvalState.locked()) {
            throw ApprovalService.locked("The " + v.year + " value of indicator " + v.indicatorId + " is " + v.approvalState
                    + ": a submitted or approved value cannot be " + how + "; a reviewer returns (or reopens) it first", v.approvalState, null);
        }
    }

    /** Whether two values carry the same content (the value compared as a number). */
    private static boolean sameContent(MonitoringValue a, MonitoringValue b) {
        return a.value != null && b.value != null && a.value.compareTo(b.value) == 0 && java.util.Objects.equals(a.raw, b.raw)
                && a.status == b.status && java.util.Objects.equals(a.source, b.source) && java.util.Objects.equals(a.note, b.note);
    }

    static String key(Plan plan, PlanIndicator row, int year) {
        return plan.code + "/" + row.id + "/" + year;
    }

    private static int pathYear(String year) {
        Integer y = QueryParams.year("year", year);
        if (y == null) {
            throw DomainException.invalid("year", "must be a year between 1949 and 2100");
        }
        return y;
    }

    private static void copy(MonitoringValue from, MonitoringValue to) {
        if (to.value == null || from.value.compareTo(to.value) != 0 || from.value.scale() != to.value.scale()) {
            to.value = from.value;
        }
        to.raw = from.raw;
        to.status = from.status;
        to.source = from.source;
        to.note = from.note;
        to.approvalState = ApprovalState.DRAFT;
    }

    /** A value checked field by field; problems are added to {@code errors} with the row number. */
    private static MonitoringValue checked(MonitoringValueBody b, Integer year, Integer row, List<FieldError> errors, Plan plan) {
        MonitoringValue v = new MonitoringValue();
        int first = plan.baselineYear != null ? plan.baselineYear : plan.periodStart - 1;
        int last = plan.targetYear != null ? plan.targetYear : plan.periodEnd;
        if (year == null) {
            errors.add(new FieldError(row, "year", "is required"));
        } else if (year < 1949 || year > 2100) {
            errors.add(new FieldError(row, "year", "must be a year between 1949 and 2100"));
        } else if (year < first || year > last) {
            errors.add(new FieldError(row, "year", year + " lies outside plan " + plan.code + ": a value's year runs from its baseline year "
                    + first + " to its target year " + last));
        } else {
            v.year = year;
        }
        BigDecimal value = b.value();
        if (b.raw() != null) {
            if (b.raw().length() > 200) {
                errors.add(new FieldError(row, "raw", "must be at most 200 characters"));
            }
            ParsedRaw parsed = RawValues.parse(b.raw());
            if (parsed.value() == null) {
                if (value == null) {
                    errors.add(new FieldError(row, "raw", "'" + b.raw() + "' has no number; send value as well"));
                } else if (!RawValues.mentions(b.raw(), value)) {
                    errors.add(new FieldError(row, "value", value.toPlainString() + " does not match raw '" + b.raw() + "'"));
                }
            } else if (value == null) {
                value = parsed.value();
            } else if (value.compareTo(parsed.value()) != 0) {
                errors.add(new FieldError(row, "value", value.toPlainString() + " does not match raw '" + b.raw() + "' ("
                        + parsed.value().toPlainString() + ")"));
            }
        } else if (value == null) {
            errors.add(new FieldError(row, "value", "is required"));
        }
        v.value = value;
        v.raw = b.raw();
        v.status = ValueStatus.PROVISIONAL;
        if (b.status() != null && !b.status().isBlank()) {
            try {
                v.status = ValueStatus.valueOf(b.status().trim().toUpperCase());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(row, "status", "'" + b.status() + "' is not one of PROVISIONAL, FINAL"));
            }
        }
        if (b.source() != null && b.source().length() > 500) {
            errors.add(new FieldError(row, "source", "must be at most 500 characters"));
        }
        if (b.note() != null && b.note().length() > 1000) {
            errors.add(new FieldError(row, "note", "must be at most 1000 characters"));
        }
        v.source = b.source();
        v.note = b.note();
        return v;
    }

    /**
     * Imports values atomically: each row names an indicator row of this plan and a year, and
     * creates or replaces that value ({@code replace} first removes all of the plan's values).
     */
    @Transactional
    public ImportReport importValues(String planCode, List<JsonNode> nodes, String mode, boolean dryRun) {
        boolean replace = PlanIndicatorService.parseMode(mode);
        Plan plan = indicators.lockedWritablePlan(planCode, "an import of monitoring values");
        java.util.Set<Long> planRows = rows.idsOfPlan(plan.id);
        List<FieldError> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<MonitoringValue> checkedValues = new ArrayList<>(nodes.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            int rowNo = i + 1;
            JsonNode node = nodes.get(i);
            if (node == null || !node.isObject()) {
                errors.add(new FieldError(rowNo, "body", "must be an object"));
                continue;
            }
            int before = errors.size();
            Long indicatorId = whole(node, "indicatorId", rowNo, errors);
            Long year = whole(node, "year", rowNo, errors);
            BigDecimal value = decimal(node, "value", rowNo, errors);
            MonitoringValueBody b = new MonitoringValueBody(indicatorId, null, value, text(node, "raw", rowNo, errors),
                    text(node, "status", rowNo, errors), text(node, "source", rowNo, errors), text(node, "note", rowNo, errors), null, null, null, null, null);
            if (errors.size() > before) {
                continue;
            }
            if (indicatorId == null) {
                errors.add(new FieldError(rowNo, "indicatorId", "is required"));
            } else if (!planRows.contains(indicatorId)) {
                errors.add(new FieldError(rowNo, "indicatorId", "plan " + planCode + " has no indicator row " + indicatorId));
            }
            Integer y = year == null ? null : year > 9999 || year < 0 ? -1 : year.intValue();
            MonitoringValue v = checked(b, y, rowNo, errors, plan);
            v.indicatorId = indicatorId;
            Integer first = seen.put(indicatorId + "/" + y, rowNo);
            if (first != null) {
                errors.add(new FieldError(rowNo, "year", "row " + first + " already gives indicator " + indicatorId + " a value for " + y));
            }
            checkedValues.add(v);
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors).with(PlanIndicatorService.importMembers(0, dryRun, warnings));
        }
        refuseLockedChanges(checkedValues, plan, replace, dryRun, warnings);
        if (dryRun) {
            return new ImportReport(checkedValues.size(), true, List.of(), warnings);
        }
        long valuesBefore = values.keysOfPlan(plan.id).size();
        if (replace) {
            long removed = values.deleteUnlockedOfPlan(plan.id);
            warnings.add(removed + " existing value(s) removed first");
        }
        // after a replace only the locked values remain, each sent unchanged (refuseLockedChanges)
        java.util.Set<String> existing = values.keysOfPlan(plan.id);
        List<MonitoringValue> fresh = new ArrayList<>();
        List<MonitoringValue> changed = new ArrayList<>();
        for (MonitoringValue v : checkedValues) {
            (existing.contains(v.indicatorId + "/" + v.year) ? changed : fresh).add(v);
        }
        values.flush();
        values.updateAll(changed);
        values.insertAll(fresh);
        audit.record(AuditService.IMPORT, IMPORT_AUDIT_TYPE, plan.code, plan.regionCode,
                indicators.importSummary("values", valuesBefore, null, 0),
                indicators.importSummary("values", values.keysOfPlan(plan.id).size(), replace ? "REPLACE" : "APPEND", checkedValues.size()));
        return new ImportReport(checkedValues.size(), false, List.of(), warnings);
    }

    /**
     * Refuses the whole import (409, each value named) when it would change a SUBMITTED or APPROVED value, or,
     * with mode=replace, delete one by leaving it out. Such a value sent unchanged is accepted and stays as it is.
     */
    private void refuseLockedChanges(List<MonitoringValue> imported, Plan plan, boolean replace, boolean dryRun, List<String> warnings) {
        List<MonitoringValue> locked = values.lockedOfPlan(plan.id);
        if (locked.isEmpty()) {
            return;
        }
        Map<String, MonitoringValue> byKey = new HashMap<>();
        locked.forEach(v -> byKey.put(v.indicatorId + "/" + v.year, v));
        java.util.Set<String> sent = new java.util.HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        ApprovalState state = null;
        for (int i = 0; i < imported.size(); i++) {
            MonitoringValue v = imported.get(i);
            String k = v.indicatorId + "/" + v.year;
            sent.add(k);
            MonitoringValue current = byKey.get(k);
            if (current != null && !sameContent(v, current)) {
                errors.add(new FieldError(i + 1, "approvalState", "the " + v.year + " value of indicator " + v.indicatorId + " is "
                        + current.approvalState + " and cannot be changed"));
                state = state == ApprovalState.APPROVED ? state : current.approvalState;
            }
        }
        if (replace) {
            for (MonitoringValue current : locked) {
                if (!sent.contains(current.indicatorId + "/" + current.year)) {
                    errors.add(new FieldError("approvalState", "the " + current.year + " value of indicator " + current.indicatorId + " is "
                            + current.approvalState + " and cannot be deleted (mode=replace removes values not in the import)"));
                    state = state == ApprovalState.APPROVED ? state : current.approvalState;
                }
            }
        }
        if (!errors.isEmpty()) {
            String detail = errors.stream().map(e -> (e.row() == null ? "" : "row " + e.row() + ": ") + e.message())
                    .collect(Collectors.joining("; "));
            DomainException refusal = ApprovalService.locked("Submitted or approved values cannot be changed or deleted; nothing was imported: "
                    + detail, state, errors);
            Map<String, Object> members = new java.util.LinkedHashMap<>(refusal.extensions());
            members.putAll(PlanIndicatorService.importMembers(0, dryRun, warnings));
            throw refusal.with(members);
        }
    }

    private static String text(JsonNode row, String field, int rowNo, List<FieldError> errors) {
        JsonNode n = row.get(field);
        if (n != null && n.isContainerNode()) {
            errors.add(new FieldError(rowNo, field, "must be text, not " + (n.isArray() ? "an array" : "an object")));
            return null;
        }
        return n == null || n.isNull() ? null : n.asText();
    }

    private static Long whole(JsonNode row, String field, int rowNo, List<FieldError> errors) {
        JsonNode n = row.get(field);
        if (n == null || n.isNull() || (n.isTextual() && n.asText().isBlank())) {
            return null;
        }
        if (n.isIntegralNumber() && n.canConvertToLong()) {
            return n.asLong();
        }
        if (n.isTextual() && n.asText().trim().matches("-?\\d{1,18}")) {
            return Long.parseLong(n.asText().trim());
        }
        errors.add(new FieldError(rowNo, field, "'" + n.asText() + "' is not a whole number"));
        return null;
    }

    private static BigDecimal decimal(JsonNode row, String field, int rowNo, List<FieldError> errors) {
        JsonNode n = row.get(field);
        if (n == null || n.isNull() || (n.isTextual() && n.asText().isBlank())) {
            return null;
        }
        if (n.isNumber()) {
            return n.decimalValue();
        }
        if (n.isTextual()) {
            try {
                BigDecimal parsed = new BigDecimal(n.asText().trim());
                String problem = org.healthplanning.platform.json.StrictJson.numberProblem(parsed);
                if (problem == null) {
                    return parsed;
                }
                errors.add(new FieldError(rowNo, field, problem));
                return null;
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        errors.add(new FieldError(rowNo, field, "'" + n.asText() + "' is not a number"));
        return null;
    }

    /** All values of the plan (only APPROVED ones with {@code approvedOnly}) as CSV that imports back to the same values. */
    @Transactional
    public String exportCsv(String planCode, boolean approvedOnly) {
        return BulkRows.toCsv(COLUMNS, export(planCode, approvedOnly).rows());
    }

    /** The values of {@link #exportCsv} with the CSV's columns, for every form of the export. */
    @Transactional
    public PlanIndicatorService.Export export(String planCode, boolean approvedOnly) {
        Plan plan = indicators.plan(planCode);
        Map<Long, PlanIndicator> planRows = rows.ofPlan(plan.id).stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        List<JsonNode> out = new ArrayList<>();
        ObjectMapper exact = BulkRows.exact(mapper);
        for (MonitoringValue v : values.ofIndicators(planRows.keySet())) {
            if (approvedOnly && v.approvalState != ApprovalState.APPROVED) {
                continue;
            }
            PlanIndicator r = planRows.get(v.indicatorId);
            var node = exact.createObjectNode();
            node.put("indicatorId", v.indicatorId);
            node.put("seq", r.seq);
            node.put("name", r.name);
            node.put("subItem", r.subItem);
            node.put("year", v.year);
            node.put("value", v.value);
            node.put("raw", v.raw);
            node.put("status", v.status.name());
            node.put("source", v.source);
            node.put("note", v.note);
            node.put("approvalState", v.approvalState.name());
            out.add(node);
        }
        return new PlanIndicatorService.Export(COLUMNS, out);
    }
}
