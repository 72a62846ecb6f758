package org.healthplanning.indicator.service;

import org.healthplanning.platform.audit.AuditService;
import org.healthplanning.platform.http.PageRequest;
import org.healthplanning.http.PageResponse;
import org.healthplanning.platform.http.Versions;
import org.healthplanning.http.DomainException;
import org.healthplanning.platform.security.Caller;
import org.healthplanning.platform.sync.ChangeHorizon;
import org.healthplanning.platform.sync.ChangeQuery;

import io.quarkus.panache.common.Page;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import org.healthplanning.indicator.api.IndicatorDefinition;
import org.healthplanning.indicator.domain.Direction;
import org.healthplanning.indicator.domain.PlanIndicator;
import org.healthplanning.indicator.mapping.IndicatorDefinitionMapper;
import org.healthplanning.indicator.repository.IndicatorDefinitionRepository;
import org.healthplanning.indicator.repository.PlanIndicatorRepository;
import org.healthplanning.indicator.repository.RevisionRepository;

@ApplicationScoped
public class DefinitionService {
    public static final Map<String, String> SORTABLE = Map.of(
            "code", "code", "name", "name", "nameEn", "nameEn", "direction", "direction", "resourceMetric", "resourceMetric");

    public static final String AUDIT_TYPE = "indicator-definition";

    @Inject
    IndicatorDefinitionRepository definitions;

    @Inject
    Caller caller;

    @Inject
    AuditService audit;

    @Inject
    PlanIndicatorRepository rows;

    private record ListKey(String q, Direction direction, String resourceMetric, int page, int size, String sort) {
    }

    /** A page of the catalogue; served from memory while the catalogue revision stays the same. */
    public PageResponse<IndicatorDefinition> list(String q, Direction direction, String resourceMetric, PageRequest page) {
        String sort = page.sort().getColumns().stream().map(c -> c.getName() + " " + c.getDirection()).toList().toString();
        String tag = Long.toString(revisions.catalogueRevision());
        return cache.get(new ListKey(q, direction, resourceMetric, page.page(), page.size(), sort), tag,
                () -> QuarkusTransaction.joiningExisting().call(() -> {
                    var query = definitions.search(q, direction, resourceMetric, page.sort()).page(Page.of(page.page(), page.size()));
                    return new PageResponse<>(query.list().stream().map(IndicatorDefinitionMapper::toApi).toList(),
                            page.page(), page.size(), query.count());
                }),
                () -> Long.toString(revisions.catalogueRevision()));
    }

    /** The definitions an incremental read selects (updatedAfter or after), filtered as {@link #list}, in change order. */
    @Transactional
    public PageResponse<IndicatorDefinition> changes(String q, Direction direction, String resourceMetric, ChangeQuery changes) {
        return changes.page(definitions.changed(changes, horizon.now(), q, direction, resourceMetric),
                IndicatorDefinitionMapper::toApi, d -> d.updatedAt, d -> d.id);
    }

    @Inject
    ChangeHorizon horizon;

    @Transactional
    public Optional<IndicatorDefinition> find(String code) {
        return definitions.findByCode(code).map(IndicatorDefinitionMapper::toApi);
    }

    @Inject
    RevisionRepository revisions;

    @Inject
    RevisionCache cache;

    private record CachedIndex(long revision, DefinitionIndex index) {
    }

    /**
     * The catalogue changes rarely and is read on every row request: kept in memory while the
     * catalogue revision in the database (changed by every definition write, on any instance) stays the same.
     */
    private volatile CachedIndex cached;

    @Transactional
    public DefinitionIndex index() {
        return index(revisions.catalogueRevision());
    }

    /** The catalogue as of {@code revision}, read by the caller just before. */
    @Transactional
    public DefinitionIndex index(long revision) {
        CachedIndex current = cached;
        if (current != null && current.revision() == revision) {
            return current.index();
        }
        DefinitionIndex index = new DefinitionIndex(definitions.listWithAliases());
        // kept only when nothing changed the catalogue meanwhile (not even this transaction's own pending writes)
        if (revisions.catalogueRevision() == revision) {
            cached = new CachedIndex(revision, index);
        }
        return index;
    }

    @Transactional
    public IndicatorDefinition create(IndicatorDefinition body) {
        caller.requireAdmin("indicator definitions");
        if (definitions.findByCode(body.code).isPresent()) {
            throw DomainException.conflict("An indicator definition with code '" + body.code + "' already exists");
        }
        clean(body);
        checkNamesFree(body, null);
        org.healthplanning.indicator.domain.IndicatorDefinition d = IndicatorDefinitionMapper.toEntity(body);
        definitions.persistAndFlush(d);
        linkUnlinkedRows();
        IndicatorDefinition created = IndicatorDefinitionMapper.toApi(d);
        audit.record(AuditService.CREATE, AUDIT_TYPE, d.code, null, null, audit.snapshot(created));
        return created;
    }

    public record Upsert(IndicatorDefinition definition, boolean created) {
    }

    @Transactional
    public Upsert upsert(String code, IndicatorDefinition body, String ifMatch) {
        caller.requireAdmin("indicator definitions");
        if (body.code != null && !body.code.equals(code)) {
            throw DomainException.invalid("code", "must match the code in the path ('" + code + "')");
        }
        body.code = code;
        clean(body);
        Optional<org.healthplanning.indicator.domain.IndicatorDefinition> existing = definitions.findByCode(code);
        if (existing.isEmpty()) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw DomainException.preconditionFailed("Indicator definition '" + code + "' does not exist, so If-Match cannot match");
            }
            checkNamesFree(body, null);
            org.healthplanning.indicator.domain.IndicatorDefinition d = IndicatorDefinitionMapper.toEntity(body);
            definitions.persistAndFlush(d);
            linkUnlinkedRows();
            IndicatorDefinition created = IndicatorDefinitionMapper.toApi(d);
            audit.record(AuditService.CREATE, AUDIT_TYPE, code, null, null, audit.snapshot(created));
            return new Upsert(created, true);
        }
        org.healthplanning.indicator.domain.IndicatorDefinition d = existing.get();
        Versions.check(Versions.expected(ifMatch, body.version), d.version);
        checkNamesFree(body, d.id);
        var before = audit.snapshot(IndicatorDefinitionMapper.toApi(d));
        IndicatorDefinitionMapper.apply(body, d);
        definitions.flush();
        linkUnlinkedRows();
        IndicatorDefinition updated = IndicatorDefinitionMapper.toApi(d);
        audit.record(AuditService.UPDATE, AUDIT_TYPE, code, null, before, audit.snapshot(updated));
        return new Upsert(updated, false);
    }

    /** Deletes a definition; rows linked to it keep their data and lose the link. */
    @Transactional
    public void delete(String code, String ifMatch) {
        caller.requireAdmin("indicator definitions");
        org.healthplanning.indicator.domain.IndicatorDefinition d = definitions.findByCode(code).orElseThrow(() -> DomainException.notFound("Indicator definition", code));
        Versions.check(Versions.expected(ifMatch, null), d.version);
        var before = audit.snapshot(IndicatorDefinitionMapper.toApi(d));
        definitions.delete(d);
        definitions.flush();
        audit.record(AuditService.DELETE, AUDIT_TYPE, code, null, before, null);
    }

    private static void clean(IndicatorDefinition d) {
        d.aliases = d.aliases == null ? new ArrayList<>()
                : new ArrayList<>(d.aliases.stream().map(String::trim).distinct().toList());
    }

    /** A name or alias may belong to one definition only, or rows could not be linked unambiguously. */
    private void checkNamesFree(IndicatorDefinition d, Long selfId) {
        var mine = new java.util.HashSet<String>();
        mine.add(DefinitionIndex.normalise(d.name));
        d.aliases.forEach(a -> mine.add(DefinitionIndex.normalise(a)));
        for (org.healthplanning.indicator.domain.IndicatorDefinition other : definitions.listAll()) {
            if (other.id.equals(selfId)) {
                continue;
            }
            var theirs = new ArrayList<String>();
            theirs.add(other.name);
            theirs.addAll(other.aliases);
            for (String n : theirs) {
                if (mine.contains(DefinitionIndex.normalise(n))) {
                    throw DomainException.conflict("The name or alias '" + n + "' already belongs to indicator definition '" + other.code + "'");
                }
            }
        }
    }

    /** Links rows written before a matching definition existed. */
    private void linkUnlinkedRows() {
        DefinitionIndex index = new DefinitionIndex(definitions.listWithAliases());
        for (PlanIndicator row : rows.unlinked()) {
            String code = index.match(row.name);
            if (code != null) {
                row.definitionCode = code;
            }
        }
        rows.flush();
    }
}
