package org.healthplanning.facility.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.healthplanning.facility.domain.Facility;
import org.healthplanning.facility.domain.FacilityType;
import org.healthplanning.platform.sync.ChangeQuery;

@ApplicationScoped
public class FacilityRepository implements PanacheRepository<Facility> {

    public Optional<Facility> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public long countInRegion(String regionCode) {
        return count("regionCode", regionCode);
    }

    /** One page of facilities, in a region's subtree when {@code regionCode} is given. */
    @SuppressWarnings("unchecked")
    public List<Facility> search(String regionCode, FacilityType type, String orderBy, int page, int size) {
        Query q = getEntityManager().createNativeQuery(
                "select f.* from facility f" + where(regionCode, type) + " order by " + orderBy, Facility.class);
        bind(q, regionCode, type);
        return q.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long count(String regionCode, FacilityType type) {
        Query q = getEntityManager().createNativeQuery("select count(*) from facility f" + where(regionCode, type));
        bind(q, regionCode, type);
        return ((Number) q.getSingleResult()).longValue();
    }

    /**
     * The facilities (in a region's subtree when {@code regionCode} is given) changed after the cursor of {@code changes}
     * and before {@code horizon}, in change order: at most one page, and how many there are from the cursor on.
     */
    @SuppressWarnings("unchecked")
    public List<Facility> changes(String regionCode, FacilityType type, ChangeQuery changes, Instant horizon) {
        Query q = getEntityManager().createNativeQuery("select f.* from facility f" + where(regionCode, type)
                + " and " + changes.where("f.updated_at", "f.id") + " order by f.updated_at, f.id", Facility.class);
        bind(q, regionCode, type);
        changes.bind(new Parameters(), horizon, ChangeQuery::longKey).map().forEach(q::setParameter);
        return q.setMaxResults(changes.size()).getResultList();
    }

    public long countChanges(String regionCode, FacilityType type, ChangeQuery changes, Instant horizon) {
        Query q = getEntityManager().createNativeQuery("select count(*) from facility f" + where(regionCode, type)
                + " and " + changes.where("f.updated_at", "f.id"));
        bind(q, regionCode, type);
        changes.bind(new Parameters(), horizon, ChangeQuery::longKey).map().forEach(q::setParameter);
        return ((Number) q.getSingleResult()).longValue();
    }

    private static String where(String regionCode, FacilityType type) {
        StringBuilder w = new StringBuilder(" where 1 = 1");
        if (regionCode != null) {
            w.append(" and f.region_code in (").append(RegionRepository.SUBTREE_SQL).append(")");
        }
        if (type != null) {
            w.append(" and f.type = :type");
        }
        return w.toString();
    }

    private static void bind(Query q, String regionCode, FacilityType type) {
        if (regionCode != null) {
            q.setParameter("root", regionCode);
        }
        if (type != null) {
            q.setParameter("type", type.name());
        }
    }
}
