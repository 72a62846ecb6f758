package org.healthplanning.platform.idempotency;

import jakarta.enterprise.context.RequestScoped;

/** The {@code idempotency_key} row the current request holds while it runs (none for requests without a key). */
@RequestScoped
public class IdempotencyClaim {
    private Long id;

    Long id() {
        return id;
    }

    void hold(Long id) {
        this.id = id;
    }
}
