package org.healthplanning.gateway.client;

/** A backend did not answer usefully: unreachable, too slow, a 5xx, or its circuit is open. */
public class BackendException extends RuntimeException {
    private final Backend backend;
    private final boolean timeout;

    public BackendException(Backend backend, String message, boolean timeout) {
        super(backend.serviceName() + " " + message, null, false, false);
        this.backend = backend;
        this.timeout = timeout;
    }

    public Backend backend() {
        return backend;
    }

    public boolean timeout() {
        return timeout;
    }
}
