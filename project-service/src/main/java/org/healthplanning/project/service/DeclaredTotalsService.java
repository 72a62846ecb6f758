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
import org.healthplanning.project.api.DeclaredTotalsDto;
import org.healthplanning.project.domain.DeclaredTotals;
import org.healthplanning.project.mapping.DeclaredTotalsMapper;
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

    public Optional<DeclaredTotalsDto> find(String planCode) {
        return totals.findByIdOptional(planCode).map(DeclaredTotalsMapper::toApi);
    }

    public record Upsert(DeclaredTotalsDto totals, boolean created) {
    }

    /**
     * Creates or replaces the totals. Their region is the one sent, else the stored one, else the
     * region of the plan's projects (when they all share one); writing needs rights on it, and on the
     * stored region too when the write moves the totals to another region.
     */
    @Transactional
    public Upsert upsert(String planCode, DeclaredTotalsDto body, String ifMatch) {
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
        String region = current.regionCode != null ? current.regionCode : projects.regionOfPlan(planCode);
        caller.requireRegions("the declared totals of plan " + planCode, java.util.Collections.singletonList(region));
        Versions.check(Versions.expected(ifMatch, null), current.version);
        var before = audit.snapshot(DeclaredTotalsMapper.toApi(current));
        totals.delete(current);
        totals.flush();
        audit.record(AuditService.DELETE, AUDIT_TYPE, planCode, region, before, null);
    }
}
