package org.healthplanning.indicator.service;

import org.healthplanning.platform.audit.AuditService;
import org.healthplanning.http.QueryParams;
import org.healthplanning.http.DomainException;
import org.healthplanning.http.Problem.FieldError;
import org.healthplanning.platform.security.Caller;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.healthplanning.indicator.api.Approval;
import org.healthplanning.indicator.domain.ApprovalState;
import org.healthplanning.indicator.domain.MonitoringValue;
import org.healthplanning.indicator.domain.Plan;
import org.healthplanning.indicator.repository.ApprovalEventRepository;
import org.healthplanning.indicator.repository.MonitoringValueRepository;
import org.healthplanning.indicator.repository.PlanRepository;

/**
 * Approval of a plan's monitoring values per year (after DHIS2's data approval): an editor submits the
 * year's DRAFT and RETURNED values, a reviewer of the plan's region approves or returns the SUBMITTED ones
 * and reopens APPROVED ones to DRAFT. Each transition locks the plan row (concurrent transitions and
 * imports of the plan run one after the other), moves the values, and writes one history row and one
 * audit row in its transaction.
 */
@ApplicationScoped
public class ApprovalService {
    public static final String AUDIT_TYPE = "plan-approval";

    /** The four transitions: who may make them, from which states, to which, and whether a comment is required. */
    public enum Action {
        SUBMIT(Set.of(ApprovalState.DRAFT, ApprovalState.RETURNED), ApprovalState.SUBMITTED, false, "the submission"),
        APPROVE(Set.of(ApprovalState.SUBMITTED), ApprovalState.APPROVED, false, "the approval"),
        RETURN(Set.of(ApprovalState.SUBMITTED), ApprovalState.RETURNED, true, "the return"),
        REOPEN(Set.of(ApprovalState.APPROVED), ApprovalState.DRAFT, true, "the reopening");

        final Set<ApprovalState> from;
        final ApprovalState to;
        final boolean commentRequired;
        final String noun;

        Action(Set<ApprovalState> from, ApprovalState to, boolean commentRequired, String noun) {
            this.from = from;
            this.to = to;
            this.commentRequired = commentRequired;
            this.noun = noun;
        }

        String fromText() {
            return from.stream().sorted().map(Enum::name).collect(Collectors.joining(" or "));
        }
    }

    @Inject
    PlanRepository plans;

    @Inject
    MonitoringValueRepository values;

    @Inject
    ApprovalEventRepository events;

    @Inject
    Caller caller;

    @Inject
    AuditService audit;

    @Inject
    ObjectMapper mapper;

    /** Makes one transition of the plan's values for the year and answers the year's status after it. */
    @Transactional
    public Approval transition(String planCode, String year, Action action, String comment) {
        Plan plan = plans.findByCodeForUpdate(planCode).orElseThrow(() -> DomainException.notFound("Plan", planCode));
        String what = action.noun + " of plan " + planCode + "'s monitoring values";
        if (action == Action.SUBMIT) {
            caller.requireRegions(what, plan.regionCode);
        } else {
            caller.requireReviewer(what, plan.regionCode);
        }
        int y = year(plan, year);
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (action.commentRequired && text == null) {
            throw DomainException.invalid("comment", "is required to " + action.name().toLowerCase() + " values: say why");
        }
        if (text != null && text.length() > 2000) {
            throw DomainException.invalid("comment", "must be at most 2000 characters");
        }
        Map<ApprovalState, Integer> before = counts(plan.id, y);
        ApprovalState stateBefore = overall(before);
        int movable = action.from.stream().mapToInt(s -> before.getOrDefault(s, 0)).sum();
        if (movable == 0) {
            String detail = stateBefore == null
                    ? "Plan " + planCode + " has no monitoring value for " + y + ", so there is nothing to " + action.name().toLowerCase()
                    : "No monitoring value of plan " + planCode + " for " + y + " is " + action.fromText() + " (the year is "
                    + stateBefore + ": " + describe(before) + "), so there is nothing to " + action.name().toLowerCase();
            Map<String, Object> members = new LinkedHashMap<>();
            members.put("approvalState", stateBefore == null ? null : stateBefore.name());
            throw DomainException.conflict(detail).with(members);
        }
        int moved = values.transition(plan.id, y, action.from, action.to);
        Map<ApprovalState, Integer> after = counts(plan.id, y);
        ApprovalState stateAfter = overall(after);
        events.record(plan.id, y, action.name(), stateBefore.name(), stateAfter.name(), caller.subject(), text, moved);
        ObjectNode auditBefore = snapshot(stateBefore, before);
        ObjectNode auditAfter = snapshot(stateAfter, after);
        auditAfter.put("action", action.name());
        auditAfter.put("comment", text);
        auditAfter.put("values", moved);
        audit.record(action.name(), AUDIT_TYPE, planCode + "/" + y, plan.regionCode, auditBefore, auditAfter);
        return status(plan, y);
    }

    /** The plan's approval status for one year of its baseline..target range. */
    @Transactional
    public Approval get(String planCode, String year) {
        Plan plan = plans.findByCode(planCode).orElseThrow(() -> DomainException.notFound("Plan", planCode));
        return status(plan, year(plan, year));
    }

    /** One status per year that has values, oldest year first. */
    @Transactional
    public List<Approval> list(String planCode) {
        Plan plan = plans.findByCode(planCode).orElseThrow(() -> DomainException.notFound("Plan", planCode));
        Map<Integer, List<Approval.Event>> history = new HashMap<>();
        for (ApprovalEventRepository.YearEvent e : events.history(plan.id, null)) {
            history.computeIfAbsent(e.year(), k -> new ArrayList<>()).add(e.event());
        }
        List<Approval> out = new ArrayList<>();
        values.approvalCounts(plan.id, null).forEach((y, counts) ->
                out.add(approval(plan.code, y, counts, history.getOrDefault(y, List.of()))));
        return out;
    }

    private Approval status(Plan plan, int year) {
        List<Approval.Event> history = events.history(plan.id, year).stream().map(ApprovalEventRepository.YearEvent::event).toList();
        return approval(plan.code, year, counts(plan.id, year), history);
    }

    private static Approval approval(String planCode, int year, Map<ApprovalState, Integer> counts, List<Approval.Event> history) {
        ApprovalState state = overall(counts);
        return new Approval(planCode, year, state == null ? null : state.name(), apiCounts(counts), history);
    }

    private Map<ApprovalState, Integer> counts(long planId, int year) {
        return values.approvalCounts(planId, year).getOrDefault(year, new EnumMap<>(ApprovalState.class));
    }

    private static Approval.Counts apiCounts(Map<ApprovalState, Integer> counts) {
        return new Approval.Counts(counts.getOrDefault(ApprovalState.DRAFT, 0), counts.getOrDefault(ApprovalState.RETURNED, 0),
                counts.getOrDefault(ApprovalState.SUBMITTED, 0), counts.getOrDefault(ApprovalState.APPROVED, 0));
    }

    /** The lowest state any value is in (DRAFT < RETURNED < SUBMITTED < APPROVED); null without values. */
    static ApprovalState overall(Map<ApprovalState, Integer> counts) {
        for (ApprovalState s : ApprovalState.values()) {
            if (counts.getOrDefault(s, 0) > 0) {
                return s;
            }
        }
        return null;
    }

    private static String describe(Map<ApprovalState, Integer> counts) {
        List<String> parts = new ArrayList<>();
        for (ApprovalState s : ApprovalState.values()) {
            if (counts.getOrDefault(s, 0) > 0) {
                parts.add(counts.get(s) + " " + s);
            }
        }
        return String.join(", ", parts);
    }

    private ObjectNode snapshot(ApprovalState state, Map<ApprovalState, Integer> counts) {
        ObjectNode n = mapper.createObjectNode();
        n.put("state", state == null ? null : state.name());
        n.set("counts", mapper.valueToTree(apiCounts(counts)));
        return n;
    }

    /** The year in the path: a year of the plan's baseline..target range (400 naming year otherwise). */
    private static int year(Plan plan, String year) {
        Integer y = QueryParams.year("year", year);
        int first = plan.baselineYear != null ? plan.baselineYear : plan.periodStart - 1;
        int last = plan.targetYear != null ? plan.targetYear : plan.periodEnd;
        if (y == null) {
            throw DomainException.invalid("year", "must be a year between 1949 and 2100");
        }
        if (y < first || y > last) {
            throw DomainException.invalid("year", y + " lies outside plan " + plan.code + ": its values run from its baseline year "
                    + first + " to its target year " + last);
        }
        return y;
    }

    /**
     * The refusal of a write to a SUBMITTED or APPROVED value: 409 naming its state (problem extension
     * {@code approvalState}), with the values concerned as {@code errors} when there are several.
     */
    public static DomainException locked(String detail, ApprovalState state, List<FieldError> errors) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("approvalState", state.name());
        return new DomainException(DomainException.Kind.CONFLICT, detail, errors).with(members);
    }

    /** The refusal of deleting rows (or a plan) that hold SUBMITTED or APPROVED values. */
    public static DomainException lockedValues(String what, List<MonitoringValue> locked) {
        ApprovalState state = locked.stream().anyMatch(v -> v.approvalState == ApprovalState.APPROVED)
                ? ApprovalState.APPROVED : ApprovalState.SUBMITTED;
        String list = locked.stream().limit(10).map(v -> "indicator " + v.indicatorId + " " + v.year + " " + v.approvalState)
                .collect(Collectors.joining(", ")) + (locked.size() > 10 ? ", …" : "");
        return locked(what + " cannot be deleted: it holds " + locked.size() + " submitted or approved monitoring value(s) (" + list
                + "); a reviewer returns or reopens them first", state, null);
    }
}
