package org.healthplanning.project.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.healthplanning.project.domain.DeclaredTotals;
import org.healthplanning.project.repository.DeclaredTotalsRepository;
import org.healthplanning.project.rest.ApiException;
import org.healthplanning.project.rest.Versions;

@ApplicationScoped
public class DeclaredTotalsService {
    @Inject
    DeclaredTotalsRepository totals;

    public Optional<DeclaredTotals> find(String planCode) {
        return totals.findByIdOptional(planCode);
    }

    public record Upsert(DeclaredTotals totals, boolean created) {
    }

    @Transactional
    public Upsert upsert(String planCode, DeclaredTotals body, String ifMatch) {
        Optional<DeclaredTotals> existing = totals.findByIdOptional(planCode);
        if (existing.isEmpty()) {
            if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.trim().equals("*")) {
                throw new ApiException(412, "/problems/precondition-failed", "Precondition failed",
                        "Plan '" + planCode + "' has no declared totals, so If-Match cannot match", null);
            }
            body.planCode = planCode;
            body.version = null;
            totals.persistAndFlush(body);
            return new Upsert(body, true);
        }
        DeclaredTotals current = existing.get();
        Versions.check(Versions.expected(ifMatch, body.version), current.version);
        current.floorAreaM2 = body.floorAreaM2;
        current.investment10kCny = body.investment10kCny;
        current.newLandMu = body.newLandMu;
        totals.flush();
        return new Upsert(current, false);
    }

    @Transactional
    public void delete(String planCode, String ifMatch) {
        DeclaredTotals current = totals.findByIdOptional(planCode)
                .orElseThrow(() -> ApiException.notFound("Declared totals of plan", planCode));
        Versions.check(Versions.expected(ifMatch, null), current.version);
        totals.delete(current);
    }
}
