package org.healthplanning.platform.audit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditEvent> {

    /** The audit filters; null members are ignored; {@code from} inclusive, {@code before} exclusive. */
    public record Filter(String resourceType, String key, Instant from, Instant before) {
    }

    /** Matching events, newest first. */
    public PanacheQuery<AuditEvent> search(Filter f) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (f.resourceType() != null) {
            q.append(" and resourceType = :type");
            p.and("type", f.resourceType());
        }
        if (f.key() != null) {
            q.append(" and resourceKey = :key");
            p.and("key", f.key());
        }
        if (f.from() != null) {
            q.append(" and at >= :from");
            p.and("from", f.from());
        }
        if (f.before() != null) {
            q.append(" and at < :before");
            p.and("before", f.before());
        }
        return find(q.toString(), Sort.descending("at").and("id", Sort.Direction.Descending), p);
    }
}
