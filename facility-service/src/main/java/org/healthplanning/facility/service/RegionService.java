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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.healthplanning.facility.domain.Population;
import org.healthplanning.facility.domain.Region;
import org.healthplanning.facility.domain.RegionLevel;
import org.healthplanning.facility.domain.ReportedTotals;
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

    /** The outcome of a PUT: the stored value and whether it was created. */
    public record Upsert<T>(T value, boolean created) {
    }

    public PageResponse<Region> list(String parentCode, RegionLevel level, PageRequest page) {
        var query = regions.search(parentCode, level, page.sort()).page(Page.of(page.page(), page.size()));
        return new PageResponse<>(query.list(), page.page(), page.size(), query.count());
    }

    public Optional<Region> find(String code) {
        return regions.findByCode(code);
    }

    public Region require(String code) {
        return regions.findByCode(code).orElseThrow(() -> DomainException.notFound("Region", code));
    }

    @Transactional
    public Region create(Region region) {
        Codes.require(region.code);
        access.requirePlacement(region.code, region.parentCode, false);
        if (regions.exists(region.code)) {
            throw DomainException.conflict("A region with code '" + region.code + "' already exists");
        }
        checkParent(region.code, region.parentCode, false);
        region.id = null;
        region.version = null;
        regions.persistAndFlush(region);
        audit.record(AuditService.CREATE, "region", region.code, region.code, null, audit.snapshot(region));
        return region;
    }

    @Transactional
    public Upsert<Region> upsert(String code, Region body, String ifMatch) {
        if (body.code != null && !body.code.equals(code)) {
            throw DomainException.invalid("code", "must match the code in the path ('" + code + "')");
        }
        body.code = code;
        Optional<Region> existing = regions.findByCode(code);
        if (existing.isEmpty()) {
            access.requirePlacement(code, body.parentCode, false);
            Versions.requireAbsent(ifMatch, "Region", code);
            checkParent(code, body.parentCode, false);
            body.id = null;
            body.version = null;
            regions.persistAndFlush(body);
            audit.record(AuditService.CREATE, "region", code, code, null, audit.snapshot(body));
            return new Upsert<>(body, true);
        }
        Region region = existing.get();
        caller.requireRegions("region " + code, code);
        if (!java.util.Objects.equals(region.parentCode, body.parentCode)) {
            access.requirePlacement(code, body.parentCode, true);
        }
        Versions.check(Versions.expected(ifMatch, body.version), region.version);
        checkParent(code, body.parentCode, true);
        var before = audit.snapshot(region);
        region.name = body.name;
        region.level = body.level;
        region.parentCode = body.parentCode;
        regions.flush();
        audit.record(AuditService.UPDATE, "region", code, code, before, audit.snapshot(region));
        return new Upsert<>(region, false);
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
        var before = audit.snapshot(region);
        regions.delete(region);
        audit.record(AuditService.DELETE, "region", code, code, before, null);
    }

    /** The parent must exist, and a region may not be moved under itself or one of its descendants. */
    private void checkParent(String code, String parentCode, boolean exists) {
        if (parentCode == null) {
            return;
        }
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

    // ---- population

    public List<Population> population(String code) {
        require(code);
        return populations.ofRegion(code);
    }

    @Transactional
    public Upsert<Population> putPopulation(String code, int year, Population body, String ifMatch) {
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
            body.id = null;
            body.version = null;
            body.regionCode = code;
            body.year = year;
            populations.persistAndFlush(body);
            audit.record(AuditService.CREATE, "population", code + "/" + year, code, null, audit.snapshot(body));
            return new Upsert<>(body, true);
        }
        Population p = existing.get();
        Versions.check(Versions.expected(ifMatch, body.version), p.version);
        var before = audit.snapshot(p);
        p.residents = body.residents;
        p.childrenUnder3 = body.childrenUnder3;
        p.projected = body.projected;
        p.source = body.source;
        populations.flush();
        audit.record(AuditService.UPDATE, "population", code + "/" + year, code, before, audit.snapshot(p));
        return new Upsert<>(p, false);
    }

    @Transactional
    public void deletePopulation(String code, int year, String ifMatch) {
        require(code);
        caller.requireRegions("population of region " + code, code);
        Population p = populations.find(code, year)
                .orElseThrow(() -> DomainException.notFound("Population of region", code + " in " + year));
        Versions.check(Versions.expected(ifMatch, null), p.version);
        var before = audit.snapshot(p);
        populations.delete(p);
        audit.record(AuditService.DELETE, "population", code + "/" + year, code, before, null);
    }

    // ---- reported totals

    public List<ReportedTotals> reported(String code) {
        require(code);
        return reported.ofRegion(code);
    }

    @Transactional
    public Upsert<ReportedTotals> putReported(String code, int year, ReportedTotals body, String ifMatch) {
        require(code);
        caller.requireRegions("reported totals of region " + code, code);
        checkPathMatches("year", body.year, year);
        Optional<ReportedTotals> existing = reported.find(code, year);
        if (existing.isEmpty()) {
            Versions.requireAbsent(ifMatch, "Reported totals of region", code + "/" + year);
            body.id = null;
            body.version = null;
            body.regionCode = code;
            body.year = year;
            reported.persistAndFlush(body);
            audit.record(AuditService.CREATE, "reported-totals", code + "/" + year, code, null, audit.snapshot(body));
            return new Upsert<>(body, true);
        }
        ReportedTotals r = existing.get();
        Versions.check(Versions.expected(ifMatch, body.version), r.version);
        var before = audit.snapshot(r);
        r.copyCounts(body);
        r.source = body.source;
        reported.flush();
        audit.record(AuditService.UPDATE, "reported-totals", code + "/" + year, code, before, audit.snapshot(r));
        return new Upsert<>(r, false);
    }

    @Transactional
    public void deleteReported(String code, int year, String ifMatch) {
        require(code);
        caller.requireRegions("reported totals of region " + code, code);
        ReportedTotals r = reported.find(code, year)
                .orElseThrow(() -> DomainException.notFound("Reported totals of region", code + " in " + year));
        Versions.check(Versions.expected(ifMatch, null), r.version);
        var before = audit.snapshot(r);
        reported.delete(r);
        audit.record(AuditService.DELETE, "reported-totals", code + "/" + year, code, before, null);
    }

    static void checkPathMatches(String field, Object body, Object path) {
        if (body != null && !body.equals(path)) {
            throw DomainException.invalid(field, "must match the " + field + " in the path ('" + path + "')");
        }
    }
}
