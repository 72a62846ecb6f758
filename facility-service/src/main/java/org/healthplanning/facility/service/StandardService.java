package org.healthplanning.facility.service;

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
import java.util.Map;
import java.util.Optional;
import org.healthplanning.facility.domain.Standard;
import org.healthplanning.facility.domain.StandardScope;
import org.healthplanning.facility.repository.StandardRepository;

/** Planning standards and resource targets. */
@ApplicationScoped
public class StandardService {
    public static final Map<String, String> SORTABLE = Map.of(
            "code", "code", "metric", "metric", "scope", "scope", "regionCode", "regionCode", "year", "year", "value", "value");

    @Inject
    StandardRepository standards;
    @Inject
    Caller caller;
    @Inject
    AuditService audit;

    public PageResponse<Standard> list(String metric, StandardScope scope, String regionCode, Integer year, PageRequest page) {
        var query = standards.search(metric, scope, regionCode, year, page.sort()).page(Page.of(page.page(), page.size()));
        return new PageResponse<>(query.list(), page.page(), page.size(), query.count());
    }

    public Optional<Standard> find(String code) {
        return standards.findByCode(code);
    }

    @Transactional
    public Standard create(Standard s) {
        caller.requireAdmin("a standard");
        Codes.require(s.code);
        check(s);
        if (standards.findByCode(s.code).isPresent()) {
            throw DomainException.conflict("A standard with code '" + s.code + "' already exists");
        }
        s.id = null;
        s.version = null;
        standards.persistAndFlush(s);
        audit.record(AuditService.CREATE, "standard", s.code, s.regionCode, null, audit.snapshot(s));
        return s;
    }

    @Transactional
    public RegionService.Upsert<Standard> upsert(String code, Standard body, String ifMatch) {
        if (body.code != null && !body.code.equals(code)) {
            throw DomainException.invalid("code", "must match the code in the path ('" + code + "')");
        }
        caller.requireAdmin("standard " + code);
        body.code = code;
        check(body);
        Optional<Standard> existing = standards.findByCode(code);
        if (existing.isEmpty()) {
            Versions.requireAbsent(ifMatch, "Standard", code);
            body.id = null;
            body.version = null;
            standards.persistAndFlush(body);
            audit.record(AuditService.CREATE, "standard", code, body.regionCode, null, audit.snapshot(body));
            return new RegionService.Upsert<>(body, true);
        }
        Standard s = existing.get();
        Versions.check(Versions.expected(ifMatch, body.version), s.version);
        var before = audit.snapshot(s);
        s.metric = body.metric;
        s.name = body.name;
        s.comparator = body.comparator;
        s.value = body.value;
        s.valueMax = body.valueMax;
        s.valueRaw = body.valueRaw;
        s.unit = body.unit;
        s.scope = body.scope;
        s.regionCode = body.regionCode;
        s.planCode = body.planCode;
        s.year = body.year;
        s.source = body.source;
        s.note = body.note;
        standards.flush();
        audit.record(AuditService.UPDATE, "standard", code, s.regionCode, before, audit.snapshot(s));
        return new RegionService.Upsert<>(s, false);
    }

    @Transactional
    public void delete(String code, String ifMatch) {
        caller.requireAdmin("standard " + code);
        Standard s = standards.findByCode(code).orElseThrow(() -> DomainException.notFound("Standard", code));
        Versions.check(Versions.expected(ifMatch, null), s.version);
        var before = audit.snapshot(s);
        standards.delete(s);
        audit.record(AuditService.DELETE, "standard", code, s.regionCode, before, null);
    }

    private static void check(Standard s) {
        if (!"qualitative".equals(s.comparator) && s.value == null) {
            throw DomainException.invalid("value", "is required unless comparator is 'qualitative'");
        }
        if ("between".equals(s.comparator)) {
            if (s.valueMax == null) {
                throw DomainException.invalid("valueMax", "is required when comparator is 'between'");
            }
            if (s.valueMax.compareTo(s.value) < 0) {
                throw DomainException.invalid("valueMax", "must not be below value");
            }
        }
        if (s.scope != StandardScope.NATIONAL && s.regionCode == null) {
            throw DomainException.invalid("regionCode", "is required for a " + s.scope + " standard");
        }
    }
}
