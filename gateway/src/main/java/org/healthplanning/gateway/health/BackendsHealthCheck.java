package org.healthplanning.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.healthplanning.gateway.config.GatewayConfig;

/**
 * Informational readiness check "backends": the state of each backend ({@code up} or
 * {@code down (...)}, from its own {@code /q/health/ready}) as data. The check itself is always UP:
 * a backend that is down degrades the views that need it, but the gateway still routes to the
 * others, so it must stay ready (and live) for them.
 */
@Readiness
@ApplicationScoped
public class BackendsHealthCheck implements HealthCheck {
    static final String NAME = "backends";

    @Inject
    GatewayConfig config;

    private volatile HttpClient http;

    @Override
    public HealthCheckResponse call() {
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("indicator-service", config.backend().indicator().url());
        urls.put("project-service", config.backend().project().url());
        urls.put("facility-service", config.backend().facility().url());
        Duration timeout = config.timeout();
        Map<String, CompletableFuture<String>> states = new LinkedHashMap<>();
        urls.forEach((name, url) -> states.put(name, state(url, timeout)));
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        int up = 0;
        for (Map.Entry<String, CompletableFuture<String>> s : states.entrySet()) {
            String state;
            try {
                state = s.getValue().get(timeout.toMillis() + 500, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                state = "down (no answer within " + timeout.toMillis() + " ms)";
            }
            if ("up".equals(state)) {
                up++;
            }
            response.withData(s.getKey(), state);
        }
        return response.withData("backendsUp", up).withData("backendsTotal", urls.size()).build();
    }

    /** A backend's state: "up" when every instance is ready, else each instance's state. */
    private CompletableFuture<String> state(String urls, Duration timeout) {
        String[] instances = urls.split(",");
        if (instances.length == 1) {
            return instanceState(instances[0].trim(), timeout);
        }
        java.util.List<CompletableFuture<String>> states = new java.util.ArrayList<>();
        for (String url : instances) {
            states.add(instanceState(url.trim(), timeout).thenApply(st -> url.trim() + " " + st));
        }
        return CompletableFuture.allOf(states.toArray(CompletableFuture[]::new)).thenApply(v -> {
            java.util.List<String> each = states.stream().map(CompletableFuture::join).toList();
            return each.stream().allMatch(st -> st.endsWith(" up")) ? "up" : String.join("; ", each);
        });
    }

    private CompletableFuture<String> instanceState(String baseUrl, Duration timeout) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(strip(baseUrl) + "/q/health/ready"))
                    .timeout(timeout).header("Accept", "application/json").GET().build();
            return client(timeout).sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .thenApply(r -> r.statusCode() == 200 ? "up" : "down (status " + r.statusCode() + ")")
                    .exceptionally(e -> "down (" + describe(e) + ")");
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture("down (" + describe(e) + ")");
        }
    }

    private HttpClient client(Duration timeout) {
        HttpClient c = http;
        if (c == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
                }
                c = http;
            }
        }
        return c;
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String describe(Throwable e) {
        Throwable t = e;
        while ((t instanceof java.util.concurrent.CompletionException || t instanceof java.util.concurrent.ExecutionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof java.net.http.HttpTimeoutException) {
            return "no answer in time";
        }
        if (t instanceof java.net.ConnectException) {
            return "connection refused";
        }
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
