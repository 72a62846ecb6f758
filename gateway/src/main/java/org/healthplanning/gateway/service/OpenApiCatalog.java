package org.healthplanning.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.healthplanning.gateway.client.Backend;
import org.healthplanning.gateway.client.Backends;
import org.healthplanning.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

/**
 * The backends' OpenAPI documents, fetched from their {@code /q/openapi?format=json} and kept:
 * a document older than {@code gateway.openapi.refresh} is fetched again when the merged document
 * is asked for; a backend that does not answer leaves its last known document in place.
 */
@ApplicationScoped
public class OpenApiCatalog {
    private static final Logger LOG = Logger.getLogger(OpenApiCatalog.class);
    static final String OWN_PATH = "/q/openapi-gateway";

    record Known(JsonNode document, Instant fetchedAt, Instant triedAt, String lastError) {
    }

    @Inject
    Backends backends;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    @Inject
    GatewayConfig config;

    @Inject
    Vertx vertx;

    @ConfigProperty(name = "quarkus.smallrye-openapi.info-version", defaultValue = "1.0.0")
    String version;

    private final Map<Backend, Known> known = new EnumMap<>(Backend.class);
    private volatile JsonNode own;
    private HttpClient self;

    @PostConstruct
    void init() {
        self = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true)
                .setConnectTimeout((int) Math.max(1, config.timeout().toMillis())));
    }

    void prefetch(@Observes StartupEvent event) {
        refreshStale().subscribe().with(x -> { }, t -> LOG.debug("OpenAPI prefetch failed", t));
    }

    /** The merged document for a gateway reached at {@code serverUrl}; {@code ownPort} serves the gateway's own. */
    public Uni<ObjectNode> merged(String serverUrl, int ownPort) {
        return Uni.combine().all().unis(ownDocument(ownPort), refreshStale()).asTuple().map(t -> merge(serverUrl));
    }

    ObjectNode merge(String serverUrl) {
        String description = "One base URL for the district health planning suite (区县卫生健康规划): the gateway's own "
                + "views (plan overview, region dashboard), the merged audit trail and the problem type pages, and every "
                + "operation of indicator-service (indicators, plans, evaluation), project-service (capital projects in "
                + "万元, ㎡ and 亩) and facility-service (regions, facilities, resource ratios per 1000 residents), under the "
                + "same paths. Reads are public; writes and the audit trail need a bearer JWT.";
        OpenApiMerger merger = new OpenApiMerger("District health planning suite", version, description, serverUrl);
        List<String> missing = new ArrayList<>();
        synchronized (known) {
            merger.addGateway(own);
            for (Backend b : Backend.values()) {
                Known k = known.get(b);
                if (k != null && k.document() != null) {
                    merger.add(b.serviceName(), k.document());
                } else {
                    missing.add(b.serviceName());
                }
            }
        }
        if (!missing.isEmpty()) {
            // the state of the backends is told by /q/health, not by the published document
            LOG.debugf("The merged OpenAPI document lacks %s (not yet fetched)", missing);
        }
        return merger.result();
    }

    /** Fetches every backend document that is missing, never fetched or older than the refresh interval, in parallel. */
    Uni<Void> refreshStale() {
        Instant now = Instant.now();
        List<Uni<Void>> fetches = new ArrayList<>();
        for (Backend b : Backend.values()) {
            Known k;
            synchronized (known) {
                k = known.get(b);
            }
            // a backend whose document was never fetched (e.g. it was still starting) is asked again at once
            if (k == null || k.document() == null || k.triedAt().plus(config.openapi().refresh()).isBefore(now)
                    || config.openapi().refresh().isZero()) {
                fetches.add(fetch(b));
            }
        }
        if (fetches.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(fetches).andCollectFailures().replaceWithVoid().onFailure().recoverWithNull();
    }

    private Uni<Void> fetch(Backend b) {
        return backends.of(b).openApi("json")
                .map(text -> {
                    JsonNode doc = parse(text);
                    record(b, doc, doc == null ? "answered no OpenAPI document" : null);
                    return (Void) null;
                })
                .onFailure().recoverWithItem(t -> {
                    record(b, null, t.getMessage());
                    return null;
                });
    }

    private JsonNode parse(String text) {
        try {
            JsonNode doc = text == null ? null : mapper.readTree(text);
            return doc != null && doc.has("paths") ? doc : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private void record(Backend b, JsonNode doc, String error) {
        Instant now = Instant.now();
        synchronized (known) {
            Known previous = known.get(b);
            if (doc != null) {
                known.put(b, new Known(doc, now, now, null));
            } else {
                known.put(b, new Known(previous == null ? null : previous.document(),
                        previous == null ? null : previous.fetchedAt(), now, error));
            }
        }
    }

    private Uni<JsonNode> ownDocument(int port) {
        if (own != null) {
            return Uni.createFrom().item(own);
        }
        return Uni.createFrom().<JsonNode>emitter(em -> self.request(new RequestOptions().setMethod(HttpMethod.GET)
                        .setHost("127.0.0.1").setPort(port).setURI(OWN_PATH + "?format=json"))
                .compose(req -> req.send().compose(resp -> resp.body()))
                .onComplete(ar -> {
                    if (ar.failed()) {
                        em.fail(ar.cause());
                        return;
                    }
                    try {
                        JsonNode doc = mapper.readTree(ar.result().getBytes());
                        own = doc;
                        em.complete(doc);
                    } catch (Exception e) {
                        em.fail(e);
                    }
                }))
                .onFailure().recoverWithItem(t -> {
                    LOG.warn("The gateway's own OpenAPI document could not be read: " + t.getMessage());
                    return null;
                });
    }
}
