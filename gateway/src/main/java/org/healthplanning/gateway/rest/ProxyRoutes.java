package org.healthplanning.gateway.rest;

import io.smallrye.mutiny.Uni;
import io.smallrye.stork.Stork;
import io.smallrye.stork.api.Service;
import io.smallrye.stork.api.ServiceInstance;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.healthplanning.gateway.config.GatewayConfig;
import org.healthplanning.http.HttpProblems;
import org.healthplanning.http.Problem;
import org.jboss.logging.Logger;

/**
 * Passes every backend operation of the public API through, streaming: the Vert.x HTTP proxy's
 * {@link ProxyRequest}/{@link ProxyResponse} carry method, path, query, headers and body to an
 * instance of the owning backend (chosen by SmallRye Stork among the instances
 * configured for it) and its status, headers and body back, with {@code Location} pointing at the
 * gateway. The operations and their owners are configuration ({@code gateway.routes.<service>});
 * one route per operation, so that metrics name the operation's template. An instance that refuses
 * the connection is skipped for the next one; no instance reachable is a 503 problem naming the
 * backend, no answer within {@code gateway.proxy-timeout} ({@code gateway.import-timeout} for a bulk
 * import) a 504.
 */
@ApplicationScoped
public class ProxyRoutes {
    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);
    /** Runs before the REST layer, which serves the gateway's own operations. */
    static final int ORDER = 1_000;
    /** A client's forwarded headers are never passed on (the gateway sends its own view); backends are asked for plain bodies. */
    private static final Set<String> NOT_FORWARDED = Set.of("accept-encoding", "forwarded", "x-real-ip", "x-forwarded-for",
            "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-forwarded-prefix", "x-forwarded-server");
    /** No server banner leaves the gateway; CORS answers are the gateway's own (quarkus.http.cors.*). */
    private static final Set<String> NOT_RETURNED = Set.of("server", "x-powered-by", "access-control-allow-origin",
            "access-control-allow-credentials", "access-control-allow-methods", "access-control-allow-headers",
            "access-control-expose-headers", "access-control-max-age");

    @Inject
    GatewayConfig config;

    @Inject
    HttpProblems problems;

    private HttpClient client;

    /**
     * Each backend's instances as Stork lists them, asked again at most once a second: Stork's static list
     * parses its address list on every call, which cost about 6 % of the gateway's CPU per proxied request.
     */
    private final Map<String, Uni<List<ServiceInstance>>> instances = new ConcurrentHashMap<>();

    /** The configured operations as router paths, fewer parameters first ({@code /facilities/export} before {@code /facilities/:code}). */
    void register(@Observes Router router, Vertx vertx) {
        client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true)
                        .setConnectTimeout((int) Math.max(1, config.timeout().toMillis())).setKeepAliveTimeout(30).setName("gateway-proxy"),
                new PoolOptions().setHttp1MaxSize(config.poolSize()));
        record Route(String path, String service) {
        }
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : config.routes().entrySet()) {
            e.getValue().forEach(template -> routes.add(new Route(template.trim().replaceAll("\\{([A-Za-z0-9_]+)}", ":$1"), e.getKey())));
        }
        routes.sort(Comparator.comparingLong(r -> r.path().chars().filter(c -> c == ':').count()));
        routes.forEach(r -> router.route(r.path()).order(ORDER).handler(rc -> forward(rc, r.service())));
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }

    void forward(RoutingContext rc, String service) {
        HttpServerRequest req = rc.request();
        ProxyRequest proxied = ProxyRequest.reverseProxy(req);
        MultiMap headers = proxied.headers();
        NOT_FORWARDED.forEach(headers::remove);
        // the address the client used (or a trusted proxy's report of it): backends build Location from these
        String host = host(req);
        if (host != null) {
            headers.set("X-Forwarded-Host", host);
        }
        headers.set("X-Forwarded-Proto", scheme(req));
        if (req.remoteAddress() != null && req.remoteAddress().hostAddress() != null) {
            headers.set("X-Forwarded-For", req.remoteAddress().hostAddress());
        }
        if (rc.body().available()) {
            // a chunked body, read up to the limit by http-platform's BodyLimit: it goes on as it was read
            proxied.setBody(Body.body(rc.body().buffer() == null ? Buffer.buffer() : rc.body().buffer()));
        }
        Duration timeout = isImport(req.path()) ? config.importTimeout() : config.proxyTimeout();
        long timer = rc.vertx().setTimer(timeout.toMillis(), id -> unavailable(rc, service, true));
        String uri = originForm(req.uri());
        Service backend = Stork.getInstance().getService(service);
        Uni<List<ServiceInstance>> known = instances.computeIfAbsent(service,
                s -> backend.getInstances().memoize().atLeast(Duration.ofSeconds(1)));
        Future.fromCompletionStage(known.subscribeAsCompletionStage())
                .compose(list -> attempt(rc, proxied, backend, timeout, new ArrayList<>(list), uri, timer, false))
                .onFailure(t -> {
                    rc.vertx().cancelTimer(timer);
                    LOG.debugf("%s %s via %s: %s", req.method(), req.path(), service, t);
                    unavailable(rc, service, t.getClass().getSimpleName().contains("Timeout"));
                });
    }

    private record Origin(HttpClientRequest request, String basePath, ServiceInstance instance) {
    }

    /**
     * Sends the request to an instance and passes its answer on. A read (GET, HEAD: no body to send again)
     * that fails before any answer, as on a kept-alive connection to an instance that has just gone or that
     * the instance has just closed, is sent to the next instance; failing on the last one, to that one once
     * more, over a new connection.
     */
    private Future<Void> attempt(RoutingContext rc, ProxyRequest proxied, Service backend, Duration timeout,
                                 List<ServiceInstance> candidates, String uri, long timer, boolean resentToLast) {
        return connect(backend, timeout, candidates).compose(origin -> {
            origin.request().setURI(origin.basePath() + uri);
            rc.response().closeHandler(v -> origin.request().reset());
            return proxied.send(origin.request()).transform(sent -> {
                if (sent.failed()) {
                    origin.instance().recordEnd(sent.cause());
                    boolean read = rc.request().method() == HttpMethod.GET || rc.request().method() == HttpMethod.HEAD;
                    boolean removed = candidates.removeIf(c -> c.getId() == origin.instance().getId());
                    boolean again = removed && candidates.isEmpty() && !resentToLast;
                    if (read && !rc.response().headWritten() && removed && (again || !candidates.isEmpty())) {
                        if (again) {
                            candidates.add(origin.instance());
                        }
                        proxied.setBody(Body.body(Buffer.buffer()));
                        return attempt(rc, proxied, backend, timeout, candidates, uri, timer, resentToLast || again);
                    }
                    return Future.failedFuture(sent.cause());
                }
                origin.instance().recordReply();
                rc.vertx().cancelTimer(timer);
                return respond(rc, sent.result()).onComplete(done -> origin.instance().recordEnd(done.cause()));
            });
        });
    }

    /**
     * A connection to an instance of the backend, chosen by its Stork load balancer (which hears how each
     * call went); an instance that cannot be reached is left out and the next one tried.
     */
    private Future<Origin> connect(Service backend, Duration timeout, List<ServiceInstance> candidates) {
        ServiceInstance instance = backend.selectInstanceAndRecordStart(candidates, true);
        return client.request(new RequestOptions().setHost(instance.getHost()).setPort(instance.getPort())
                        .setSsl(instance.isSecure()).setIdleTimeout(timeout.toMillis()))
                .map(request -> new Origin(request, basePath(instance), instance))
                .recover(t -> {
                    instance.recordEnd(t);
                    // the load balancer may hand out its own view of an instance: leave it out by id
                    if (!candidates.removeIf(c -> c.getId() == instance.getId())) {
                        return Future.failedFuture(t);
                    }
                    return candidates.isEmpty() ? Future.failedFuture(t) : connect(backend, timeout, candidates);
                });
    }

    private Future<Void> respond(RoutingContext rc, ProxyResponse answer) {
        HttpServerResponse out = rc.response();
        if (out.ended() || out.closed()) {
            answer.release();
            return Future.succeededFuture();
        }
        MultiMap headers = answer.headers();
        NOT_RETURNED.forEach(headers::remove);
        for (String name : List.of("Location", "Content-Location")) {
            String value = headers.get(name);
            if (value != null) {
                headers.set(name, rewriteLocation(rc.request(), value));
            }
        }
        return answer.send();
    }

    /** A bulk import: the last path segment is {@code import}. */
    static boolean isImport(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.endsWith("/import");
    }

    /** Absolute backend URLs become the same path on the gateway's own address; relative ones stay. */
    static String rewriteLocation(HttpServerRequest req, String location) {
        if (!(location.startsWith("http://") || location.startsWith("https://"))) {
            return location;
        }
        try {
            URI uri = URI.create(location);
            return origin(req) + (uri.getRawPath() == null ? "" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
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

    private static String originForm(String uri) {
        if (uri.startsWith("http://") || uri.startsWith("https://")) {
            URI parsed = URI.create(uri);
            return parsed.getRawPath() + (parsed.getRawQuery() == null ? "" : "?" + parsed.getRawQuery());
        }
        return uri;
    }

    private static String basePath(ServiceInstance instance) {
        String path = instance.getPath().orElse("");
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private void unavailable(RoutingContext rc, String service, boolean timeout) {
        String path = rc.request().path();
        problems.send(rc.response(), timeout
                ? new Problem("/problems/backend-timeout", "Gateway timeout", 504, service + " did not answer in time", path, null,
                        Map.of("backend", service))
                : new Problem("/problems/backend-unavailable", "Service unavailable", 503, service + " is not reachable", path, null,
                        Map.of("backend", service)));
    }
}
