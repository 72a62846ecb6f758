package org.healthplanning.platform.problem;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionScoped;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Notices a transaction of the current request that its timeout
 * ({@code quarkus.transaction-manager.default-transaction-timeout}) cut: the transaction manager rolled
 * it back (its running statement is cancelled) before the request could end it. Such a request failed
 * with whatever error the cancelled statement or the refused commit gave; {@link TransactionTimeoutAnswer}
 * answers it as what it is, a rollback the client may retry.
 */
@ApplicationScoped
public class TransactionTimeouts {
    /** What the current request's transactions did. */
    @RequestScoped
    public static class Outcome {
        private final Deque<Long> begun = new ArrayDeque<>();
        private boolean timedOut;

        void begin() {
            begun.push(System.nanoTime());
        }

        /** When the transaction now ending began (System.nanoTime), null when unknown. */
        Long end() {
            return begun.poll();
        }

        void timedOut() {
            timedOut = true;
        }

        boolean wasTimedOut() {
            return timedOut;
        }
    }

    @Inject
    TransactionManager transactions;

    @Inject
    Outcome outcome;

    @ConfigProperty(name = "quarkus.transaction-manager.default-transaction-timeout", defaultValue = "60s")
    Duration timeout;

    public Duration timeout() {
        return timeout;
    }

    /** Whether a transaction of the current request was rolled back by its timeout. */
    public boolean timedOut() {
        return Arc.container().requestContext().isActive() && outcome.wasTimedOut();
    }

    void begun(@Observes @Initialized(TransactionScoped.class) Object transaction) {
        if (Arc.container().requestContext().isActive()) {
            outcome.begin();
        }
    }

    void ending(@Observes @BeforeDestroyed(TransactionScoped.class) Object transaction) {
        if (!Arc.container().requestContext().isActive()) {
            return;
        }
        Long begun = outcome.end();
        int status;
        try {
            status = transactions.getStatus();
        } catch (Exception e) {
            return;
        }
        // rolled back before its own thread ended it, or marked for rollback once its time was up
        boolean cut = status == Status.STATUS_ROLLEDBACK || status == Status.STATUS_ROLLING_BACK
                || (status == Status.STATUS_MARKED_ROLLBACK && begun != null
                        && System.nanoTime() - begun >= timeout.toNanos());
        if (cut) {
            outcome.timedOut();
        }
    }
}
