package org.healthplanning.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gateway's link to the backends, against the real services (built jars, demo data):
 * <ul>
 * <li>a consumer-driven contract test: every call of the gateway's typed clients
 * ({@code org.healthplanning.gateway.client.*Client}, read from its compiled classes) is made against
 * the backend that owns it, and the real answer must fit the declared return type, whose
 * {@code required} properties are what the gateway reads (a backend that renames or drops one fails
 * the build here, not the overview at run time), and written back out it must be the answer unchanged
 * (what a view passes on is the backend's answer whole);</li>
 * <li>client-side load balancing: a second instance of facility-service behind a second gateway, both
 * instances serving, then one killed, and every answer still whole.</li>
 * </ul>
 */
class GatewayLinkIT {
    private static final List<String> CLIENTS = List.of("IndicatorClient", "ProjectClient", "FacilityClient");
    private static final Map<String, String> OWNER = Map.of("IndicatorClient", "indicator-service",
            "ProjectClient", "project-service", "FacilityClient", "facility-service");
    /**
     * Values for the clients' parameters, from the demo data; a parameter not named here is left out, and so
     * are the audit trail's from/to (instants there, years for the ratio series).
     */
    private static final Map<String, String> SAMPLE = Map.ofEntries(Map.entry("planCode", "tongliang-14th"),
            Map.entry("code", "500151"), Map.entry("regionCode", "500151"), Map.entry("year", "2023"),
            Map.entry("periodStart", "2021"), Map.entry("periodEnd", "2025"), Map.entry("activeInYear", "2023"),
            Map.entry("from", "2015"), Map.entry("to", "2025"), Map.entry("size", "500"), Map.entry("page", "0"),
            Map.entry("approvedOnly", "true"), Map.entry("format", "json"));

    /** Answers the gateway only reads, never passes on (only what it reads is kept): none at present. */
    private static final java.util.Set<String> READ_ONLY = java.util.Set.of();

    private static final HttpClient DIRECT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static SuiteUnderTest sut;
    /**
     * The gateway's reading and writing of JSON, as its ObjectMapper is configured: decimals exact
     * (config.ExactJson), properties a type does not declare skipped (Quarkus' default).
     */
    private static final ObjectMapper GATEWAY_JSON = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    @BeforeAll
    static void startSuite() throws Exception {
        sut = SuiteUnderTest.start("gateway-link");
        // the demo carries no population or yearly resources: a year with both, so that the region has ratios
        assertTrue(sut.put("/api/v1/regions/500151/population/2023",
                "{\"year\": 2023, \"residents\": 685000, \"projected\": false, \"source\": \"link test\"}").status() < 300);
        Http.Reply imported = sut.post("/api/v1/facilities/import", """
                [{"code": "link-hospital", "name": "铜梁区 link 医院", "regionCode": "500151", "type": "GENERAL_HOSPITAL",
                  "ownership": "PUBLIC", "resources": [{"year": 2023, "beds": 2400, "licensedDoctors": 1500, "registeredNurses": 1700}]}]""");
        assertEquals(200, imported.status(), imported.body());
    }

    @AfterAll
    static void stopSuite() {
        if (sut != null) {
            sut.close();
        }
    }

    @Test
    void everyCallOfTheGatewaysTypedClientsFitsTheBackendsRealAnswers() throws Exception {
        List<String> checked = new ArrayList<>();
        for (String client : CLIENTS) {
            Class<?> api = Class.forName("org.healthplanning.gateway.client." + client);
            ServiceProcess backend = sut.services.get(OWNER.get(client));
            for (Method m : api.getMethods()) {
                if (m.getAnnotation(GET.class) == null) {
                    continue;
                }
                String url = backend.baseUrl() + call(m);
                HttpResponse<String> reply = backendGet(url);
                assertEquals(200, reply.statusCode(), client + "." + m.getName() + " GET " + url + ": " + reply.body());
                Type answer = ((ParameterizedType) m.getGenericReturnType()).getActualTypeArguments()[0];
                if (answer == String.class) {
                    assertTrue(GATEWAY_JSON.readTree(reply.body()).has("paths"), client + "." + m.getName() + " answers an OpenAPI document");
                } else {
                    Object value = GATEWAY_JSON.readValue(reply.body(), GATEWAY_JSON.constructType(answer));
                    assertNotNull(value, client + "." + m.getName());
                    // what the gateway passes on (a view's section) is the backend's answer whole, nothing added
                    if (!READ_ONLY.contains(client + "." + m.getName())) {
                        assertEquals(GATEWAY_JSON.readTree(reply.body()), GATEWAY_JSON.readTree(GATEWAY_JSON.writeValueAsString(value)),
                                client + "." + m.getName() + " passes the answer on unchanged");
                    }
                }
                checked.add(client + "." + m.getName());
            }
        }
        // the views' reads (plan, plans, evaluation, summary, projects, region, ratios, series)
        // and what every backend answers alike (audit, deletions, OpenAPI document), for each backend
        assertTrue(checked.size() >= 8 + 3 * 3, "calls checked: " + checked);
    }

    @Test
    void anAnswerWithoutAFieldTheGatewayReadsDoesNotFit() throws Exception {
        ObjectNode plan = (ObjectNode) sut.get(sut.services.get("indicator-service").baseUrl() + "/api/v1/plans/tongliang-14th").json();
        Class<?> type = Class.forName("org.healthplanning.gateway.client.model.Plan");
        assertNotNull(GATEWAY_JSON.readValue(plan.toString(), type));
        plan.set("region", plan.remove("regionCode"));
        assertThrows(MismatchedInputException.class, () -> GATEWAY_JSON.readValue(plan.toString(), type));
    }

    @Test
    void twoInstancesOfABackendShareItsLoadAndOneCanFail() throws Exception {
        ServiceProcess facility = sut.services.get("facility-service");
        ServiceProcess gateway = sut.services.get("gateway");
        int[] ports = RunningSuite.freePorts(2);
        ServiceProcess second = facility.another("facility-service-2", ports[0], Map.of());
        ServiceProcess balanced = gateway.another("gateway-2", ports[1],
                Map.of("GATEWAY_BACKEND_FACILITY_URL", facility.baseUrl() + "," + second.baseUrl()));
        try {
            second.start(List.of());
            balanced.start(List.of());
            second.awaitReady(Duration.ofSeconds(90));
            balanced.awaitReady(Duration.ofSeconds(90));
            for (int i = 0; i < 6; i++) {
                assertWhole(balanced);
            }
            // both instances answered: each counts requests for the region's ratios
            for (ServiceProcess instance : List.of(facility, second)) {
                assertTrue(served(instance, "/api/v1/regions/{code}") > 0, instance.name() + " served no region");
            }
            assertEquals("up", facilityState(balanced));

            second.kill();
            for (int i = 0; i < 10; i++) {
                assertWhole(balanced);
            }
            // the gateway stays ready and names the instance that is gone
            String state = facilityState(balanced);
            assertTrue(state.contains(":" + facility.port() + " up") && state.contains(":" + second.port() + " down"), state);
        } finally {
            balanced.stop(Duration.ofSeconds(10));
            second.stop(Duration.ofSeconds(10));
        }
    }

    /** What the gateway's readiness check "backends" says of facility-service (the check itself is UP). */
    private static String facilityState(ServiceProcess gateway) {
        Http.Reply health = sut.get(gateway.baseUrl() + "/q/health/ready");
        assertEquals(200, health.status(), health.body());
        for (JsonNode check : health.json().path("checks")) {
            if (check.path("name").asText().equals("backends")) {
                assertEquals("UP", check.path("status").asText(), health.body());
                return check.path("data").path("facility-service").asText();
            }
        }
        throw new AssertionError("no check 'backends': " + health.body());
    }

    /** A routed read, the region dashboard and the plan overview: all 200, no section degraded. */
    private static void assertWhole(ServiceProcess gateway) {
        Http.Reply region = sut.get(gateway.baseUrl() + "/api/v1/regions/500151");
        assertEquals(200, region.status(), region.body());
        assertEquals("500151", region.json().path("code").asText());
        Http.Reply dashboard = sut.get(gateway.baseUrl() + "/api/v1/regions/500151/dashboard?year=2023");
        assertEquals(200, dashboard.status(), dashboard.body());
        assertEquals(0, dashboard.json().path("degraded").size(), dashboard.body());
        assertFalse(dashboard.json().path("region").isNull(), dashboard.body());
        Http.Reply overview = sut.get(gateway.baseUrl() + "/api/v1/plans/tongliang-14th/overview?year=2023");
        assertEquals(200, overview.status(), overview.body());
        assertEquals(0, overview.json().path("degraded").size(), overview.body());
        assertFalse(overview.json().path("ratios").isNull(), overview.body());
    }

    /** How many requests an instance answered for an operation (its Prometheus metrics). */
    private static double served(ServiceProcess instance, String template) {
        String metrics = sut.get(instance.baseUrl() + "/q/metrics").body();
        Matcher m = Pattern.compile("^http_server_requests_seconds_count\\{[^}]*uri=\"" + Pattern.quote(template) + "\"[^}]*} ([0-9.E+]+)$",
                Pattern.MULTILINE).matcher(metrics);
        double total = 0;
        while (m.find()) {
            total += Double.parseDouble(m.group(1));
        }
        return total;
    }

    /**
     * A backend's answer as the gateway's client gets it: sent directly, not checked against the merged
     * document (which describes the gateway's own audit trail and deletions at the backends' paths).
     */
    private static HttpResponse<String> backendGet(String url) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (sut.token != null) {
            request.header("Authorization", "Bearer " + sut.token);
        }
        return DIRECT.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The path and query a typed client method sends, with the sample values. */
    private static String call(Method m) {
        String path = m.getAnnotation(Path.class).value();
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        Annotation[][] annotations = m.getParameterAnnotations();
        for (Annotation[] parameter : annotations) {
            for (Annotation a : parameter) {
                if (a instanceof PathParam p) {
                    path = path.replace("{" + p.value() + "}", enc(SAMPLE.get(p.value())));
                } else if (a instanceof QueryParam q && SAMPLE.containsKey(q.value())
                        && !(m.getName().equals("audit") && List.of("from", "to").contains(q.value()))) {
                    query.add(q.value() + "=" + enc(SAMPLE.get(q.value())));
                }
            }
        }
        return path + query;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}
