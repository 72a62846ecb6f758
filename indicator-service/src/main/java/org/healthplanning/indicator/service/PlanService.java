package org.healthplanning.indicator.service;

import org.healthplanning.platform.audit.AuditService;
import org.healthplanning.platform.http.PageRequest;
import org.healthplanning.platform.http.PageResponse;
import org.healthplanning.platform.http.Versions;
import org.healthplanning.platform.problem.DomainException;
import org.healthplanning.platform.security.Caller;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
import org.healthplanning.indicator.domain.Plan;
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

    public PageResponse<Plan> list(String regionCode, Integer year, PageRequest page) {
        var query = plans.search(regionCode, year, page.sort()).page(Page.of(page.page(), page.size()));
        return new PageResponse<>(query.list(), page.page(), page.size(), query.count());
    }

    public Optional<Plan> find(String code) {
        return plans.findByCode(code);
    }

    @Transactional
    public Plan create(@Valid Plan plan) {
        checkConsistency(plan);
        caller.requireRegions("plan " + plan.code, plan.regionCode);
        if (plans.findByCode(plan.code).isPresent()) {
            throw DomainException.conflict("A plan with code '" + plan.code + "' already exists");
        }
        plan.id = null;
        plan.version = null;
        applyDefaults(plan);
        plans.persistAndFlush(plan);
        audit.record(AuditService.CREATE, AUDIT_TYPE, plan.code, plan.regionCode, null, audit.snapshot(plan));
        return plan;
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
        Optional<Plan> existing = plans.findByCode(code);
        caller.requireRegions("plan " + code,
                existing.isEmpty() ? new String[] {body.regionCode} : new String[] {existing.get().regionCode, body.regionCode});
        if (existing.isEmpty()) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw DomainException.preconditionFailed("Plan '" + code + "' does not exist, so If-Match cannot match");
            }
            body.id = null;
            body.version = null;
            plans.persistAndFlush(body);
            audit.record(AuditService.CREATE, AUDIT_TYPE, code, body.regionCode, null, audit.snapshot(body));
            return new Upsert(body, true);
        }
        Plan plan = existing.get();
        Versions.check(Versions.expected(ifMatch, body.version), plan.version);
        var before = audit.snapshot(plan);
        plan.regionCode = body.regionCode;
        plan.regionName = body.regionName;
        plan.title = body.title;
        plan.periodStart = body.periodStart;
        plan.periodEnd = body.periodEnd;
        plan.baselineYear = body.baselineYear;
        plan.targetYear = body.targetYear;
        plan.issuer = body.issuer;
        plans.flush();
        audit.record(AuditService.UPDATE, AUDIT_TYPE, code, plan.regionCode, before, audit.snapshot(plan));
        return new Upsert(plan, false);
    }

    @Transactional
    public void delete(String code, String ifMatch) {
        Plan plan = plans.findByCode(code).orElseThrow(() -> DomainException.notFound("Plan", code));
        caller.requireRegions("plan " + code, plan.regionCode);
        Versions.check(Versions.expected(ifMatch, null), plan.version);
        var before = audit.snapshot(plan);
        plans.delete(plan);
        plans.flush();
        audit.record(AuditService.DELETE, AUDIT_TYPE, code, plan.regionCode, before, null);
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
