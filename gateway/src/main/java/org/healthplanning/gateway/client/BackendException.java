package org.healthplanning.gateway.client;

/** A backend answered 5xx: counted as a failure by its circuit breaker and tried once more. */
public class BackendException extends RuntimeException {
    private final int status;

    public BackendException(int status) {
        super("answered " + status, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
