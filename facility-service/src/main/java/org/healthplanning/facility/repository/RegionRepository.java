package org.healthplanning.facility.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.healthplanning.facility.domain.Region;
import org.healthplanning.facility.domain.RegionLevel;

@ApplicationScoped
public class RegionRepository implements PanacheRepository<Region> {

    /** The codes of a region and all its descendants, as a SQL fragment usable in {@code in (...)}. */
    public static final String SUBTREE_SQL = """
            with recursive subtree(code) as (
                select code from region where code = :root
                union all
                select r.code from region r join subtree s on r.parent_code = s.code
            ) select code from subtree""";

    public Optional<Region> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public boolean exists(String code) {
        return count("code", code) > 0;
    }

    public PanacheQuery<Region> search(String parentCode, RegionLevel level, Sort sort) {
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
        return find(q.toString(), sort, p);
    }

    /** True when {@code candidate} is {@code root} or one of its descendants (one recursive query). */
    public boolean inSubtree(String root, String candidate) {
        Object hit = getEntityManager()
                .createNativeQuery("select exists (" + SUBTREE_SQL.replace("select code from subtree",
                        "select 1 from subtree where code = :candidate") + ")")
                .setParameter("root", root)
                .setParameter("candidate", candidate)
                .getSingleResult();
        return Boolean.TRUE.equals(hit);
    }

    /** Codes of the region's ancestors, nearest first (one recursive query). */
    @SuppressWarnings("unchecked")
    public List<String> ancestors(String code) {
        return getEntityManager().createNativeQuery("""
                with recursive up(code, parent_code, depth) as (
                    select code, parent_code, 0 from region where code = :code
                    union all
                    select r.code, r.parent_code, u.depth + 1 from region r join up u on r.code = u.parent_code
                ) select code from up where depth > 0 order by depth""")
                .setParameter("code", code)
                .getResultList();
    }

    public long childCount(String code) {
        return count("parentCode", code);
    }
}
