package org.healthplanning.project.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.healthplanning.platform.sync.ChangeQuery;
import org.healthplanning.project.domain.ConstructionType;
import org.healthplanning.project.domain.Project;
import org.healthplanning.project.domain.ProjectStatus;

@ApplicationScoped
public class ProjectRepository implements PanacheRepository<Project> {

    /**
     * Takes a lock on one plan's projects that the transaction holds until it ends (a PostgreSQL
     * advisory lock: the plans themselves live in indicator-service). Imports into the same plan
     * then run one after the other instead of interleaving their deletes and inserts.
     */
    public void lockPlan(String planCode) {
        getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", "plan-projects:" + planCode)
                .getSingleResult();
    }

    /** The filters of the project list; null members are ignored. */
    public record Filter(String planCode, String regionCode, ProjectStatus status, ConstructionType constructionType,
                         String programme, Integer activeInYear, String q) {
    }

    public PanacheQuery<Project> search(Filter f, Sort sort) {
        return search(f, null, null, sort);
    }

    /**
     * The projects the filter selects among those {@code change} selects (an incremental read: changed
     * after its cursor and before {@code horizon}), or among all when {@code change} is null.
     */
    public PanacheQuery<Project> search(Filter f, ChangeQuery change, Instant horizon, Sort sort) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (change != null) {
            q.append(" and ").append(change.where("updatedAt", "id"));
            change.bind(p, horizon, ChangeQuery::longKey);
        }
        if (notBlank(f.planCode())) {
            q.append(" and planCode = :plan");
            p.and("plan", f.planCode().trim());
        }
        if (notBlank(f.regionCode())) {
            q.append(" and regionCode = :region");
            p.and("region", f.regionCode().trim());
        }
        if (f.status() != null) {
            q.append(" and :status member of statuses");
            p.and("status", f.status());
        }
        if (f.constructionType() != null) {
            q.append(" and constructionType = :type");
            p.and("type", f.constructionType());
        }
        if (notBlank(f.programme())) {
            q.append(" and programme = :programme");
            p.and("programme", f.programme().trim());
        }
        if (f.activeInYear() != null) {
            q.append(" and startYear <= :year and endYear >= :year");
            p.and("year", f.activeInYear());
        }
        if (notBlank(f.q())) {
            // the text is found as given: % and _ in it are not wildcards
            q.append(" and (lower(name) like :q escape '\\' or lower(content) like :q escape '\\'"
                    + " or lower(coalesce(programme, '')) like :q escape '\\')");
            p.and("q", org.healthplanning.http.QueryParams.likeContains(f.q().trim()));
        }
        return find(q.toString(), sort, p);
    }

    /** A plan's projects in table order. */
    public List<Project> byPlan(String planCode) {
        return list("planCode", Sort.by("position").and("id"), planCode);
    }

    public int maxPosition(String planCode) {
        Integer max = getEntityManager()
                .createQuery("select max(p.position) from Project p where p.planCode = :plan", Integer.class)
                .setParameter("plan", planCode)
                .getSingleResult();
        return max == null ? 0 : max;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
