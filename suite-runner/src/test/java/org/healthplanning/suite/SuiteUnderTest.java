package org.healthplanning.suite;

import com.fasterxml.jackson.databind.JsonNode;
import org.healthplanning.suite.Http.Reply;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The suite started in the test JVM (the services' built jars, one embedded PostgreSQL, the demo data
 * loaded through the gateway) on free ports, with {@link Http} requests that send the development admin
 * token, and the demo keys that fill the contract's path templates.
 */
final class SuiteUnderTest implements AutoCloseable {

    final Suite suite;
    final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    final String token;
    /** Requests to any full URL of the suite, as the administrator. */
    final Http http;

    private SuiteUnderTest(Suite suite) {
        this.suite = suite;
        suite.services().forEach(s -> services.put(s.name(), s));
        this.token = RunningSuite.token().orElse(null);
        this.http = new Http("", token, Duration.ofSeconds(60));
    }

    /** Starts a fresh suite for a test class (see {@link SuiteForTests}). */
    static SuiteUnderTest start(String name) throws Exception {
        return new SuiteUnderTest(SuiteForTests.start(name));
    }

    @Override
    public void close() {
        suite.close();
    }

    List<ServiceProcess> backends() {
        return List.of(services.get("indicator-service"), services.get("project-service"), services.get("facility-service"));
    }

    String gateway(String path) {
        return suite.gatewayUrl() + path;
    }

    Reply get(String url) {
        return http.get(url);
    }

    Reply put(String path, String body) {
        return http.put(gateway(path), body, null);
    }

    Reply post(String path, String body) {
        return http.post(gateway(path), body);
    }

    /** Any request with an optional body; the URL is used as it is (already encoded). */
    Reply send(String method, String url, String contentType, String body) {
        return http.send(method, url, contentType, body, null);
    }

    /**
     * A path of the contract with its parameters filled from the demo data (or, for {@code missing},
     * with keys that do not exist), or empty when there is nothing to fill it with.
     */
    Optional<String> concrete(String template, boolean missing) throws Exception {
        if (missing) {
            String path = template.replace("{planCode}", "no-such-plan").replace("{code}", "no-such-code")
                    .replace("{id}", "999999999").replace("{year}", "2099");
            return path.contains("{") || path.contains("/admin/") || path.startsWith("/api/v1/audit") ? Optional.empty() : Optional.of(path);
        }
        String path = template
                .replace("{planCode}", "tongliang-14th")
                .replace("{year}", "2020");
        if (path.startsWith("/api/v1/indicator-definitions/")) {
            path = path.replace("{code}", "LIFE_EXPECTANCY");
        } else if (path.startsWith("/api/v1/regions/")) {
            path = path.replace("{code}", "500151");
        } else if (path.startsWith("/api/v1/facilities/")) {
            path = path.replace("{code}", "tl-people-hospital");
        } else if (path.startsWith("/api/v1/standards/")) {
            path = path.replace("{code}", get(gateway("/api/v1/standards?size=1&sort=code")).json().path("items").path(0).path("code").asText());
        } else if (path.startsWith("/api/v1/projects/")) {
            path = path.replace("{id}", get(gateway("/api/v1/projects?planCode=tongliang-14th&size=1")).json()
                    .path("items").path(0).path("id").asText());
        } else if (path.startsWith("/api/v1/plans/tongliang-14th/indicators/")) {
            path = path.replace("{id}", Long.toString(indicatorId("人均预期寿命")));
        }
        // the audit trail is each backend's own; the gateway's /api/v1/audit merges all three
        return path.contains("{") || path.contains("/admin/") || path.startsWith("/api/v1/audit") ? Optional.empty() : Optional.of(path);
    }

    long indicatorId(String name) throws Exception {
        for (JsonNode row : get(gateway("/api/v1/plans/tongliang-14th/indicators?size=100")).json().path("items")) {
            if (name.equals(row.path("name").asText())) {
                return row.path("id").asLong();
            }
        }
        throw new AssertionError("no row " + name);
    }
}
