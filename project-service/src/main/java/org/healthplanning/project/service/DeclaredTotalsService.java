package org.healthplanning.project.service;

import org.healthplanning.platform.audit.AuditService;
import org.healthplanning.platform.http.Versions;
import org.healthplanning.platform.problem.DomainException;
import org.healthplanning.platform.problem.Problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.healthplanning.project.api.DeclaredTotalsDto;
import org.healthplanning.project.client.PlanRef;
import org.healthplanning.project.domain.DeclaredTotals;
import org.healthplanning.project.mapping.DeclaredTotalsMapper;
import org.healthplanning.project.repository.DeclaredTotalsRepository;

@ApplicationScoped
public class DeclaredTotalsService {
    public static final String AUDIT_TYPE = "declared-totals";

    @Inject
    DeclaredTotalsRepository totals;

    @Inject
    PlanScope scope;

    @Inject
    AuditService audit;

    public Optional<DeclaredTotalsDto> find(String planCode) {
        return totals.findByIdOptional(planCode).map(DeclaredTotalsMapper::toApi);
    }

    public record Upsert(DeclaredTotalsDto totals, boolean created) {
    }

    /**
     * Creates or replaces the totals of an existing plan (404 otherwise). They are the plan's: their
     * region is the plan's region, and writing them needs rights on it.
     */
    @Transactional
    public Upsert upsert(String planCode, DeclaredTotalsDto body, String ifMatch) {
        PlanRef plan = scope.ofPath(planCode);
        scope.requireWrite("the declared totals of plan " + planCode, List.of(plan));
        String newRegion = plan.regionCode();
        if (body.regionCode != null && !body.regionCode.equals(newRegion)) {
            String message = "the declared totals of plan " + planCode + " are in its region " + newRegion + "; send that or leave it out";
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "regionCode: " + message,
                    List.of(new Problem.FieldError("regionCode", message)));
        }
        Optional<DeclaredTotals> existing = totals.findByIdOptional(planCode);
        if (existing.isEmpty()) {
            if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.trim().equals("*")) {
                throw DomainException.preconditionFailed("Plan '" + planCode + "' has no declared totals, so If-Match cannot match");
            }
            DeclaredTotals created = new DeclaredTotals();
            created.planCode = planCode;
            DeclaredTotalsMapper.apply(body, created);
            created.regionCode = newRegion;
            totals.persistAndFlush(created);
            DeclaredTotalsDto answer = DeclaredTotalsMapper.toApi(created);
            audit.record(AuditService.CREATE, AUDIT_TYPE, planCode, newRegion, null, audit.snapshot(answer));
            return new Upsert(answer, true);
        }
        DeclaredTotals current = existing.get();
        Versions.check(Versions.expected(ifMatch, body.version), current.version);
        var before = audit.snapshot(DeclaredTotalsMapper.toApi(current));
        DeclaredTotalsMapper.apply(body, current);
        current.regionCode = newRegion;
        totals.flush();
        DeclaredTotalsDto answer = DeclaredTotalsMapper.toApi(current);
        audit.record(AuditService.UPDATE, AUDIT_TYPE, planCode, newRegion, before, audit.snapshot(answer));
        return new Upsert(answer, false);
    }

    @Transactional
    public void delete(String planCode, String ifMatch) {
        DeclaredTotals current = totals.findByIdOptional(planCode)
                .orElseThrow(() -> DomainException.notFound("Declared totals of plan", planCode));
        Optional<PlanRef> plan = scope.find(planCode);
        String region = plan.map(PlanRef::regionCode).orElse(current.regionCode);
        scope.requireWrite("the declared totals of plan " + planCode, plan.stream().toList(),
                plan.isPresent() ? new String[0] : new String[] {current.regionCode});
        Versions.check(Versions.expected(ifMatch, null), current.version);
        var before = audit.snapshot(DeclaredTotalsMapper.toApi(current));
        totals.delete(current);
        totals.flush();
        audit.record(AuditService.DELETE, AUDIT_TYPE, planCode, region, before, null);
    }
}
