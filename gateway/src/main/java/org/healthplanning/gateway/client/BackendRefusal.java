package org.healthplanning.gateway.client;

import org.healthplanning.gateway.client.model.BackendProblem;

/**
 * A backend answered 4xx: it is alive and said no (not found, invalid input, not allowed). Neither
 * retried nor counted by the circuit breaker; the views turn it into their own answer or a note.
 */
public class BackendRefusal extends RuntimeException {
    private final int status;
    private final BackendProblem problem;

    public BackendRefusal(int status, BackendProblem problem) {
        super("answered " + status + (problem == null || problem.detail() == null ? "" : ": " + problem.detail()), null, false, false);
        this.status = status;
        this.problem = problem;
    }

    public int status() {
        return status;
    }

    /** The backend's problem+json, or null when it sent none. */
    public BackendProblem problem() {
        return problem;
    }
}
