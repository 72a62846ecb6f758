package org.healthplanning.project.service;

import org.healthplanning.platform.audit.AuditService;
import org.healthplanning.platform.http.Versions;
import org.healthplanning.http.DomainException;
import org.healthplanning.platform.http.PageRequest;
import org.healthplanning.http.PageResponse;
import org.healthplanning.http.Problem;
import org.healthplanning.platform.sync.ChangeHorizon;
import org.healthplanning.platform.sync.ChangeQuery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import io.quarkus.panache.common.Page;
import java.util.List;
import java.util.Map;
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

    @Inject
    ChangeHorizon horizon;

    /** The sort fields of the service-wide list. */
    public static final Map<String, String> SORTABLE = Map.of("planCode", "planCode", "regionCode", "regionCode");

    /** A page of every plan's declared totals (or one plan's), in the page's order. */
    public PageResponse<DeclaredTotalsDto> list(String planCode, PageRequest page) {
        var query = totals.search(planCode, null, null, page.sort()).page(Page.of(page.page(), page.size()));
        return new PageResponse<>(query.list().stream().map(DeclaredTotalsMapper::toApi).toList(), page.page(), page.size(), query.count());
    }

    /** An incremental read of the list: the declared totals changed after the query's cursor, in change order. */
    public PageResponse<DeclaredTotalsDto> changes(String planCode, ChangeQuery change) {
        var query = totals.search(planCode, change, horizon.now(), change.sort("updatedAt", "planCode"));
        return change.page(query, DeclaredTotalsMapper::toApi, t -> t.updatedAt, t -> t.planCode);
    }

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
