package org.healthplanning.indicator.service;

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
import org.healthplanning.indicator.domain.MonitoringValue;
import org.healthplanning.indicator.domain.ParsedRaw;
import org.healthplanning.indicator.domain.Plan;
import org.healthplanning.indicator.domain.PlanIndicator;
import org.healthplanning.indicator.domain.RawValues;
import org.healthplanning.indicator.domain.ValueStatus;
import org.healthplanning.indicator.repository.MonitoringValueRepository;
import org.healthplanning.indicator.repository.PlanIndicatorRepository;
import org.healthplanning.indicator.rest.ApiException;
import org.healthplanning.indicator.rest.BulkRows;
import org.healthplanning.indicator.rest.ImportReport;
import org.healthplanning.indicator.rest.MonitoringValueBody;
import org.healthplanning.indicator.rest.Problem.FieldError;
import org.healthplanning.indicator.rest.QueryParams;
import org.healthplanning.indicator.rest.Versions;

/** Annual monitoring values of plan indicator rows. */
@ApplicationScoped
public class MonitoringValueService {
    static final List<String> COLUMNS = List.of("indicatorId", "seq", "name", "subItem", "year", "value", "raw", "status", "source", "note");

    @Inject
    PlanIndicatorService indicators;

    @Inject
    PlanIndicatorRepository rows;

    @Inject
    MonitoringValueRepository values;

    @Inject
    ObjectMapper mapper;

    @Transactional
    public List<MonitoringValueBody> list(String planCode, String indicatorId) {
        PlanIndicator row = indicators.row(indicators.plan(planCode), indicatorId);
        return values.ofIndicator(row.id).stream().map(MonitoringValueBody::of).toList();
    }

    @Transactional
    public MonitoringValueBody get(String planCode, String indicatorId, String year) {
        PlanIndicator row = indicators.row(indicators.plan(planCode), indicatorId);
        int y = pathYear(year);
        return values.find(row.id, y).map(MonitoringValueBody::of)
                .orElseThrow(() -> ApiException.notFound("Monitoring value", y + " of indicator " + row.id));
    }

    public record Upsert(MonitoringValueBody value, boolean created) {
    }

    @Transactional
    public Upsert put(String planCode, String indicatorId, String year, MonitoringValueBody body, String ifMatch) {
        PlanIndicator row = indicators.row(indicators.plan(planCode), indicatorId);
        int y = pathYear(year);
        List<FieldError> errors = new ArrayList<>();
        if (body.year() != null && body.year() != y) {
            errors.add(new FieldError("year", "must match the year in the path (" + y + ")"));
        }
        MonitoringValue fresh = checked(body, y, null, errors);
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors);
        }
        Optional<MonitoringValue> existing = values.find(row.id, y);
        if (existing.isEmpty()) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw new ApiException(412, "/problems/precondition-failed", "Precondition failed",
                        "There is no value for " + y + ", so If-Match cannot match", null);
            }
            fresh.indicatorId = row.id;
            values.persistAndFlush(fresh);
            return new Upsert(MonitoringValueBody.of(fresh), true);
        }
        MonitoringValue v = existing.get();
        Versions.check(Versions.expected(ifMatch, body.version()), v.version);
        copy(fresh, v);
        values.flush();
        return new Upsert(MonitoringValueBody.of(v), false);
    }

    @Transactional
    public void delete(String planCode, String indicatorId, String year, String ifMatch) {
        PlanIndicator row = indicators.row(indicators.plan(planCode), indicatorId);
        int y = pathYear(year);
        MonitoringValue v = values.find(row.id, y)
                .orElseThrow(() -> ApiException.notFound("Monitoring value", y + " of indicator " + row.id));
        Versions.check(Versions.expected(ifMatch, null), v.version);
        values.delete(v);
        values.flush();
    }

    private static int pathYear(String year) {
        Integer y = QueryParams.year("year", year);
        if (y == null) {
            throw ApiException.badRequest("year", "must be a year between 1949 and 2100");
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
    }

    /** A value checked field by field; problems are added to {@code errors} with the row number. */
    private static MonitoringValue checked(MonitoringValueBody b, Integer year, Integer row, List<FieldError> errors) {
        MonitoringValue v = new MonitoringValue();
        if (year == null) {
            errors.add(new FieldError(row, "year", "is required"));
        } else if (year < 1949 || year > 2100) {
            errors.add(new FieldError(row, "year", "must be a year between 1949 and 2100"));
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
        Plan plan = indicators.plan(planCode);
        Map<Long, PlanIndicator> planRows = rows.ofPlan(plan.id).stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<MonitoringValue> checkedValues = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            int rowNo = i + 1;
            JsonNode node = nodes.get(i);
            MonitoringValueBody b;
            try {
                if (node == null || !node.isObject()) {
                    throw new IllegalArgumentException("must be an object");
                }
                b = mapper.treeToValue(node, MonitoringValueBody.class);
            } catch (JsonMappingException e) {
                errors.add(new FieldError(rowNo, BulkRows.path(e), "has the wrong type or shape: " + e.getOriginalMessage()));
                continue;
            } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
                errors.add(new FieldError(rowNo, "body", e.getMessage()));
                continue;
            }
            if (b.indicatorId() == null) {
                errors.add(new FieldError(rowNo, "indicatorId", "is required"));
            } else if (!planRows.containsKey(b.indicatorId())) {
                errors.add(new FieldError(rowNo, "indicatorId", "plan " + planCode + " has no indicator row " + b.indicatorId()));
            }
            MonitoringValue v = checked(b, b.year(), rowNo, errors);
            v.indicatorId = b.indicatorId();
            Integer before = seen.put(b.indicatorId() + "/" + b.year(), rowNo);
            if (before != null) {
                errors.add(new FieldError(rowNo, "year", "row " + before + " already gives indicator " + b.indicatorId() + " a value for " + b.year()));
            }
            checkedValues.add(v);
        }
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors).with(PlanIndicatorService.importMembers(0, dryRun, warnings));
        }
        if (dryRun) {
            return new ImportReport(checkedValues.size(), true, List.of(), warnings);
        }
        if (replace) {
            long removed = values.deleteOfIndicators(planRows.keySet());
            warnings.add(removed + " existing value(s) removed first");
            values.flush();
        }
        Map<String, MonitoringValue> existing = new HashMap<>();
        for (MonitoringValue v : values.ofIndicators(planRows.keySet())) {
            existing.put(v.indicatorId + "/" + v.year, v);
        }
        List<MonitoringValue> fresh = new ArrayList<>();
        for (MonitoringValue v : checkedValues) {
            MonitoringValue current = existing.get(v.indicatorId + "/" + v.year);
            if (current != null) {
                copy(v, current);
            } else {
                fresh.add(v);
            }
        }
        values.flush();
        values.insertAll(fresh);
        return new ImportReport(checkedValues.size(), false, List.of(), warnings);
    }

    /** All values of the plan as CSV that imports back to the same values. */
    @Transactional
    public String exportCsv(String planCode) {
        Plan plan = indicators.plan(planCode);
        Map<Long, PlanIndicator> planRows = rows.ofPlan(plan.id).stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        List<JsonNode> out = new ArrayList<>();
        ObjectMapper exact = BulkRows.exact(mapper);
        for (MonitoringValue v : values.ofIndicators(planRows.keySet())) {
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
            out.add(node);
        }
        return BulkRows.toCsv(COLUMNS, out);
    }
}
