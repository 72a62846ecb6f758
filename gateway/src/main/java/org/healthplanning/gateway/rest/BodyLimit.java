package org.healthplanning.gateway.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.healthplanning.http.Refusals;

/**
 * Refuses a body above {@code quarkus.http.limits.max-body-size} with a 413 problem (the HTTP layer's own
 * limit answers an empty 413): by its Content-Length before anything is read, or, for a chunked body, as
 * soon as the bytes read pass the limit ({@link CappedBody}). Nothing above the limit reaches a backend.
 */
@ApplicationScoped
public class BodyLimit {
    @Inject
    Problems problems;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    void register(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::checkLength);
    }

    void checkLength(RoutingContext rc) {
        String length = rc.request().getHeader("Content-Length");
        long declared;
        try {
            declared = length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            declared = -1;
        }
        if (declared > limit()) {
            tooLarge(rc, "body of " + declared + " bytes");
        } else {
            rc.next();
        }
    }

    /** The largest request body accepted, in bytes. */
    public long limit() {
        return maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
    }

    /** Answers 413 problem+json and closes the connection (the rest of the body is not read). */
    void tooLarge(RoutingContext rc, String reason) {
        HttpServerRequest req = rc.request();
        Refusals.log(413, null, req.method().name(), req.path(), reason);
        rc.response().putHeader("Connection", "close");
        problems.send(rc.response(), 413, "/problems/payload-too-large", "Payload too large",
                "The request body exceeds the limit of " + limit() + " bytes", req.path(), null);
    }
}
