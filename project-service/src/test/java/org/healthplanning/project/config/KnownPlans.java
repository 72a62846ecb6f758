package org.healthplanning.project.config;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.healthplanning.http.DomainException;
import org.healthplanning.project.client.PlanRef;
import org.healthplanning.project.service.PlanDirectory;

/**
 * The plans this module's tests refer to, in place of indicator-service (which these tests do not
 * start): the two demo plans, and those a test adds. The lookup through the real client, its cache
 * and its fault tolerance is exercised by the suite's end-to-end tests against the real services.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class KnownPlans implements PlanDirectory {
    private static final Map<String, PlanRef> PLANS = new ConcurrentHashMap<>();
    private static volatile boolean reachable = true;

    static {
        add("tongliang-14th", "500151");
        add("yuzhong-14th", "500103");
    }

    /** Makes a plan of 2021-2025 in {@code regionCode} known. */
    public static void add(String code, String regionCode) {
        add(code, regionCode, 2021, 2025);
    }

    public static void add(String code, String regionCode, int periodStart, int periodEnd) {
        PLANS.put(code, new PlanRef(code, regionCode, null, periodStart, periodEnd));
    }

    /** Makes the owner of plans unreachable (or reachable again). */
    public static void reachable(boolean value) {
        reachable = value;
    }

    @Override
    public Optional<PlanRef> find(String code) {
        if (!reachable) {
            throw DomainException.unavailable("indicator-service, which owns the plans, cannot be reached to learn plan '" + code + "'");
        }
        return Optional.ofNullable(PLANS.get(code));
    }
}
