package org.healthplanning.gateway.service;

import io.smallrye.mutiny.Uni;
import java.util.Set;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.healthplanning.http.DomainException;
import org.healthplanning.gateway.client.Backend;
import org.healthplanning.gateway.client.BackendException;
import org.healthplanning.gateway.client.BackendRefusal;

/**
 * What one backend call of a view gave: its typed answer, its refusal (a 4xx: the backend is up and
 * said no), a failure (down, too slow, 5xx, circuit open: the view is degraded), or nothing asked.
 */
record Section<T>(Backend backend, T value, BackendRefusal refusal, String failure) {

    static <T> Uni<Section<T>> of(Backend backend, Uni<T> call) {
        return call.map(v -> new Section<>(backend, v, null, (String) null))
                .onFailure(BackendRefusal.class).recoverWithItem(r -> new Section<>(backend, null, (BackendRefusal) r, null))
                .onFailure().recoverWithItem(t -> new Section<>(backend, null, null, describe(t)));
    }

    static <T> Section<T> answered(Backend backend, T value) {
        return new Section<>(backend, value, null, null);
    }

    static <T> Section<T> skipped(Backend backend) {
        return new Section<>(backend, null, null, null);
    }

    static <T> Section<T> failed(Backend backend, String why) {
        return new Section<>(backend, null, null, why);
    }

    boolean degraded() {
        return failure != null;
    }

    boolean refused(int status) {
        return refusal != null && refusal.status() == status;
    }

    /** The same outcome for another value: an answer mapped, a refusal or failure kept. */
    <R> Section<R> map(java.util.function.Function<T, R> f) {
        return new Section<>(backend, value == null ? null : f.apply(value), refusal, failure);
    }

    /** Why a section is empty although its backend answered, for the view's notes; null when it is not. */
    String note(String section) {
        if (refusal == null) {
            return null;
        }
        String detail = refusal.problem() == null ? null : refusal.problem().detail();
        return section + ": " + backend.serviceName() + " answered HTTP " + refusal.status() + (detail == null ? "" : ": " + detail);
    }

    /** A backend's 400 about the caller's own input, given back to the caller as the view's answer. */
    DomainException asCallersError() {
        return refusal.toCallersError(backend.serviceName());
    }

    static void collectDegraded(Set<String> into, Section<?>... sections) {
        for (Section<?> s : sections) {
            if (s.degraded()) {
                into.add(s.backend().serviceName());
            }
        }
    }

    /** Why a call failed, after the backend's name: "did not answer in time", "answered 503"... */
    static String describe(Throwable t) {
        if (t instanceof BackendRefusal r) {
            return r.getMessage();
        }
        if (t instanceof TimeoutException) {
            return "did not answer in time";
        }
        if (t instanceof CircuitBreakerOpenException) {
            return "is unavailable (circuit open)";
        }
        if (t instanceof BackendException e) {
            return e.getMessage();
        }
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "is not reachable (" + root.getClass().getSimpleName() + ")";
    }
}
