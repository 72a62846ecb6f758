package org.healthplanning.gateway.rest;

import org.healthplanning.gateway.api.Problem;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.healthplanning.gateway.client.Backend;
import org.healthplanning.gateway.client.BackendClient;
import org.healthplanning.gateway.client.BackendException;
import org.healthplanning.gateway.client.Routing;
import org.healthplanning.gateway.config.GatewayConfig;
import org.healthplanning.gateway.config.Json;
import org.jboss.logging.Logger;

/**
 * Passes every backend path of the public API through unchanged: method, path, query, headers
 * and body go to the owning backend; its status, headers and body come back as they are, with
 * {@code Location} pointing at the gateway. An unreachable backend is a 503 problem naming it, a
 * backend that does not answer in time a 504: within {@code gateway.proxy-timeout}, or
 * {@code gateway.import-timeout} for a bulk import (a path ending in {@code /import}).
 */
@ApplicationScoped
public class ProxyRoutes {
    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);
    /** Runs before the REST layer, which serves only the gateway's own views. */
    static final int ORDER = 1_000;
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "proxy-connection", "host",
            "content-length");
    /**
     * Backends are asked for plain bodies: no re-encoding on the loopback, and their ETags stay as they are.
     * A client's own forwarded headers are never passed on: the gateway sends its view of the request.
     */
    private static final Set<String> NOT_FORWARDED = Set.of("accept-encoding", "forwarded", "x-real-ip");
    /** No server banner leaves the gateway; CORS answers are the gateway's own (quarkus.http.cors.*). */
    private static final Set<String> NOT_RETURNED = Set.of("server", "x-powered-by", "access-control-allow-origin",
            "access-control-allow-credentials", "access-control-allow-methods", "access-control-allow-headers",
            "access-control-expose-headers", "access-control-max-age");

    @Inject
    BackendClient backends;

    @Inject
    GatewayConfig config;

    @Inject
    AccessGuard guard;

    /**
     * One route per backend operation (so that metrics name the operation's template), then one for
     * every other path under /api/ (the gateway's own operations, and paths no backend has).
     */
    void register(@Observes Router router) {
        for (String path : Routing.routerPaths()) {
            router.route(path).order(ORDER).handler(this::handle);
        }
        router.route("/api/*").order(ORDER).handler(this::handle);
    }

    void handle(RoutingContext rc) {
        HttpServerRequest req = rc.request();
        String path = req.path();
        if (Routing.servedByGateway(path)) {
            rc.next();
            return;
        }
        Backend backend = Routing.backendFor(path);
        if (backend == null) {
            problem(rc.response(), 404, "/problems/not-found", "Not found", "No operation at " + path, path, null);
            return;
        }
        if (rc.body() != null && rc.body().available()) {
            forward(rc, backend, rc.body().buffer());
        } else {
            readBody(rc, backend);
        }
    }

    /** Collects the body up to {@code quarkus.http.limits.max-body-size} (also for chunked requests), then forwards it. */
    private void readBody(RoutingContext rc, Backend backend) {
        HttpServerRequest req = rc.request();
        String path = req.path();
        if (req.isEnded()) {
            forward(rc, backend, Buffer.buffer());
            return;
        }
        long limit = guard.maxBodyBytes();
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        req.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + (long) chunk.length() > limit) {
                refused[0] = true;
                guard.tooLarge(rc, "chunked body above " + limit + " bytes");
            } else {
                body.appendBuffer(chunk);
            }
        });
        req.exceptionHandler(t -> {
            if (!refused[0]) {
                refused[0] = true;
                problem(rc.response(), 400, "/problems/validation", "Invalid request",
                        "The request body could not be read", path, null);
            }
        });
        req.endHandler(v -> {
            if (!refused[0]) {
                forward(rc, backend, body);
            }
        });
        // the HTTP layer pauses requests until a handler takes them
        req.resume();
    }

    private void forward(RoutingContext rc, Backend backend, Buffer body) {
        HttpServerRequest req = rc.request();
        String uri = req.uri();
        if (uri.startsWith("http://") || uri.startsWith("https://")) {
            URI parsed = URI.create(uri);
            uri = parsed.getRawPath() + (parsed.getRawQuery() == null ? "" : "?" + parsed.getRawQuery());
        }
        long timeoutMs = timeout(req.path()).toMillis();
        RequestOptions options = new RequestOptions()
                .setMethod(req.method())
                .setURI(backends.requestUri(backend, uri))
                .setIdleTimeout(timeoutMs);
        MultiMap headers = options.getHeaders() == null ? MultiMap.caseInsensitiveMultiMap() : options.getHeaders();
        req.headers().forEach(h -> {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(name) && !NOT_FORWARDED.contains(name) && !name.startsWith("x-forwarded-")) {
                headers.add(h.getKey(), h.getValue());
            }
        });
        // the address the client used (or, behind a trusted proxy, the one the proxy reports): backends
        // trust the gateway's forwarded headers and build Location from them
        String host = host(req);
        if (host != null) {
            headers.set("X-Forwarded-Host", host);
        }
        headers.set("X-Forwarded-Proto", scheme(req));
        if (req.remoteAddress() != null && req.remoteAddress().hostAddress() != null) {
            headers.set("X-Forwarded-For", req.remoteAddress().hostAddress());
        }
        options.setHeaders(headers);
        String path = req.path();
        long timer = rc.vertx().setTimer(timeoutMs, id ->
                unavailable(rc, backend, new BackendException(backend, "did not answer in time", true), path));
        boolean safe = req.method() == HttpMethod.GET || req.method() == HttpMethod.HEAD || req.method() == HttpMethod.OPTIONS;
        send(rc, backend, options, body, timer, safe ? 1 : 0);
    }

    /** How long the backend may take to answer a request for this path. */
    java.time.Duration timeout(String path) {
        return isImport(path) ? config.importTimeout() : config.proxyTimeout();
    }

    /** A bulk import: the last path segment is {@code import}. */
    static boolean isImport(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.endsWith("/import");
    }

    /** Reads may be sent once more when a pooled connection turned out to be dead (nothing was answered). */
    private void send(RoutingContext rc, Backend backend, RequestOptions options, Buffer body, long timer, int retries) {
        HttpServerRequest req = rc.request();
        String path = req.path();
        backends.http(backend).request(options).onComplete(connected -> {
            if (connected.failed()) {
                if (retries > 0 && !rc.response().ended()) {
                    send(rc, backend, options, body, timer, retries - 1);
                    return;
                }
                rc.vertx().cancelTimer(timer);
                unavailable(rc, backend, connected.cause(), path);
                return;
            }
            rc.response().closeHandler(v -> connected.result().reset());
            var call = body.length() > 0 || req.getHeader("Content-Length") != null
                    ? connected.result().send(body)
                    : connected.result().send();
            call.onComplete(responded -> {
                if (responded.failed()) {
                    boolean timeout = responded.cause().getClass().getSimpleName().contains("Timeout");
                    if (retries > 0 && !timeout && !rc.response().ended()) {
                        send(rc, backend, options, body, timer, retries - 1);
                        return;
                    }
                    rc.vertx().cancelTimer(timer);
                    unavailable(rc, backend, responded.cause(), path);
                    return;
                }
                HttpClientResponse resp = responded.result();
                resp.body().onComplete(read -> {
                    rc.vertx().cancelTimer(timer);
                    if (read.failed()) {
                        unavailable(rc, backend, read.cause(), path);
                    } else {
                        respond(rc, resp, read.result());
                    }
                });
            });
        });
    }

    private void respond(RoutingContext rc, HttpClientResponse resp, Buffer body) {
        HttpServerResponse out = rc.response();
        if (out.ended() || out.closed()) {
            return;
        }
        out.setStatusCode(resp.statusCode());
        if (resp.statusMessage() != null) {
            out.setStatusMessage(resp.statusMessage());
        }
        resp.headers().forEach(h -> {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            if (HOP_BY_HOP.contains(name) || NOT_RETURNED.contains(name)) {
                return;
            }
            if (name.equals("location") || name.equals("content-location")) {
                out.headers().add(h.getKey(), rewriteLocation(rc.request(), h.getValue()));
            } else {
                out.headers().add(h.getKey(), h.getValue());
            }
        });
        out.end(body);
    }

    /** Absolute backend URLs become the same path on the gateway's own address; relative ones stay. */
    static String rewriteLocation(HttpServerRequest req, String location) {
        if (location == null || !(location.startsWith("http://") || location.startsWith("https://"))) {
            return location;
        }
        try {
            URI uri = URI.create(location);
            StringBuilder sb = new StringBuilder(origin(req));
            sb.append(uri.getRawPath() == null ? "" : uri.getRawPath());
            if (uri.getRawQuery() != null) {
                sb.append('?').append(uri.getRawQuery());
            }
            if (uri.getRawFragment() != null) {
                sb.append('#').append(uri.getRawFragment());
            }
            return sb.toString();
        } catch (IllegalArgumentException e) {
            return location;
        }
    }

    /**
     * The gateway's address as the client used it. The HTTP layer resolves scheme and host from the
     * request, or from the X-Forwarded-* headers of a trusted proxy (quarkus.http.proxy.trusted-proxies);
     * anyone else's forwarded headers are ignored.
     */
    public static String origin(HttpServerRequest req) {
        String host = host(req);
        if (host == null) {
            host = req.localAddress().host() + ":" + req.localAddress().port();
        }
        return scheme(req) + "://" + host;
    }

    /** http or https: the resolved scheme, or the connection's own when a proxy reported anything else. */
    static String scheme(HttpServerRequest req) {
        String scheme = req.scheme();
        if ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) {
            return scheme.toLowerCase(Locale.ROOT);
        }
        return req.isSSL() ? "https" : "http";
    }

    /** host[:port] as resolved by the HTTP layer (the Host header, or a trusted proxy's X-Forwarded-Host). */
    static String host(HttpServerRequest req) {
        HostAndPort authority = req.authority();
        if (authority == null || authority.host() == null || authority.host().isEmpty()) {
            return null;
        }
        return authority.port() >= 0 ? authority.host() + ":" + authority.port() : authority.host();
    }

    private void unavailable(RoutingContext rc, Backend backend, Throwable cause, String path) {
        BackendException e = cause instanceof BackendException be ? be : classify(backend, cause);
        LOG.debugf("%s %s: %s", rc.request().method(), path, e.getMessage());
        if (e.timeout()) {
            problem(rc.response(), 504, "/problems/backend-timeout", "Gateway timeout",
                    backend.serviceName() + " did not answer in time", path, backend);
        } else {
            problem(rc.response(), 503, "/problems/backend-unavailable", "Service unavailable",
                    backend.serviceName() + " is not reachable", path, backend);
        }
    }

    private static BackendException classify(Backend backend, Throwable cause) {
        String name = cause.getClass().getSimpleName();
        boolean timeout = name.contains("Timeout");
        return new BackendException(backend, cause.getMessage() == null ? name : cause.getMessage(), timeout);
    }

    static void problem(HttpServerResponse out, int status, String type, String title, String detail, String instance, Backend backend) {
        if (out.ended() || out.closed()) {
            return;
        }
        out.setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.write(new Problem(type, title, status, detail, instance, null,
                        backend == null ? null : backend.serviceName())));
    }
}
