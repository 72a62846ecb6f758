package org.healthplanning.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request body above {@code quarkus.http.limits.max-body-size} is refused with 413 problem+json and
 * the connection is closed: at once when its {@code Content-Length} says so, and as soon as the limit
 * is passed when it is sent in chunks (such a body is read here, up to the limit, before the resource
 * takes it; at the gateway, before it is passed on, so nothing above the limit reaches a backend). The
 * HTTP layer's own checks, which run after these, would answer an empty 413.
 */
@ApplicationScoped
public class BodyLimit {
    public static final String TYPE = "/problems/payload-too-large";
    public static final String TITLE = "Payload too large";

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    @Inject
    HttpProblems problems;

    private BodyHandler chunked;

    void register(@Observes Router router) {
        if (maxBodySize.isPresent()) {
            chunked = BodyHandler.create(false).setBodyLimit(maxBodySize.get().asLongValue());
            router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check).failureHandler(this::failed);
        }
    }

    void check(RoutingContext rc) {
        HttpServerRequest req = rc.request();
        long limit = maxBodySize.get().asLongValue();
        Long length = contentLength(req.getHeader("Content-Length"));
        if (length == null && isChunked(req) && !req.isEnded()) {
            chunked.handle(rc);
        } else if (length == null || length <= limit) {
            rc.next();
        } else {
            Refusals.log(413, null, req.method().name(), req.path(), "body of " + length + " bytes");
            refuse(rc, limit);
        }
    }

    /** The chunked body passed the limit while it was read. */
    void failed(RoutingContext rc) {
        if (rc.statusCode() != 413 || rc.response().ended()) {
            rc.next();
            return;
        }
        Refusals.log(413, null, rc.request().method().name(), rc.request().path(), "chunked body above the limit");
        refuse(rc, maxBodySize.get().asLongValue());
    }

    private void refuse(RoutingContext rc, long limit) {
        rc.response().putHeader("Connection", "close");
        problems.send(rc.response(), new Problem(TYPE, TITLE, 413, detail(limit), rc.request().path(), null));
    }

    /** What a refused request is told: the limit, in bytes. */
    public static String detail(long limit) {
        return "The request body exceeds the limit of " + limit + " bytes";
    }

    private static boolean isChunked(HttpServerRequest req) {
        String encoding = req.getHeader("Transfer-Encoding");
        return encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
    }

    private static Long contentLength(String header) {
        if (header == null) {
            return null;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
