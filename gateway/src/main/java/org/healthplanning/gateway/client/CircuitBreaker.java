package org.healthplanning.gateway.client;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A per-backend circuit breaker: {@code failureThreshold} consecutive failed calls open it; while
 * open every call is refused at once; after {@code openDuration} one trial call is let through
 * (half-open) and its outcome closes or re-opens the circuit. Answers such as 404 count as
 * successes: the backend is alive.
 */
public class CircuitBreaker {
    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final long openNanos;
    private final LongSupplier clock;
    private State state = State.CLOSED;
    private int consecutiveFailures;
    private long openedAt;
    private boolean trialInFlight;

    public CircuitBreaker(int failureThreshold, Duration openDuration) {
        this(failureThreshold, openDuration, System::nanoTime);
    }

    CircuitBreaker(int failureThreshold, Duration openDuration, LongSupplier clock) {
        this.failureThreshold = Math.max(1, failureThreshold);
        this.openNanos = openDuration.toNanos();
        this.clock = clock;
    }

    /** Whether a call may go out now; a caller that gets {@code true} must report the outcome. */
    public synchronized boolean tryAcquire() {
        switch (state) {
            case CLOSED:
                return true;
            case OPEN:
                if (clock.getAsLong() - openedAt >= openNanos) {
                    state = State.HALF_OPEN;
                    trialInFlight = true;
                    return true;
                }
                return false;
            default:
                if (!trialInFlight) {
                    trialInFlight = true;
                    return true;
                }
                return false;
        }
    }

    public synchronized void onSuccess() {
        state = State.CLOSED;
        consecutiveFailures = 0;
        trialInFlight = false;
    }

    public synchronized void onFailure() {
        trialInFlight = false;
        if (state == State.HALF_OPEN) {
            open();
            return;
        }
        consecutiveFailures++;
        if (consecutiveFailures >= failureThreshold) {
            open();
        }
    }

    public synchronized State state() {
        if (state == State.OPEN && clock.getAsLong() - openedAt >= openNanos) {
            return State.HALF_OPEN;
        }
        return state;
    }

    public synchronized void reset() {
        state = State.CLOSED;
        consecutiveFailures = 0;
        trialInFlight = false;
    }

    private void open() {
        state = State.OPEN;
        openedAt = clock.getAsLong();
        consecutiveFailures = 0;
    }
}
