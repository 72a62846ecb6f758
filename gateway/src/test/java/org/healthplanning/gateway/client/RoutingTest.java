package org.healthplanning.gateway.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.healthplanning.gateway.config.Json;
import org.junit.jupiter.api.Test;

/** The proxy's route table holds exactly the backends' operations of the published contract, each routed to its owner. */
class RoutingTest {
    static final Path CONTRACT = Path.of("..", "contract", "openapi.json");
    /** Served by the gateway itself. */
    static final Set<String> OWN = Set.of("/api/v1/audit", "/api/v1/deletions", "/api/v1/plans/{planCode}/overview", "/api/v1/regions/{code}/dashboard",
            "/problems/{type}");

    @Test
    void everyBackendPathOfTheContractHasARouteAndNoRouteIsExtra() throws Exception {
        JsonNode doc = Json.MAPPER.readTree(CONTRACT.toFile());
        Set<String> contract = new TreeSet<>();
        doc.path("paths").fieldNames().forEachRemaining(p -> {
            if (!OWN.contains(p)) {
                contract.add(p);
            }
        });
        assertEquals(contract, new TreeSet<>(Routing.TEMPLATES));
        for (String template : Routing.TEMPLATES) {
            assertNotNull(Routing.backendFor(template.replaceAll("\\{[^}]+}", "x1")), template);
        }
    }

    @Test
    void literalPathsAreTriedBeforeParametersInTheSamePlace() {
        List<String> paths = Routing.routerPaths();
        assertEquals(Routing.TEMPLATES.size(), paths.size());
        assertEquals(true, paths.indexOf("/api/v1/facilities/export") < paths.indexOf("/api/v1/facilities/:code"));
        assertEquals(true, paths.indexOf("/api/v1/plans/:planCode/indicators/export") < paths.indexOf("/api/v1/plans/:planCode/indicators/:id"));
        assertEquals(true, paths.contains("/api/v1/plans/:planCode/indicators/:id/values/:year"));
    }
}
