package org.healthplanning.gateway.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.healthplanning.gateway.config.GatewayConfig;
import org.healthplanning.gateway.config.WireMockBackends;
import org.junit.jupiter.api.Test;

/** Each backend's routes are exactly the paths of its published document (contract/backends/), each once. */
@QuarkusTest
@QuarkusTestResource(WireMockBackends.class)
class RoutingTest {
    /** Served by the gateway itself. */
    static final Set<String> OWN = Set.of("/api/v1/audit", "/api/v1/deletions");

    @Inject
    GatewayConfig config;

    @Test
    void everyPublishedBackendPathHasARouteToItsOwnerAndNoRouteIsExtra() throws Exception {
        int count = 0;
        for (String service : List.of("indicator-service", "project-service", "facility-service")) {
            JsonNode doc;
            try (var in = getClass().getClassLoader().getResourceAsStream("META-INF/backend-openapi/" + service + ".json")) {
                doc = new ObjectMapper().readTree(in);
            }
            Set<String> published = new TreeSet<>();
            doc.path("paths").fieldNames().forEachRemaining(p -> {
                if (!OWN.contains(p)) {
                    published.add(p);
                }
            });
            Set<String> routed = new TreeSet<>();
            config.routes().get(service).forEach(r -> routed.add(r.trim()));
            count += config.routes().get(service).size();
            assertEquals(published, routed, service);
        }
        assertEquals(count, config.routes().values().stream().flatMap(List::stream).distinct().count(), "no path is routed twice");
        assertEquals(Set.of("indicator-service", "project-service", "facility-service"), config.routes().keySet());
    }
}
