package org.healthplanning.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.smallrye.stork.Stork;
import io.smallrye.stork.api.ServiceInstance;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.http.HttpClient;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.healthplanning.gateway.client.Backend;
import org.healthplanning.gateway.config.GatewayConfig;

/**
 * Informational readiness check "backends": the state of each backend ({@code up} or
 * {@code down (...)}, from the {@code /q/health/ready} of every instance SmallRye Stork knows for it,
 * the instances the views and the proxy use) as data. The check itself is always UP: a backend that
 * is down degrades the views that need it, but the gateway still routes to the others, so it must
 * stay ready (and live) for them.
 */
@Readiness
@ApplicationScoped
public class BackendsHealthCheck implements AsyncHealthCheck {
    static final String NAME = "backends";

    @Inject
    GatewayConfig config;

    @Inject
    Vertx vertx;

    private HttpClient client;

    @PostConstruct
    void open() {
        client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) config.timeout().toMillis())
                .setName("gateway-health"));
    }

    @PreDestroy
    void close() {
        client.closeAndForget();
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Uni<String>> states = Arrays.stream(Backend.values()).map(b -> state(b.serviceName())).toList();
        return Uni.join().all(states).andFailFast().map(each -> {
            HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
            for (int i = 0; i < each.size(); i++) {
                response.withData(Backend.values()[i].serviceName(), each.get(i));
            }
            return response.withData("backendsUp", each.stream().filter("up"::equals).count())
                    .withData("backendsTotal", each.size()).build();
        });
    }

    /** A backend's state: "up" when every instance is ready, else each instance's state. */
    private Uni<String> state(String service) {
        return Stork.getInstance().getService(service).getInstances().chain(instances -> {
            if (instances.isEmpty()) {
                return Uni.createFrom().item("down (no instance)");
            }
            return Uni.join().all(instances.stream().map(this::ready).toList()).andFailFast().map(each -> {
                if (each.size() == 1 || each.stream().allMatch("up"::equals)) {
                    return each.get(0);
                }
                List<String> named = new ArrayList<>();
                for (int i = 0; i < each.size(); i++) {
                    named.add(instances.get(i).getHost() + ":" + instances.get(i).getPort() + " " + each.get(i));
                }
                return String.join("; ", named);
            });
        }).onFailure().recoverWithItem(t -> "down (" + describe(t) + ")");
    }

    private Uni<String> ready(ServiceInstance instance) {
        Duration timeout = config.timeout();
        String base = instance.getPath().orElse("").replaceAll("/$", "");
        return client.request(new RequestOptions().setMethod(HttpMethod.GET).setHost(instance.getHost()).setPort(instance.getPort())
                        .setSsl(instance.isSecure()).setURI(base + "/q/health/ready").setIdleTimeout(timeout.toMillis())
                        .putHeader("Accept", "application/json"))
                .chain(request -> request.send())
                .call(response -> response.body())
                .map(response -> response.statusCode() == 200 ? "up" : "down (status " + response.statusCode() + ")")
                .ifNoItem().after(timeout).failWith(() -> new java.util.concurrent.TimeoutException("no answer in time"))
                .onFailure().recoverWithItem(t -> "down (" + describe(t) + ")");
    }

    private static String describe(Throwable t) {
        if (t instanceof java.util.concurrent.TimeoutException) {
            return t.getMessage();
        }
        if (t instanceof java.net.ConnectException || t.getCause() instanceof java.net.ConnectException) {
            return "connection refused";
        }
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
