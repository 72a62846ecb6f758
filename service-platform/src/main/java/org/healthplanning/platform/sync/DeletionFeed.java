package org.healthplanning.platform.sync;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.healthplanning.http.PageResponse;
import org.healthplanning.http.DomainException;
import org.jboss.logging.Logger;

/** Reads the deletions a service recorded, in the order they happened, and forgets them after the retention period. */
@ApplicationScoped
public class DeletionFeed implements PanacheRepository<Deletion> {
    private static final Logger LOG = Logger.getLogger(DeletionFeed.class);

    @Inject
    ChangeHorizon horizon;

    @Inject
    DeletionTypes types;

    @ConfigProperty(name = "healthplan.deletions.retention", defaultValue = "P90D")
    Duration retention;

    /** Deletions after {@code since} (or after the cursor {@code after}), of one type or all, oldest first. */
    @Transactional
    public PageResponse<DeletionView> list(String since, String after, String resourceType, String size) {
        if (resourceType != null && !resourceType.isBlank() && !types.keys().containsKey(resourceType.trim())) {
            throw DomainException.invalid("resourceType", "'" + resourceType + "' is not one of " + new TreeSet<>(types.keys().keySet()));
        }
        ChangeQuery query = ChangeQuery.of("since", since, after, null, size, null);
        if (query == null) {
            query = ChangeQuery.all(size);
        }
        StringBuilder where = new StringBuilder(query.where("deletedAt", "id"));
        Parameters p = query.bind(new Parameters(), horizon.now(), ChangeQuery::longKey);
        if (resourceType != null && !resourceType.isBlank()) {
            where.append(" and resourceType = :type");
            p.and("type", resourceType.trim());
        }
        return query.page(find(where.toString(), query.sort("deletedAt", "id"), p),
                d -> new DeletionView(d.resourceType, d.resourceKey, d.regionCode, d.deletedAt,
                        new SyncCursor(d.deletedAt, String.valueOf(d.id)).encode()),
                d -> d.deletedAt, d -> d.id);
    }

    @Scheduled(every = "${healthplan.deletions.purge-every:1h}", delayed = "1m")
    @Transactional
    void purge() {
        long gone = delete("deletedAt < ?1", Instant.now().minus(retention));
        if (gone > 0) {
            LOG.infof("Forgot %d deletions older than %s", gone, retention);
        }
    }
}
