package org.healthplanning.gateway.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.healthplanning.gateway.config.Refusals;

/**
 * Runs first for every {@code /api/} request, before any backend is contacted: refuses bodies
 * above {@code quarkus.http.limits.max-body-size} (413), and verifies the bearer token (signature,
 * issuer, expiry) of every write, of the audit trail and, when
 * {@code healthplan.security.reads-require-token=true}, of every read. No token or a bad one is a
 * 401 problem with {@code WWW-Authenticate: Bearer}; the audit trail also needs the admin group
 * (403). A valid token travels on unchanged in {@code Authorization}: the backends decide which
 * regions the caller may write.
 */
@ApplicationScoped
public class AccessGuard {
    /** Before {@link ProxyRoutes} and the REST layer. */
    static final int ORDER = ProxyRoutes.ORDER - 100;
    /** Where the verified token is kept for the gateway's own operations. */
    public static final String TOKEN = "healthplan.jwt";
    public static final String AUDIT_PATH = "/api/v1/audit";
    public static final String ADMIN = "admin";
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Inject
    JWTParser parser;

    @ConfigProperty(name = "healthplan.security.reads-require-token", defaultValue = "false")
    boolean readsRequireToken;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    void register(@Observes Router router) {
        // before the HTTP layer's own limit, which would answer 413 with an empty body
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::checkSize);
        router.route("/api/*").order(ORDER).handler(this::handle);
    }

    void checkSize(RoutingContext rc) {
        if (tooLarge(rc.request())) {
            tooLarge(rc, "body of " + rc.request().getHeader("Content-Length") + " bytes");
        } else {
            rc.next();
        }
    }

    void handle(RoutingContext rc) {
        HttpServerRequest req = rc.request();
        String path = req.path();
        boolean write = !READS.contains(req.method());
        boolean audit = path.equals(AUDIT_PATH) || path.equals(AUDIT_PATH + "/");
        boolean needsToken = write || audit || (readsRequireToken && req.method() != HttpMethod.OPTIONS);
        if (!needsToken) {
            rc.next();
            return;
        }
        String token = bearer(req.getHeader("Authorization"));
        if (token == null) {
            boolean sent = req.getHeader("Authorization") != null;
            unauthorized(rc, sent ? "Authorization is not a bearer token" : "A valid bearer token is required",
                    sent ? "not a bearer token" : "no bearer token");
            return;
        }
        // a JWKS URL may be fetched while verifying: off the event loop
        rc.vertx().<JsonWebToken>executeBlocking(() -> parser.parse(token), false).onComplete(ar -> {
            if (ar.failed()) {
                String why = ar.cause() instanceof ParseException && ar.cause().getCause() != null
                        ? ar.cause().getCause().getMessage() : ar.cause().getMessage();
                unauthorized(rc, "The bearer token is invalid, expired or not signed by the trusted issuer",
                        "invalid bearer token: " + why);
                return;
            }
            JsonWebToken jwt = ar.result();
            if (audit && (jwt.getGroups() == null || !jwt.getGroups().contains(ADMIN))) {
                Refusals.log(403, jwt.getSubject(), req.method().name(), path, "the audit trail needs the admin group");
                ProxyRoutes.problem(rc.response(), 403, "/problems/forbidden", "Forbidden",
                        "This operation needs the admin role", path, null);
                return;
            }
            rc.put(TOKEN, jwt);
            rc.next();
        });
    }

    /** The largest request body accepted, in bytes. */
    public long maxBodyBytes() {
        return maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
    }

    /** Answers 413 problem+json and closes the connection (the rest of the body is not read). */
    void tooLarge(RoutingContext rc, String reason) {
        HttpServerRequest req = rc.request();
        Refusals.log(413, null, req.method().name(), req.path(), reason);
        ProxyRoutes.problem(rc.response().putHeader("Connection", "close"), 413, "/problems/payload-too-large",
                "Payload too large", "The request body exceeds the limit of " + maxBodyBytes() + " bytes", req.path(), null);
    }

    private boolean tooLarge(HttpServerRequest req) {
        String length = req.getHeader("Content-Length");
        if (length == null || maxBodySize.isEmpty()) {
            return false;
        }
        try {
            return Long.parseLong(length.trim()) > maxBodySize.get().asLongValue();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void unauthorized(RoutingContext rc, String detail, String reason) {
        HttpServerRequest req = rc.request();
        Refusals.log(401, null, req.method().name(), req.path(), reason);
        ProxyRoutes.problem(rc.response().putHeader("WWW-Authenticate", "Bearer"), 401, "/problems/unauthorized",
                "Unauthorized", detail, req.path(), null);
    }

    /** The token of an {@code Authorization: Bearer <token>} header, or null. */
    static String bearer(String header) {
        if (header == null) {
            return null;
        }
        String h = header.trim();
        if (h.length() < 7 || !h.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            return null;
        }
        String token = h.substring(7).trim();
        return token.isEmpty() ? null : token;
    }
}
