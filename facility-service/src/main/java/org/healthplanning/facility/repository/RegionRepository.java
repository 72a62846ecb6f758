package org.healthplanning.facility.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.healthplanning.facility.domain.Region;
import org.healthplanning.platform.sync.ChangeQuery;
import org.healthplanning.facility.domain.RegionLevel;

@ApplicationScoped
public class RegionRepository implements PanacheRepository<Region> {

    /**
     * The codes of a region and all its descendants, as a SQL fragment usable in {@code in (...)}: one
     * index lookup in region_ancestor, which a trigger keeps in step with the tree.
     */
    public static final String SUBTREE_SQL = "select a.region_code from region_ancestor a where a.ancestor_code = :root";

    public Optional<Region> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public boolean exists(String code) {
        return count("code", code) > 0;
    }

    public PanacheQuery<Region> search(String parentCode, RegionLevel level, Sort sort) {
        return search(parentCode, level, null, null, sort);
    }

    /** The filtered regions; with {@code changes}, only those changed after its cursor and before {@code horizon}, in change order. */
    public PanacheQuery<Region> search(String parentCode, RegionLevel level, ChangeQuery changes, Instant horizon, Sort sort) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (parentCode != null && !parentCode.isBlank()) {
            q.append(" and parentCode = :parent");
            p.and("parent", parentCode);
        }
        if (level != null) {
            q.append(" and level = :level");
            p.and("level", level);
        }
        if (changes != null) {
            q.append(" and ").append(changes.where("updatedAt", "id"));
            changes.bind(p, horizon, ChangeQuery::longKey);
            sort = changes.sort("updatedAt", "id");
        }
        return find(q.toString(), sort, p);
    }

    /** True when {@code candidate} is {@code root} or one of its descendants. */
    public boolean inSubtree(String root, String candidate) {
        Object hit = getEntityManager()
                .createNativeQuery("select exists (select 1 from region_ancestor where ancestor_code = :root and region_code = :candidate)")
                .setParameter("root", root)
                .setParameter("candidate", candidate)
                .getSingleResult();
        return Boolean.TRUE.equals(hit);
    }

    /** Codes of the region's ancestors, nearest first. */
    @SuppressWarnings("unchecked")
    public List<String> ancestors(String code) {
        return getEntityManager().createNativeQuery(
                        "select ancestor_code from region_ancestor where region_code = :code and depth > 0 order by depth")
                .setParameter("code", code)
                .getResultList();
    }

    public long childCount(String code) {
        return count("parentCode", code);
    }

    /** The direct sub-regions of a region. */
    public List<Region> children(String code) {
        return list("parentCode", code);
    }
}
