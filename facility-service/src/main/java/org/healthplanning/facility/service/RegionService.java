package org.healthplanning.facility.service;

import org.healthplanning.platform.audit.AuditService;
import org.healthplanning.platform.http.PageRequest;
import org.healthplanning.http.PageResponse;
import org.healthplanning.platform.http.Versions;
import org.healthplanning.http.DomainException;
import org.healthplanning.platform.security.Caller;
import org.healthplanning.platform.sync.ChangeHorizon;
import org.healthplanning.platform.sync.ChangeQuery;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.healthplanning.facility.api.PopulationDto;
import org.healthplanning.facility.api.RegionDto;
import org.healthplanning.facility.api.ReportedTotalsDto;
import org.healthplanning.facility.domain.Population;
import org.healthplanning.facility.domain.Region;
import org.healthplanning.facility.domain.RegionLevel;
import org.healthplanning.facility.domain.RegionRules;
import org.healthplanning.facility.domain.ReportedTotals;
import org.healthplanning.facility.mapping.PopulationMapper;
import org.healthplanning.facility.mapping.RegionMapper;
import org.healthplanning.facility.mapping.ReportedTotalsMapper;
import org.healthplanning.facility.repository.FacilityRepository;
import org.healthplanning.facility.repository.PopulationRepository;
import org.healthplanning.facility.repository.RegionRepository;
import org.healthplanning.facility.repository.ReportedTotalsRepository;

/** Regions, their population by year and their reported resource totals. */
@ApplicationScoped
public class RegionService {
    public static final Map<String, String> SORTABLE = Map.of(
            "code", "code", "name", "name", "level", "level", "parentCode", "parentCode");

    @Inject
    RegionRepository regions;
    @Inject
    PopulationRepository populations;
    @Inject
    ReportedTotalsRepository reported;
    @Inject
    FacilityRepository facilities;
    @Inject
    Caller caller;

    @Inject
    RegionAccess access;
    @Inject
    AuditService audit;
    @Inject
    Validator validator;
    @Inject
    ChangeHorizon horizon;

    /** The outcome of a PUT: the stored value and whether it was created. */
    public record Upsert<T>(T value, boolean created) {
    }

    /** API sort field -> entity property, for the service-wide lists of population rows and reported totals. */
    public static final Map<String, String> SORTABLE_BY_REGION_YEAR = Map.of("regionCode", "regionCode", "year", "year");

    /** An incremental read of the regions (parent and level filters as in {@link #list(String, RegionLevel, PageRequest)}). */
    public PageResponse<RegionDto> changes(String parentCode, RegionLevel level, ChangeQuery changes) {
        return changes.page(regions.search(parentCode, level, changes, horizon.now(), null),
                RegionMapper::toApi, r -> r.updatedAt, r -> r.id);
    }

    public PageResponse<RegionDto> list(String parentCode, RegionLevel level, PageRequest page) {
        var query = regions.search(parentCode, level, page.sort()).page(Page.of(page.page(), page.size()));
        List<RegionDto> items = query.list().stream().map(RegionMapper::toApi).toList();
        return new PageResponse<>(items, page.page(), page.size(), query.count());
    }

    /** The region in its API form, or 404. */
    public RegionDto get(String code) {
        return RegionMapper.toApi(require(code));
    }

    public Region require(String code) {
        return regions.findByCode(code).orElseThrow(() -> DomainException.notFound("Region", code));
    }

    @Transactional
    public RegionDto create(RegionDto body) {
        Codes.require(body.code);
        checkCodeAndLevel(body.code, body.level);
        access.requireNewRegion(body.code, body.level, body.parentCode);
        if (regions.exists(body.code)) {
            throw DomainException.conflict("A region with code '" + body.code + "' already exists");
        }
        checkParent(body.code, body.level, body.parentCode, false);
        Region region = RegionMapper.toEntity(body);
        region.version = null;
        regions.persistAndFlush(region);
        RegionDto created = RegionMapper.toApi(region);
        audit.record(AuditService.CREATE, "region", region.code, region.code, null, audit.snapshot(created));
        return created;
    }

    @Transactional
    public Upsert<RegionDto> upsert(String code, RegionDto body, String ifMatch) {
        if (body.code != null && !body.code.equals(code)) {
            throw DomainException.invalid("code", "must match the code in the path ('" + code + "')");
        }
        body.code = code;
        Optional<Region> existing = regions.findByCode(code);
        if (existing.isEmpty()) {
            Constraints.require(validator, body);
            checkCodeAndLevel(code, body.level);
            access.requireNewRegion(code, body.level, body.parentCode);
            Versions.requireAbsent(ifMatch, "Region", code);
            checkParent(code, body.level, body.parentCode, false);
            Region created = RegionMapper.toEntity(body);
            created.version = null;
            regions.persistAndFlush(created);
            RegionDto answer = RegionMapper.toApi(created);
            audit.record(AuditService.CREATE, "region", code, code, null, audit.snapshot(answer));
            return new Upsert<>(answer, true);
        }
        Region region = existing.get();
        caller.requireRegions("region " + code, code);
        boolean moves = !Objects.equals(region.parentCode, body.parentCode);
        if (moves) {
            access.requirePlacement(code, body.parentCode, true);
        }
        if ((region.level == RegionLevel.SPECIAL_ZONE) != (body.level == RegionLevel.SPECIAL_ZONE)) {
            caller.requireAdmin("region " + code + " as a special zone");
        }
        Versions.check(Versions.expected(ifMatch, body.version), region.version);
        checkCodeAndLevel(code, body.level);
        checkParent(code, body.level, body.parentCode, true);
        if (moves || region.level != body.level) {
            checkChildren(code, body.level, body.parentCode, moves && region.level == body.level ? "parentCode" : "level");
        }
        var before = audit.snapshot(RegionMapper.toApi(region));
        RegionMapper.apply(body, region);
        regions.flush();
        regions.getEntityManager().refresh(region);
        RegionDto answer = RegionMapper.toApi(region);
        audit.record(AuditService.UPDATE, "region", code, code, before, audit.snapshot(answer));
        return new Upsert<>(answer, false);
    }

    @Transactional
    public void delete(String code, String ifMatch) {
        Region region = require(code);
        caller.requireRegions("region " + code, code);
        Versions.check(Versions.expected(ifMatch, null), region.version);
        if (regions.childCount(code) > 0) {
            throw DomainException.conflict("Region '" + code + "' has sub-regions; delete or move them first");
        }
        if (facilities.countInRegion(code) > 0) {
            throw DomainException.conflict("Region '" + code + "' has facilities; delete or move them first");
        }
        var before = audit.snapshot(RegionMapper.toApi(region));
        regions.delete(region);
        audit.record(AuditService.DELETE, "region", code, code, before, null);
    }

    /** A division code fixes the level; a special zone takes a code outside the division scheme (RegionRules). */
    private static void checkCodeAndLevel(String code, RegionLevel level) {
        RegionRules.codeAndLevel(code, level).ifPresent(RegionService::refuse);
    }

    /**
     * The parent must exist, a region may not be moved under itself or one of its descendants, and the
     * region must fit there: its code within the parent's, its level below the parent's (RegionRules).
     */
    private void checkParent(String code, RegionLevel level, String parentCode, boolean exists) {
        if (parentCode != null) {
            if (parentCode.equals(code)) {
                throw DomainException.invalid("parentCode", "a region cannot be its own parent");
            }
            if (!regions.exists(parentCode)) {
                throw DomainException.invalid("parentCode", "region '" + parentCode + "' does not exist");
            }
            if (exists && regions.inSubtree(code, parentCode)) {
                throw DomainException.invalid("parentCode",
                        "'" + parentCode + "' lies inside region '" + code + "', which would become its own ancestor");
            }
        }
        RegionRules.Node parent = node(parentCode);
        RegionRules.placement(code, level, parent, zoneParent(parent), exists ? "parentCode" : "code")
                .ifPresent(RegionService::refuse);
    }

    /** A region that changes level or place keeps its sub-regions fitting under it. */
    private void checkChildren(String code, RegionLevel level, String parentCode, String field) {
        List<RegionRules.Node> children = regions.children(code).stream().map(c -> new RegionRules.Node(c.code, c.level)).toList();
        RegionRules.children(new RegionRules.Node(code, level), node(parentCode), children, field).ifPresent(RegionService::refuse);
    }

    private RegionRules.Node node(String code) {
        return code == null ? null
                : regions.findByCode(code).map(r -> new RegionRules.Node(r.code, r.level)).orElse(null);
    }

    /** The region a special zone stands in (null for any other parent). */
    private RegionRules.Node zoneParent(RegionRules.Node parent) {
        if (parent == null || parent.level() != RegionLevel.SPECIAL_ZONE) {
            return null;
        }
        return regions.findByCode(parent.code()).map(r -> node(r.parentCode)).orElse(null);
    }

    private static void refuse(RegionRules.Violation v) {
        throw DomainException.invalid(v.field(), v.message());
    }

    // ---- population

    public List<PopulationDto> population(String code) {
        return population(code, null);
    }

    /** A region's population rows, oldest first; with {@code updatedAfter} only those changed after it, in change order. */
    public List<PopulationDto> population(String code, String updatedAfter) {
        require(code);
        return ChangeQuery.changedAfter(populations.ofRegion(code).stream().map(PopulationMapper::toApi).toList(), updatedAfter,
                horizon::now, p -> p.updatedAt);
    }

    /** The population rows of every region, or of one ({@code regionCode}): a plain page or, with {@code changes}, an incremental read. */
    public PageResponse<PopulationDto> allPopulation(String regionCode, ChangeQuery changes, PageRequest page) {
        return allOf(regionCode, changes, page, populations::search, PopulationMapper::toApi, p -> p.updatedAt, p -> p.id);
    }

    /** How rows kept per region and year are searched: of one region (or all with null), changed since, sorted. */
    public interface RegionRows<E> {
        PanacheQuery<E> search(String regionCode, ChangeQuery changes, Instant horizon, Sort sort);
    }

    /**
     * Rows kept per region (population, reported totals, published ratios) of every region, or of one
     * ({@code regionCode}, 404 when unknown): a plain page or, with {@code changes}, an incremental read.
     */
    public <E, D> PageResponse<D> allOf(String regionCode, ChangeQuery changes, PageRequest page, RegionRows<E> rows,
                                        Function<E, D> toApi, Function<E, Instant> updatedAt, Function<E, Long> id) {
        String region = regionCode == null || regionCode.isBlank() ? null : regionCode.trim();
        if (region != null && !regions.exists(region)) {
            throw DomainException.notFound("Region", region);
        }
        if (changes != null) {
            return changes.page(rows.search(region, changes, horizon.now(), null), toApi, updatedAt, id);
        }
        var query = rows.search(region, null, null, page.sort()).page(Page.of(page.page(), page.size()));
        return new PageResponse<>(query.list().stream().map(toApi).toList(), page.page(), page.size(), query.count());
    }

    @Transactional
    public Upsert<PopulationDto> putPopulation(String code, int year, PopulationDto body, String ifMatch) {
        require(code);
        caller.requireRegions("population of region " + code, code);
        checkPathMatches("regionCode", body.regionCode, code);
        checkPathMatches("year", body.year, year);
        if (body.projected == null) {
            body.projected = false;
        }
        Optional<Population> existing = populations.find(code, year);
        if (existing.isEmpty()) {
            Versions.requireAbsent(ifMatch, "Population", code + "/" + year);
            body.regionCode = code;
            body.year = year;
            Constraints.require(validator, body);
            Population created = PopulationMapper.toEntity(body);
            created.version = null;
            populations.persistAndFlush(created);
            PopulationDto answer = PopulationMapper.toApi(created);
            audit.record(AuditService.CREATE, "population", code + "/" + year, code, null, audit.snapshot(answer));
            return new Upsert<>(answer, true);
        }
        Population p = existing.get();
        Versions.check(Versions.expected(ifMatch, body.version), p.version);
        var before = audit.snapshot(PopulationMapper.toApi(p));
        PopulationMapper.apply(body, p);
        populations.flush();
        populations.getEntityManager().refresh(p);
        PopulationDto answer = PopulationMapper.toApi(p);
        audit.record(AuditService.UPDATE, "population", code + "/" + year, code, before, audit.snapshot(answer));
        return new Upsert<>(answer, false);
    }

    @Transactional
    public void deletePopulation(String code, int year, String ifMatch) {
        require(code);
        caller.requireRegions("population of region " + code, code);
        Population p = populations.find(code, year)
                .orElseThrow(() -> DomainException.notFound("Population of region", code + " in " + year));
        Versions.check(Versions.expected(ifMatch, null), p.version);
        var before = audit.snapshot(PopulationMapper.toApi(p));
        populations.delete(p);
        audit.record(AuditService.DELETE, "population", code + "/" + year, code, before, null);
    }

    // ---- reported totals

    public List<ReportedTotalsDto> reported(String code) {
        return reported(code, null);
    }

    /** A region's reported totals, oldest first; with {@code updatedAfter} only those changed after it, in change order. */
    public List<ReportedTotalsDto> reported(String code, String updatedAfter) {
        require(code);
        return ChangeQuery.changedAfter(reported.ofRegion(code).stream().map(ReportedTotalsMapper::toApi).toList(), updatedAfter,
                horizon::now, r -> r.updatedAt);
    }

    /** The reported totals of every region, or of one ({@code regionCode}): a plain page or, with {@code changes}, an incremental read. */
    public PageResponse<ReportedTotalsDto> allReported(String regionCode, ChangeQuery changes, PageRequest page) {
        return allOf(regionCode, changes, page, reported::search, ReportedTotalsMapper::toApi, r -> r.updatedAt, r -> r.id);
    }

    @Transactional
    public Upsert<ReportedTotalsDto> putReported(String code, int year, ReportedTotalsDto body, String ifMatch) {
        require(code);
        caller.requireRegions("reported totals of region " + code, code);
        checkPathMatches("year", body.year, year);
        Optional<ReportedTotals> existing = reported.find(code, year);
        if (existing.isEmpty()) {
            Versions.requireAbsent(ifMatch, "Reported totals of region", code + "/" + year);
            body.year = year;
            Constraints.require(validator, body);
            ReportedTotals created = ReportedTotalsMapper.toEntity(body);
            created.version = null;
            created.regionCode = code;
            reported.persistAndFlush(created);
            ReportedTotalsDto answer = ReportedTotalsMapper.toApi(created);
            audit.record(AuditService.CREATE, "reported-totals", code + "/" + year, code, null, audit.snapshot(answer));
            return new Upsert<>(answer, true);
        }
        ReportedTotals r = existing.get();
        Versions.check(Versions.expected(ifMatch, body.version), r.version);
        var before = audit.snapshot(ReportedTotalsMapper.toApi(r));
        ReportedTotalsMapper.apply(body, r);
        reported.flush();
        reported.getEntityManager().refresh(r);
        ReportedTotalsDto answer = ReportedTotalsMapper.toApi(r);
        audit.record(AuditService.UPDATE, "reported-totals", code + "/" + year, code, before, audit.snapshot(answer));
        return new Upsert<>(answer, false);
    }

    @Transactional
    public void deleteReported(String code, int year, String ifMatch) {
        require(code);
        caller.requireRegions("reported totals of region " + code, code);
        ReportedTotals r = reported.find(code, year)
                .orElseThrow(() -> DomainException.notFound("Reported totals of region", code + " in " + year));
        Versions.check(Versions.expected(ifMatch, null), r.version);
        var before = audit.snapshot(ReportedTotalsMapper.toApi(r));
        reported.delete(r);
        audit.record(AuditService.DELETE, "reported-totals", code + "/" + year, code, before, null);
    }

    static void checkPathMatches(String field, Object body, Object path) {
        if (body != null && !body.equals(path)) {
            throw DomainException.invalid(field, "must match the " + field + " in the path ('" + path + "')");
        }
    }
}
