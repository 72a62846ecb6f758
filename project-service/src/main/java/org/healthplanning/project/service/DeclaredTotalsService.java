package org.healthplanning.project.service;

import org.healthplanning.platform.audit.AuditService;
import org.healthplanning.platform.http.Versions;
import org.healthplanning.platform.problem.DomainException;
import org.healthplanning.platform.security.Caller;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.healthplanning.project.domain.DeclaredTotals;
import org.healthplanning.project.repository.DeclaredTotalsRepository;
import org.healthplanning.project.repository.ProjectRepository;

@ApplicationScoped
public class DeclaredTotalsService {
    public static final String AUDIT_TYPE = "declared-totals";

    @Inject
    DeclaredTotalsRepository totals;

    @Inject
    ProjectRepository projects;

    @Inject
    Caller caller;

    @Inject
    AuditService audit;

    public Optional<DeclaredTotals> find(String planCode) {
        return totals.findByIdOptional(planCode);
    }

    public record Upsert(DeclaredTotals totals, boolean created) {
    }

    /**
     * Creates or replaces the totals. Their region is the one sent, else the stored one, else the
     * region of the plan's projects (when they all share one); writing needs rights on it, and on the
     * stored region too when the write moves the totals to another region.
     */
    @Transactional
    public Upsert upsert(String planCode, DeclaredTotals body, String ifMatch) {
        Optional<DeclaredTotals> existing = totals.findByIdOptional(planCode);
        String oldRegion = existing.map(t -> t.regionCode != null ? t.regionCode : projects.regionOfPlan(planCode)).orElse(null);
        String newRegion = body.regionCode != null ? body.regionCode
                : existing.isPresent() ? oldRegion : projects.regionOfPlan(planCode);
        List<String> regions = new ArrayList<>();
        regions.add(newRegion);
        if (existing.isPresent() && (oldRegion == null ? newRegion != null : !oldRegion.equals(newRegion))) {
            regions.add(oldRegion);
        }
        caller.requireRegions("the declared totals of plan " + planCode, regions);
        if (existing.isEmpty()) {
            if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.trim().equals("*")) {
                throw DomainException.preconditionFailed("Plan '" + planCode + "' has no declared totals, so If-Match cannot match");
            }
            body.planCode = planCode;
            body.regionCode = newRegion;
            body.version = null;
            totals.persistAndFlush(body);
            audit.record(AuditService.CREATE, AUDIT_TYPE, planCode, newRegion, null, audit.snapshot(body));
            return new Upsert(body, true);
        }
        DeclaredTotals current = existing.get();
        Versions.check(Versions.expected(ifMatch, body.version), current.version);
        var before = audit.snapshot(current);
        current.regionCode = newRegion;
        current.floorAreaM2 = body.floorAreaM2;
        current.investment10kCny = body.investment10kCny;
        current.newLandMu = body.newLandMu;
        totals.flush();
        audit.record(AuditService.UPDATE, AUDIT_TYPE, planCode, newRegion, before, audit.snapshot(current));
        return new Upsert(current, false);
    }

    @Transactional
    public void delete(String planCode, String ifMatch) {
        DeclaredTotals current = totals.findByIdOptional(planCode)
                .orElseThrow(() -> DomainException.notFound("Declared totals of plan", planCode));
        String region = current.regionCode != null ? current.regionCode : projects.regionOfPlan(planCode);
        caller.requireRegions("the declared totals of plan " + planCode, java.util.Collections.singletonList(region));
        Versions.check(Versions.expected(ifMatch, null), current.version);
        var before = audit.snapshot(current);
        totals.delete(current);
        totals.flush();
        audit.record(AuditService.DELETE, AUDIT_TYPE, planCode, region, before, null);
    }
}
