package org.healthplanning.project.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.healthplanning.http.DomainException;
import org.healthplanning.http.Problem;
import org.healthplanning.platform.security.Caller;
import org.healthplanning.platform.security.RegionCodes;
import org.healthplanning.project.api.ProjectDto;
import org.healthplanning.project.client.PlanRef;

/**
 * What a plan decides about the projects and totals that name it. A plan belongs to its region
 * (indicator-service owns plans); a write that names a plan needs rights on that region, and a
 * project of the plan lies in the plan's region or one of its sub-regions (by the administrative
 * division code: 500151101000 lies within 500151).
 */
@ApplicationScoped
public class PlanScope {
    @Inject
    PlanDirectory plans;

    @Inject
    Caller caller;

    /** The plan with this code; empty for none, and for a code that could never be a plan's. */
    public Optional<PlanRef> find(String planCode) {
        return wellFormed(planCode) ? plans.find(planCode) : Optional.empty();
    }

    public static boolean wellFormed(String planCode) {
        return planCode != null && planCode.matches(ProjectDto.CODE_PATTERN);
    }

    /**
     * The plan a request body or parameter names in {@code field}: 400 naming the field for a code
     * that could never be a plan's, 422 naming it when there is no such plan.
     */
    public PlanRef named(String planCode, String field) {
        if (!wellFormed(planCode)) {
            throw DomainException.invalid(field, planCode == null || planCode.isBlank() ? "is required"
                    : "must be 1-64 letters, digits, '.', '_' or '-'");
        }
        return find(planCode).orElseThrow(() -> new DomainException(DomainException.Kind.UNPROCESSABLE,
                "There is no plan '" + planCode + "'; plans are created in indicator-service (POST /api/v1/plans)",
                List.of(new Problem.FieldError(field, "no plan '" + planCode + "' exists"))));
    }

    /** The plan a path names: 404 when there is none. */
    public PlanRef ofPath(String planCode) {
        return find(planCode).orElseThrow(() -> DomainException.notFound("Plan", planCode));
    }

    /** True when a project in {@code regionCode} belongs to the plan (no region of its own counts as the plan's). */
    public static boolean covers(PlanRef plan, String regionCode) {
        return regionCode == null || RegionCodes.isSameOrWithin(regionCode, plan.regionCode());
    }

    /** Why a project in {@code regionCode} cannot belong to the plan, or null when it can. */
    public static String outside(PlanRef plan, String regionCode) {
        return covers(plan, regionCode) ? null
                : "'" + regionCode + "' is not the region of plan " + plan.code() + " (" + plan.regionCode()
                + ") nor one of its sub-regions";
    }

    /** 422 naming regionCode unless a project in {@code regionCode} may belong to the plan. */
    public void requireWithin(PlanRef plan, String regionCode) {
        String problem = outside(plan, regionCode);
        if (problem != null) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "regionCode: " + problem,
                    List.of(new Problem.FieldError("regionCode", problem)));
        }
    }

    /**
     * 403 unless the caller may write in the region of every plan given; a project whose plan no
     * longer exists is judged by its own region ({@code fallbackRegions}).
     */
    public void requireWrite(String what, List<PlanRef> named, String... fallbackRegions) {
        List<String> regions = new ArrayList<>();
        named.forEach(p -> regions.add(p.regionCode()));
        regions.addAll(Arrays.asList(fallbackRegions));
        caller.requireRegions(what, regions);
    }
}
