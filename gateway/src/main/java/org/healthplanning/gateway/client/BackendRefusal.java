package org.healthplanning.gateway.client;

import java.util.List;
import org.healthplanning.gateway.client.model.BackendProblem;
import org.healthplanning.http.DomainException;
import org.healthplanning.http.DomainException.Kind;
import org.healthplanning.http.Problem;

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

    /**
     * The refusal given back as the gateway's own answer, for a backend that said no to the caller's input or
     * token (400, 401, 403): its status, problem type, title and field errors, its detail after the backend's name.
     */
    public DomainException toCallersError(String service) {
        Kind kind = status == 401 ? Kind.UNAUTHORIZED : status == 403 ? Kind.FORBIDDEN : Kind.INVALID;
        BackendProblem p = problem == null ? new BackendProblem(null, null, status, null, null) : problem;
        List<Problem.FieldError> errors = p.errors() == null || p.errors().isEmpty() ? null
                : p.errors().stream().map(e -> new Problem.FieldError(e.field(), e.message())).toList();
        return new DomainException(kind, p.type() == null ? kind.type : p.type(), p.title() == null ? kind.title : p.title(),
                service + " answered " + status + (p.detail() == null ? "" : ": " + p.detail()), errors);
    }
}
