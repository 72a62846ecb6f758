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
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.healthplanning.facility.api.FacilityDto;
import org.healthplanning.facility.api.YearlyResourcesDto;
import org.healthplanning.facility.domain.Facility;
import org.healthplanning.facility.domain.YearlyResources;
import org.healthplanning.facility.domain.FacilityType;
import org.healthplanning.facility.mapping.FacilityMapper;
import org.healthplanning.facility.mapping.YearlyResourcesMapper;
import org.healthplanning.facility.repository.FacilityRepository;
import org.healthplanning.facility.repository.YearlyResourcesRepository;
import org.healthplanning.facility.repository.RegionRepository;

/** Facilities and the resources they report by year. */
@ApplicationScoped
public class FacilityService {
    /** API field -> entity property (for the paging helper). */
    public static final Map<String, String> SORTABLE = Map.of(
            "code", "code", "name", "name", "regionCode", "regionCode", "type", "type",
            "openedYear", "openedYear", "closedYear", "closedYear");
    /** Entity property -> column, for the recursive native listing. */
    private static final Map<String, String> COLUMNS = Map.of(
            "code", "f.code", "name", "f.name", "regionCode", "f.region_code", "type", "f.type",
            "openedYear", "f.opened_year", "closedYear", "f.closed_year");

    @Inject
    FacilityRepository facilities;
    @Inject
    YearlyResourcesRepository resources;
    @Inject
    RegionRepository regions;
    @Inject
    FacilityImportService importer;
    @Inject
    Caller caller;
    @Inject
    AuditService audit;
    @Inject
    Validator validator;
    @Inject
    ChangeHorizon horizon;

    public PageResponse<FacilityDto> list(String regionCode, FacilityType type, PageRequest page) {
        if (regionCode != null && !regionCode.isBlank() && !regions.exists(regionCode)) {
            throw DomainException.notFound("Region", regionCode);
        }
        String region = regionCode == null || regionCode.isBlank() ? null : regionCode;
        String orderBy = page.sort().getColumns().stream()
                .map(c -> COLUMNS.get(c.getName()) + (c.getDirection() == Sort.Direction.Descending ? " desc" : " asc"))
                .collect(Collectors.joining(", "));
        List<FacilityDto> items = facilities.search(region, type, orderBy, page.page(), page.size()).stream()
                .map(FacilityMapper::toApi).toList();
        return new PageResponse<>(items, page.page(), page.size(), facilities.count(region, type));
    }

    /** An incremental read of the facilities (region subtree and type filters as in {@link #list}). */
    public PageResponse<FacilityDto> changes(String regionCode, FacilityType type, ChangeQuery changes) {
        String region = regionCode == null || regionCode.isBlank() ? null : regionCode;
        if (region != null && !regions.exists(region)) {
            throw DomainException.notFound("Region", region);
        }
        var at = horizon.now();
        List<Facility> rows = facilities.changes(region, type, changes, at);
        long total = rows.size() < changes.size() ? rows.size() : facilities.countChanges(region, type, changes, at);
        return changes.page(rows, total, f -> f.updatedAt, f -> f.id).map(FacilityMapper::toApi);
    }

    /** The facility in its API form, or 404. */
    public FacilityDto get(String code) {
        return FacilityMapper.toApi(require(code));
    }

    public Facility require(String code) {
        return facilities.findByCode(code).orElseThrow(() -> DomainException.notFound("Facility", code));
    }

    @Transactional
    public FacilityDto create(FacilityDto body) {
        Codes.require(body.code);
        check(body);
        caller.requireRegions("facility " + body.code, body.regionCode);
        if (facilities.findByCode(body.code).isPresent()) {
            throw DomainException.conflict("A facility with code '" + body.code + "' already exists");
        }
        Facility facility = FacilityMapper.toEntity(body);
        facility.version = null;
        facilities.persistAndFlush(facility);
        FacilityDto created = FacilityMapper.toApi(facility);
        audit.record(AuditService.CREATE, "facility", facility.code, facility.regionCode, null, audit.snapshot(created));
        return created;
    }

    @Transactional
    public RegionService.Upsert<FacilityDto> upsert(String code, FacilityDto body, String ifMatch) {
        if (body.code != null && !body.code.equals(code)) {
            throw DomainException.invalid("code", "must match the code in the path ('" + code + "')");
        }
        body.code = code;
        check(body);
        body.resources = null;
        Optional<Facility> existing = facilities.findByCode(code);
        if (existing.isEmpty()) {
            caller.requireRegions("facility " + code, body.regionCode);
            Versions.requireAbsent(ifMatch, "Facility", code);
            Constraints.require(validator, body);
            Facility created = FacilityMapper.toEntity(body);
            created.version = null;
            facilities.persistAndFlush(created);
            FacilityDto answer = FacilityMapper.toApi(created);
            audit.record(AuditService.CREATE, "facility", code, created.regionCode, null, audit.snapshot(answer));
            return new RegionService.Upsert<>(answer, true);
        }
        Facility f = existing.get();
        caller.requireRegions("facility " + code, f.regionCode, body.regionCode);
        Versions.check(Versions.expected(ifMatch, body.version), f.version);
        var before = audit.snapshot(FacilityMapper.toApi(f));
        FacilityMapper.apply(body, f);
        facilities.flush();
        facilities.getEntityManager().refresh(f);
        FacilityDto answer = FacilityMapper.toApi(f);
        audit.record(AuditService.UPDATE, "facility", code, f.regionCode, before, audit.snapshot(answer));
        return new RegionService.Upsert<>(answer, false);
    }

    @Transactional
    public void delete(String code, String ifMatch) {
        Facility f = require(code);
        caller.requireRegions("facility " + code, f.regionCode);
        Versions.check(Versions.expected(ifMatch, null), f.version);
        var before = audit.snapshot(FacilityMapper.toApi(f));
        resources.delete("facilityId", f.id);
        facilities.delete(f);
        audit.record(AuditService.DELETE, "facility", code, f.regionCode, before, null);
    }

    private void check(FacilityDto f) {
        if (f.openedYear != null && f.closedYear != null && f.closedYear < f.openedYear) {
            throw DomainException.invalid("closedYear", "must not be before openedYear");
        }
        if (!regions.exists(f.regionCode)) {
            throw DomainException.invalid("regionCode", "region '" + f.regionCode + "' does not exist");
        }
    }

    /** CSV export of facilities and resources (of a region's subtree when given). */
    public String exportCsv(String regionCode) {
        if (regionCode != null && !regions.exists(regionCode)) {
            throw DomainException.notFound("Region", regionCode);
        }
        return importer.exportCsv(regionCode);
    }

    /** The XLSX form of {@link #exportCsv}, written in bounded memory; the caller sends it and closes it. */
    public org.healthplanning.platform.sheet.SheetWriter exportSheet(String regionCode) {
        if (regionCode != null && !regions.exists(regionCode)) {
            throw DomainException.notFound("Region", regionCode);
        }
        return importer.exportSheet(regionCode);
    }

    // ---- yearly resources

    /** API sort field -> entity property, for the service-wide list of yearly resources. */
    public static final Map<String, String> SORTABLE_RESOURCES = Map.of("year", "year");

    /**
     * The yearly resources of every facility, or of one ({@code facilityCode}): a plain page (by facility, then year)
     * or, with {@code changes}, an incremental read.
     */
    public PageResponse<YearlyResourcesDto> allResources(String facilityCode, ChangeQuery changes, PageRequest page) {
        Long facilityId = facilityCode == null || facilityCode.isBlank() ? null : require(facilityCode.trim()).id;
        if (changes != null) {
            return changes.page(resources.search(facilityId, changes, horizon.now(), null), YearlyResourcesMapper::toApi,
                    r -> r.updatedAt, r -> r.id);
        }
        var query = resources.search(facilityId, null, null, page.sort()).page(Page.of(page.page(), page.size()));
        return new PageResponse<>(query.list().stream().map(YearlyResourcesMapper::toApi).toList(), page.page(), page.size(), query.count());
    }

    public List<YearlyResourcesDto> resources(String code) {
        return resources(code, null);
    }

    /** A facility's yearly resources, oldest first; with {@code updatedAfter} only those changed after it, in change order. */
    public List<YearlyResourcesDto> resources(String code, String updatedAfter) {
        return ChangeQuery.changedAfter(resources.ofFacility(require(code).id).stream().map(YearlyResourcesMapper::toApi).toList(),
                updatedAfter, horizon::now, r -> r.updatedAt);
    }

    @Transactional
    public RegionService.Upsert<YearlyResourcesDto> putResource(String code, int year, YearlyResourcesDto body, String ifMatch) {
        Facility f = require(code);
        caller.requireRegions("resources of facility " + code, f.regionCode);
        RegionService.checkPathMatches("year", body.year, year);
        Optional<YearlyResources> existing = resources.find(f.id, year);
        if (existing.isEmpty()) {
            Versions.requireAbsent(ifMatch, "Resources of facility", code + "/" + year);
            body.year = year;
            Constraints.require(validator, body);
            YearlyResources created = YearlyResourcesMapper.toEntity(body);
            created.version = null;
            created.facilityId = f.id;
            resources.persistAndFlush(created);
            created.facilityCode = f.code;
            YearlyResourcesDto answer = YearlyResourcesMapper.toApi(created);
            audit.record(AuditService.CREATE, "facility-resources", code + "/" + year, f.regionCode, null, audit.snapshot(answer));
            return new RegionService.Upsert<>(answer, true);
        }
        YearlyResources r = existing.get();
        Versions.check(Versions.expected(ifMatch, body.version), r.version);
        var before = audit.snapshot(YearlyResourcesMapper.toApi(r));
        YearlyResourcesMapper.apply(body, r);
        resources.flush();
        resources.getEntityManager().refresh(r);
        YearlyResourcesDto answer = YearlyResourcesMapper.toApi(r);
        audit.record(AuditService.UPDATE, "facility-resources", code + "/" + year, f.regionCode, before, audit.snapshot(answer));
        return new RegionService.Upsert<>(answer, false);
    }

    @Transactional
    public void deleteResource(String code, int year, String ifMatch) {
        Facility f = require(code);
        caller.requireRegions("resources of facility " + code, f.regionCode);
        YearlyResources r = resources.find(f.id, year)
                .orElseThrow(() -> DomainException.notFound("Resources of facility", code + " in " + year));
        Versions.check(Versions.expected(ifMatch, null), r.version);
        var before = audit.snapshot(YearlyResourcesMapper.toApi(r));
        resources.delete(r);
        audit.record(AuditService.DELETE, "facility-resources", code + "/" + year, f.regionCode, before, null);
    }
}
