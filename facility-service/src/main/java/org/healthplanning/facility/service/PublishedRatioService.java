package org.healthplanning.facility.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.healthplanning.facility.api.PublishedRatioDto;
import org.healthplanning.facility.domain.Metric;
import org.healthplanning.facility.domain.PublishedRatio;
import org.healthplanning.facility.mapping.PublishedRatioMapper;
import org.healthplanning.facility.repository.PublishedRatioRepository;
import org.healthplanning.platform.audit.AuditService;
import org.healthplanning.platform.http.PageRequest;
import org.healthplanning.http.PageResponse;
import org.healthplanning.platform.http.Versions;
import org.healthplanning.http.DomainException;
import org.healthplanning.platform.security.Caller;
import org.healthplanning.platform.sync.ChangeHorizon;
import org.healthplanning.platform.sync.ChangeQuery;

/**
 * Published ratios: a region's ratio in one year as a plan or yearbook states it, kept beside the counts the ratios
 * are otherwise computed from. Rights, versions, audit and change tracking as for a region's reported totals.
 */
@ApplicationScoped
public class PublishedRatioService {
    /** The audit trail's and the deletion feed's resource type. */
    public static final String RESOURCE_TYPE = "published-ratio";

    /** API sort field -> entity property, for the service-wide list. */
    public static final Map<String, String> SORTABLE = Map.of("regionCode", "regionCode", "year", "year", "metric", "metric");

    /** Oldest year first, then the metrics in the order of the ratios answer. */
    static final Comparator<PublishedRatioDto> ORDER = Comparator.<PublishedRatioDto>comparingInt(p -> p.year)
            .thenComparingInt(p -> Metric.of(p.metric).map(Enum::ordinal).orElse(Integer.MAX_VALUE))
            .thenComparing(p -> p.metric);

    @Inject
    PublishedRatioRepository published;
    @Inject
    RegionService regionService;
    @Inject
    Caller caller;
    @Inject
    AuditService audit;
    @Inject
    Validator validator;
    @Inject
    ChangeHorizon horizon;

    /** The metric named in a path: one of the ratio names of the ratios answer, or a 400 naming {@code metric}. */
    public static String metric(String value) {
        String m = value == null ? "" : value.trim();
        if (Metric.of(m).isEmpty()) {
            throw DomainException.invalid("metric", "'" + value + "' is not one of " + Metric.keys());
        }
        return m;
    }

    /**
     * A region's published ratios (of one year when {@code year} is given), oldest first, metrics in the order of the ratios
     * answer; with {@code updatedAfter} only those changed after it, in change order.
     */
    public List<PublishedRatioDto> list(String code, Integer year, String updatedAfter) {
        regionService.require(code);
        List<PublishedRatioDto> rows = published.ofRegion(code, year).stream().map(PublishedRatioMapper::toApi).sorted(ORDER).toList();
        return ChangeQuery.changedAfter(rows, updatedAfter, horizon::now, p -> p.updatedAt);
    }

    /** The published ratios of every region, or of one ({@code regionCode}): a plain page or, with {@code changes}, an incremental read. */
    public PageResponse<PublishedRatioDto> all(String regionCode, ChangeQuery changes, PageRequest page) {
        return regionService.allOf(regionCode, changes, page, published::search, PublishedRatioMapper::toApi, p -> p.updatedAt, p -> p.id);
    }

    /** Creates or replaces the region's published ratio of {@code metric} in {@code year}. */
    @Transactional
    public RegionService.Upsert<PublishedRatioDto> put(String code, int year, String metric, PublishedRatioDto body, String ifMatch) {
        regionService.require(code);
        caller.requireRegions("published ratios of region " + code, code);
        RegionService.checkPathMatches("year", body.year, year);
        RegionService.checkPathMatches("metric", body.metric, metric);
        body.regionCode = code;
        body.year = year;
        body.metric = metric;
        String key = key(code, year, metric);
        Optional<PublishedRatio> existing = published.find(code, year, metric);
        if (existing.isEmpty()) {
            Versions.requireAbsent(ifMatch, "Published ratio of region", key);
            Constraints.require(validator, body);
            PublishedRatio created = PublishedRatioMapper.toEntity(body);
            created.version = null;
            published.persistAndFlush(created);
            PublishedRatioDto answer = PublishedRatioMapper.toApi(created);
            audit.record(AuditService.CREATE, RESOURCE_TYPE, key, code, null, audit.snapshot(answer));
            return new RegionService.Upsert<>(answer, true);
        }
        PublishedRatio r = existing.get();
        Versions.check(Versions.expected(ifMatch, body.version), r.version);
        Constraints.require(validator, body);
        var before = audit.snapshot(PublishedRatioMapper.toApi(r));
        PublishedRatioMapper.apply(body, r);
        published.flush();
        published.getEntityManager().refresh(r);
        PublishedRatioDto answer = PublishedRatioMapper.toApi(r);
        audit.record(AuditService.UPDATE, RESOURCE_TYPE, key, code, before, audit.snapshot(answer));
        return new RegionService.Upsert<>(answer, false);
    }

    @Transactional
    public void delete(String code, int year, String metric, String ifMatch) {
        regionService.require(code);
        caller.requireRegions("published ratios of region " + code, code);
        String key = key(code, year, metric);
        PublishedRatio r = published.find(code, year, metric)
                .orElseThrow(() -> DomainException.notFound("Published ratio of region", code + " in " + year + ": " + metric));
        Versions.check(Versions.expected(ifMatch, null), r.version);
        var before = audit.snapshot(PublishedRatioMapper.toApi(r));
        published.delete(r);
        audit.record(AuditService.DELETE, RESOURCE_TYPE, key, code, before, null);
    }

    static String key(String code, int year, String metric) {
        return code + "/" + year + "/" + metric;
    }
}
