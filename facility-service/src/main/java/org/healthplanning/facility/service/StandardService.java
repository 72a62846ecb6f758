package org.healthplanning.facility.service;

import org.healthplanning.platform.audit.AuditService;
import org.healthplanning.platform.http.PageRequest;
import org.healthplanning.http.PageResponse;
import org.healthplanning.platform.http.Versions;
import org.healthplanning.http.DomainException;
import org.healthplanning.platform.security.Caller;
import org.healthplanning.platform.sync.ChangeHorizon;
import org.healthplanning.platform.sync.ChangeQuery;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.healthplanning.facility.api.StandardDto;
import org.healthplanning.facility.domain.Standard;
import org.healthplanning.facility.domain.StandardScope;
import org.healthplanning.facility.mapping.StandardMapper;
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
    @Inject
    Validator validator;
    @Inject
    ChangeHorizon horizon;

    /** An incremental read of the standards (filters as in {@link #list}). */
    public PageResponse<StandardDto> changes(String metric, StandardScope scope, String regionCode, Integer year, ChangeQuery changes) {
        return changes.page(standards.search(metric, scope, regionCode, year, changes, horizon.now(), null),
                StandardMapper::toApi, s -> s.updatedAt, s -> s.id);
    }

    public PageResponse<StandardDto> list(String metric, StandardScope scope, String regionCode, Integer year, PageRequest page) {
        var query = standards.search(metric, scope, regionCode, year, page.sort()).page(Page.of(page.page(), page.size()));
        List<StandardDto> items = query.list().stream().map(StandardMapper::toApi).toList();
        return new PageResponse<>(items, page.page(), page.size(), query.count());
    }

    public Optional<StandardDto> find(String code) {
        return standards.findByCode(code).map(StandardMapper::toApi);
    }

    @Transactional
    public StandardDto create(StandardDto body) {
        caller.requireAdmin("a standard");
        Codes.require(body.code);
        check(body);
        if (standards.findByCode(body.code).isPresent()) {
            throw DomainException.conflict("A standard with code '" + body.code + "' already exists");
        }
        Standard s = StandardMapper.toEntity(body);
        s.version = null;
        standards.persistAndFlush(s);
        StandardDto created = StandardMapper.toApi(s);
        audit.record(AuditService.CREATE, "standard", s.code, s.regionCode, null, audit.snapshot(created));
        return created;
    }

    @Transactional
    public RegionService.Upsert<StandardDto> upsert(String code, StandardDto body, String ifMatch) {
        if (body.code != null && !body.code.equals(code)) {
            throw DomainException.invalid("code", "must match the code in the path ('" + code + "')");
        }
        caller.requireAdmin("standard " + code);
        body.code = code;
        check(body);
        Optional<Standard> existing = standards.findByCode(code);
        if (existing.isEmpty()) {
            Versions.requireAbsent(ifMatch, "Standard", code);
            Constraints.require(validator, body);
            Standard created = StandardMapper.toEntity(body);
            created.version = null;
            standards.persistAndFlush(created);
            StandardDto answer = StandardMapper.toApi(created);
            audit.record(AuditService.CREATE, "standard", code, created.regionCode, null, audit.snapshot(answer));
            return new RegionService.Upsert<>(answer, true);
        }
        Standard s = existing.get();
        Versions.check(Versions.expected(ifMatch, body.version), s.version);
        var before = audit.snapshot(StandardMapper.toApi(s));
        StandardMapper.apply(body, s);
        standards.flush();
        standards.getEntityManager().refresh(s);
        StandardDto answer = StandardMapper.toApi(s);
        audit.record(AuditService.UPDATE, "standard", code, s.regionCode, before, audit.snapshot(answer));
        return new RegionService.Upsert<>(answer, false);
    }

    @Transactional
    public void delete(String code, String ifMatch) {
        caller.requireAdmin("standard " + code);
        Standard s = standards.findByCode(code).orElseThrow(() -> DomainException.notFound("Standard", code));
        Versions.check(Versions.expected(ifMatch, null), s.version);
        var before = audit.snapshot(StandardMapper.toApi(s));
        standards.delete(s);
        audit.record(AuditService.DELETE, "standard", code, s.regionCode, before, null);
    }

    private static void check(StandardDto s) {
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
