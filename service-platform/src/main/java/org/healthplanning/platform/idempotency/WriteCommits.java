package org.healthplanning.platform.idempotency;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionScoped;
import org.jboss.logging.Logger;

/**
 * Marks the key of the current request in every transaction the request commits, inside that
 * transaction: the mark is kept exactly when the write is. It tells a request whose answer was
 * never stored (the service stopped, or lost its database, between the commit and the answer)
 * from one that wrote nothing, so that a retry never runs a committed write again.
 */
@ApplicationScoped
public class WriteCommits {
    private static final Logger LOG = Logger.getLogger(WriteCommits.class);

    @Inject
    TransactionManager transactions;

    @Inject
    IdempotencyStore store;

    @Inject
    IdempotencyClaim claim;

    void beforeEnd(@Observes @BeforeDestroyed(TransactionScoped.class) Object transaction) {
        if (!Arc.container().requestContext().isActive()) {
            return;
        }
        Long id = claim.id();
        if (id == null) {
            return;
        }
        try {
            if (transactions.getStatus() == Status.STATUS_ACTIVE) {
                store.markCommitting(id);
            }
        } catch (Exception e) {
            // a failure here means the database is gone: the commit that follows fails as well
            LOG.debugf("Idempotency key %d not marked: %s", id, e);
        }
    }
}
