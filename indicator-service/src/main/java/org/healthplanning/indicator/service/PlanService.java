package org.healthplanning.indicator.service;

import org.healthplanning.platform.audit.AuditService;
import org.healthplanning.platform.http.PageRequest;
import org.healthplanning.http.PageResponse;
import org.healthplanning.platform.http.Versions;
import org.healthplanning.http.DomainException;
import org.healthplanning.http.Problem;
import org.healthplanning.platform.security.Caller;
import org.healthplanning.platform.sync.ChangeHorizon;
import org.healthplanning.platform.sync.ChangeQuery;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.healthplanning.indicator.api.Plan;
import org.healthplanning.indicator.mapping.PlanMapper;
import org.healthplanning.indicator.repository.PlanRepository;

@ApplicationScoped
public class PlanService {
    public static final Map<String, String> SORTABLE = Map.of(
            "code", "code", "regionCode", "regionCode", "title", "title",
            "periodStart", "periodStart", "periodEnd", "periodEnd");

    public static final String AUDIT_TYPE = "plan";

    @Inject
    PlanRepository plans;

    @Inject
    Caller caller;

    @Inject
    AuditService audit;

    @Inject
    RegionDirectory regions;

    @Inject
    ChangeHorizon horizon;

    @Inject
    org.healthplanning.indicator.repository.MonitoringValueRepository values;

    public PageResponse<Plan> list(String regionCode, Integer year, PageRequest page) {
        var query = plans.search(regionCode, year, page.sort()).page(Page.of(page.page(), page.size()));
        return new PageResponse<>(query.list().stream().map(PlanMapper::toApi).toList(), page.page(), page.size(), query.count());
    }

    /** The plans an incremental read selects (updatedAfter or after), filtered as {@link #list}, in change order. */
    @Transactional
    public PageResponse<Plan> changes(String regionCode, Integer year, ChangeQuery changes) {
        return changes.page(plans.changed(changes, horizon.now(), regionCode, year), PlanMapper::toApi, p -> p.updatedAt, p -> p.id);
    }

    public Optional<Plan> find(String code) {
        return plans.findByCode(code).map(PlanMapper::toApi);
    }

    @Transactional
    public Plan create(@Valid Plan body) {
        checkConsistency(body);
        caller.requireRegions("plan " + body.code, body.regionCode);
        nameRegion(body);
        if (plans.findByCode(body.code).isPresent()) {
            throw DomainException.conflict("A plan with code '" + body.code + "' already exists");
        }
        applyDefaults(body);
        checkPredecessor(body);
        org.healthplanning.indicator.domain.Plan plan = PlanMapper.toEntity(body);
        plans.persistAndFlush(plan);
        Plan created = PlanMapper.toApi(plan);
        audit.record(AuditService.CREATE, AUDIT_TYPE, plan.code, plan.regionCode, null, audit.snapshot(created));
        return created;
    }

    /** Creates or replaces the plan with this code; {@code created} tells which happened. */
    public record Upsert(Plan plan, boolean created) {
    }

    @Transactional
    public Upsert upsert(String code, @Valid Plan body, String ifMatch) {
        if (body.code != null && !body.code.equals(code)) {
            throw DomainException.invalid("code", "must match the code in the path ('" + code + "')");
        }
        body.code = code;
        checkConsistency(body);
        applyDefaults(body);
        Optional<org.healthplanning.indicator.domain.Plan> existing = plans.findByCode(code);
        caller.requireRegions("plan " + code,
                existing.isEmpty() ? new String[] {body.regionCode} : new String[] {existing.get().regionCode, body.regionCode});
        nameRegion(body);
        checkPredecessor(body);
        if (existing.isEmpty()) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw DomainException.preconditionFailed("Plan '" + code + "' does not exist, so If-Match cannot match");
            }
            org.healthplanning.indicator.domain.Plan plan = PlanMapper.toEntity(body);
            plans.persistAndFlush(plan);
            Plan created = PlanMapper.toApi(plan);
            audit.record(AuditService.CREATE, AUDIT_TYPE, code, plan.regionCode, null, audit.snapshot(created));
            return new Upsert(created, true);
        }
        org.healthplanning.indicator.domain.Plan plan = existing.get();
        Versions.check(Versions.expected(ifMatch, body.version), plan.version);
        var before = audit.snapshot(PlanMapper.toApi(plan));
        PlanMapper.apply(body, plan);
        plans.flush();
        Plan updated = PlanMapper.toApi(plan);
        audit.record(AuditService.UPDATE, AUDIT_TYPE, code, plan.regionCode, before, audit.snapshot(updated));
        return new Upsert(updated, false);
    }

    @Transactional
    public void delete(String code, String ifMatch) {
        org.healthplanning.indicator.domain.Plan plan = plans.findByCodeForUpdate(code).orElseThrow(() -> DomainException.notFound("Plan", code));
        caller.requireRegions("plan " + code, plan.regionCode);
        var locked = values.lockedOfPlan(plan.id);
        if (!locked.isEmpty()) {
            throw ApprovalService.lockedValues("Plan " + code, locked);
        }
        Versions.check(Versions.expected(ifMatch, null), plan.version);
        var before = audit.snapshot(PlanMapper.toApi(plan));
        plans.delete(plan);
        plans.flush();
        audit.record(AuditService.DELETE, AUDIT_TYPE, code, plan.regionCode, before, null);
    }

    /**
     * The plan's region must exist (facility-service owns regions); its name is taken from there, so a
     * plan's {@code regionName} is the region's, not free text.
     */
    private void nameRegion(Plan body) {
        var region = regions.find(body.regionCode).orElseThrow(() -> new DomainException(DomainException.Kind.UNPROCESSABLE,
                "There is no region '" + body.regionCode + "'; create the region first (POST /api/v1/regions)",
                List.of(new Problem.FieldError("regionCode",
                        "no region '" + body.regionCode + "' exists"))));
        body.regionName = region.name();
    }

    /**
     * A predecessor is another plan of the same region that ends before this one begins (so no chain of
     * predecessors can come back to a plan): otherwise 422 naming {@code predecessorCode}.
     */
    private void checkPredecessor(Plan body) {
        if (body.predecessorCode == null) {
            return;
        }
        if (body.predecessorCode.equals(body.code)) {
            throw unprocessablePredecessor("A plan cannot follow itself", "must name another plan");
        }
        org.healthplanning.indicator.domain.Plan predecessor = plans.findByCode(body.predecessorCode).orElseThrow(() ->
                unprocessablePredecessor("There is no plan '" + body.predecessorCode + "' for plan " + body.code + " to follow",
                        "no plan '" + body.predecessorCode + "' exists"));
        if (!predecessor.regionCode.equals(body.regionCode)) {
            throw unprocessablePredecessor("Plan " + body.code + " (region " + body.regionCode + ") cannot follow plan "
                    + predecessor.code + " of region " + predecessor.regionCode, "must be a plan of region " + body.regionCode);
        }
        if (predecessor.periodEnd >= body.periodStart) {
            throw unprocessablePredecessor("Plan " + predecessor.code + " (" + predecessor.periodStart + "–" + predecessor.periodEnd
                    + ") does not end before plan " + body.code + " begins (" + body.periodStart + ")",
                    "must end before " + body.periodStart);
        }
    }

    private static DomainException unprocessablePredecessor(String detail, String field) {
        return new DomainException(DomainException.Kind.UNPROCESSABLE, detail, List.of(new Problem.FieldError("predecessorCode", field)));
    }

    private static void checkConsistency(Plan plan) {
        if (plan.periodEnd < plan.periodStart) {
            throw DomainException.invalid("periodEnd", "must not be before periodStart");
        }
        if (plan.baselineYear != null && plan.targetYear != null && plan.targetYear <= plan.baselineYear) {
            throw DomainException.invalid("targetYear", "must be after baselineYear");
        }
    }

    private static void applyDefaults(Plan plan) {
        if (plan.baselineYear == null) {
            plan.baselineYear = plan.periodStart - 1;
        }
        if (plan.targetYear == null) {
            plan.targetYear = plan.periodEnd;
        }
    }
}
