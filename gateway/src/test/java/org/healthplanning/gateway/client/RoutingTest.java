package org.healthplanning.gateway.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.healthplanning.gateway.config.GatewayConfig;
import org.healthplanning.gateway.config.WireMockBackends;
import org.junit.jupiter.api.Test;

/** The proxy's configured routes hold exactly the backends' operations of the published contract, each once. */
@QuarkusTest
@QuarkusTestResource(WireMockBackends.class)
class RoutingTest {
    static final Path CONTRACT = Path.of("..", "contract", "openapi.json");
    /** Served by the gateway itself. */
    static final Set<String> OWN = Set.of("/api/v1/audit", "/api/v1/deletions", "/api/v1/plans/{planCode}/overview", "/api/v1/regions/{code}/dashboard",
            "/problems/{type}");

    @Inject
    GatewayConfig config;

    @Test
    void everyBackendPathOfTheContractHasARouteAndNoRouteIsExtra() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(CONTRACT.toFile());
        Set<String> contract = new TreeSet<>();
        doc.path("paths").fieldNames().forEachRemaining(p -> {
            if (!OWN.contains(p)) {
                contract.add(p);
            }
        });
        Set<String> routed = new TreeSet<>();
        int count = 0;
        for (var routes : config.routes().values()) {
            routes.forEach(r -> routed.add(r.trim()));
            count += routes.size();
        }
        assertEquals(contract, routed);
        assertEquals(routed.size(), count, "no operation is routed twice");
        assertEquals(Set.of("indicator-service", "project-service", "facility-service"), config.routes().keySet());
    }
}
