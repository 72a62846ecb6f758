package org.healthplanning.gateway.client;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.healthplanning.gateway.config.GatewayConfig;

/**
 * Non-blocking HTTP clients for the three backends (Vert.x, pooled keep-alive connections) and
 * the resilient read used by the aggregated views: a timeout per call, retries for connection
 * failures and 5xx (GETs only, never after a timeout), and a circuit breaker per backend.
 */
@ApplicationScoped
public class BackendClient {

    @Inject
    Vertx vertx;

    @Inject
    GatewayConfig config;

    private final Map<Backend, HttpClient> clients = new EnumMap<>(Backend.class);
    private final Map<Backend, CircuitBreaker> breakers = new EnumMap<>(Backend.class);
    private final Map<Backend, String> basePaths = new EnumMap<>(Backend.class);

    @PostConstruct
    void init() {
        for (Backend b : Backend.values()) {
            URI uri = URI.create(url(b));
            boolean ssl = "https".equalsIgnoreCase(uri.getScheme());
            int port = uri.getPort() > 0 ? uri.getPort() : (ssl ? 443 : 80);
            HttpClientOptions options = new HttpClientOptions()
                    .setDefaultHost(uri.getHost())
                    .setDefaultPort(port)
                    .setSsl(ssl)
                    .setKeepAlive(true)
                    .setTcpNoDelay(true)
                    .setConnectTimeout((int) Math.max(1, config.timeout().toMillis()))
                    .setKeepAliveTimeout(30)
                    .setName("gateway-" + b.serviceName());
            // A pooled connection that a backend resets is answered as a failed call (503 or a degraded view);
            // the handler keeps Vert.x from also logging it as an unhandled ERROR.
            clients.put(b, vertx.httpClientBuilder().with(options).with(new PoolOptions().setHttp1MaxSize(config.poolSize()))
                    .withConnectHandler(c -> c.exceptionHandler(e -> org.jboss.logging.Logger.getLogger(BackendClient.class)
                            .debugf("%s connection: %s", b, e)))
                    .build());
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            basePaths.put(b, path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
            breakers.put(b, new CircuitBreaker(config.breaker().failureThreshold(), config.breaker().openDuration()));
        }
    }

    @PreDestroy
    void close() {
        clients.values().forEach(HttpClient::close);
    }

    public String url(Backend b) {
        return switch (b) {
            case INDICATOR -> config.backend().indicator().url();
            case PROJECT -> config.backend().project().url();
            case FACILITY -> config.backend().facility().url();
        };
    }

    /** The pooled client of a backend, for the pass-through routes. */
    public HttpClient http(Backend b) {
        return clients.get(b);
    }

    /** The backend's request URI for a public path and query. */
    public String requestUri(Backend b, String pathAndQuery) {
        return basePaths.get(b) + pathAndQuery;
    }

    public CircuitBreaker breaker(Backend b) {
        return breakers.get(b);
    }

    /** Closes every circuit again. */
    public void resetBreakers() {
        breakers.values().forEach(CircuitBreaker::reset);
    }

    /**
     * GET a backend path. Answers below 500 (404 included) are items and count as the backend
     * being alive; anything else fails with a {@link BackendException}.
     */
    public Uni<BackendReply> read(Backend b, String pathAndQuery) {
        return read(b, pathAndQuery, null);
    }

    /** As {@link #read(Backend, String)}, sending the caller's {@code Authorization} header along (when not null). */
    public Uni<BackendReply> read(Backend b, String pathAndQuery, String authorization) {
        CircuitBreaker breaker = breakers.get(b);
        return Uni.createFrom().deferred(() -> {
            if (!breaker.tryAcquire()) {
                return Uni.createFrom().<BackendReply>failure(new BackendException(b, "is unavailable (circuit open)", false));
            }
            return once(b, pathAndQuery, authorization)
                    .onFailure(t -> !(t instanceof BackendException be && be.timeout())).retry().atMost(config.retries())
                    .onItem().invoke(r -> breaker.onSuccess())
                    .onFailure().invoke(t -> breaker.onFailure());
        });
    }

    private Uni<BackendReply> once(Backend b, String pathAndQuery, String authorization) {
        long timeoutMs = Math.max(1, config.timeout().toMillis());
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setURI(requestUri(b, pathAndQuery))
                .putHeader("Accept", "application/json")
                .setIdleTimeout(timeoutMs);
        if (authorization != null) {
            options.putHeader("Authorization", authorization);
        }
        return Uni.createFrom().<BackendReply>emitter(em -> clients.get(b)
                        .request(options)
                        .compose(req -> {
                            // a reset answered through the future (503 or a degraded view), not logged by Vert.x as ERROR
                            req.exceptionHandler(e -> { });
                            return req.send().compose(resp -> resp.body().map(body -> new BackendReply(resp.statusCode(), body)));
                        })
                        .onComplete(ar -> {
                            if (ar.failed()) {
                                em.fail(classify(b, ar.cause()));
                            } else if (ar.result().status() >= 500) {
                                em.fail(new BackendException(b, "answered " + ar.result().status(), false));
                            } else {
                                em.complete(ar.result());
                            }
                        }))
                .ifNoItem().after(config.timeout())
                .failWith(() -> new BackendException(b, "did not answer within " + timeoutMs + " ms", true));
    }

    static BackendException classify(Backend b, Throwable t) {
        if (t instanceof BackendException be) {
            return be;
        }
        boolean timeout = t instanceof TimeoutException
                || t instanceof io.netty.channel.ConnectTimeoutException
                || (t.getClass().getSimpleName().contains("Timeout"));
        return new BackendException(b, timeout ? "did not answer in time" : "is not reachable (" + t.getClass().getSimpleName() + ")", timeout);
    }
}
