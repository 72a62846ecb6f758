package org.healthplanning.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Kubernetes manifests each service's build writes to {@code target/kubernetes/kubernetes.yml}
 * (quarkus-kubernetes, configured in each application.properties; docs/DEPLOY.md), read document by
 * document as kubectl would. The services must have been packaged: a missing file fails, naming the
 * command that writes it.
 */
class KubernetesManifestsTest {
    private static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** Each service with what its manifest must say: port, database Secret, memory request and limit. */
    enum Service {
        INDICATOR("indicator-service", 8081, "indicator-db", "256Mi", "512Mi"),
        PROJECT("project-service", 8082, "project-db", "256Mi", "512Mi"),
        FACILITY("facility-service", 8083, "facility-db", "256Mi", "512Mi"),
        GATEWAY("gateway", 8080, null, "192Mi", "384Mi");

        final String module;
        final int port;
        final String dbSecret;
        final String memoryRequest;
        final String memoryLimit;

        Service(String module, int port, String dbSecret, String memoryRequest, String memoryLimit) {
            this.module = module;
            this.port = port;
            this.dbSecret = dbSecret;
            this.memoryRequest = memoryRequest;
            this.memoryLimit = memoryLimit;
        }
    }

    /** Every YAML document of the service's generated manifest. */
    static List<JsonNode> documents(Service service) throws IOException {
        Path file = ROOT.resolve(service.module).resolve("target/kubernetes/kubernetes.yml");
        assertTrue(Files.isRegularFile(file), () -> file + " is missing. The build writes it when " + service.module
                + " is packaged: ./mvnw -B -pl " + service.module + " -am package -DskipTests (with -Dsuite.standalone"
                + " the services are not built in this run, so package them first).");
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (it.hasNextValue()) {
                JsonNode document = it.nextValue();
                if (document != null && !document.isNull() && !document.isEmpty()) {
                    documents.add(document);
                }
            }
        }
        return documents;
    }

    static JsonNode only(Service service, String kind) throws IOException {
        List<JsonNode> found = documents(service).stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
        assertEquals(1, found.size(), service.module + ": one " + kind);
        return found.get(0);
    }

    static JsonNode container(Service service) throws IOException {
        JsonNode containers = only(service, "Deployment").path("spec").path("template").path("spec").path("containers");
        assertEquals(1, containers.size(), service.module + ": one container");
        return containers.get(0);
    }

    /** The container's environment by variable name. */
    static Map<String, JsonNode> env(Service service) throws IOException {
        Map<String, JsonNode> env = new HashMap<>();
        for (JsonNode variable : container(service).path("env")) {
            assertNull(env.put(variable.path("name").asText(), variable),
                    service.module + ": " + variable.path("name").asText() + " set twice");
        }
        return env;
    }

    static void assertRef(Map<String, JsonNode> env, String variable, String refType, String name, String key) {
        JsonNode ref = env.getOrDefault(variable, YAML.missingNode()).path("valueFrom").path(refType);
        assertEquals(name, ref.path("name").asText(null), variable + " from " + refType + " name");
        assertEquals(key, ref.path("key").asText(null), variable + " from " + refType + " key");
        assertTrue(env.get(variable).path("value").isMissingNode(), variable + " has no literal value");
    }

    static String value(Map<String, JsonNode> env, String variable) {
        return env.getOrDefault(variable, YAML.missingNode()).path("value").asText(null);
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void aDeploymentAndAServiceAndNothingElse(Service service) throws IOException {
        // no migration Job and init container (Flyway migrates at start), no ServiceMonitor, no RBAC
        assertEquals(List.of("Deployment", "Service"),
                documents(service).stream().map(d -> d.path("kind").asText()).sorted().toList(), service.module);
        assertEquals(service.module, only(service, "Deployment").path("metadata").path("name").asText());
        assertEquals(service.module, only(service, "Service").path("metadata").path("name").asText());
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void theServiceReachesTheReplicasOnTheServicesOwnPort(Service service) throws IOException {
        JsonNode spec = only(service, "Service").path("spec");
        assertEquals("ClusterIP", spec.path("type").asText(), "not exposed outside the cluster by itself");
        assertEquals(1, spec.path("ports").size());
        JsonNode port = spec.path("ports").get(0);
        assertEquals(service.port, port.path("port").asInt(), "the Service's port");
        assertEquals(service.port, port.path("targetPort").asInt(), "the container's port");
        JsonNode containerPort = container(service).path("ports").get(0);
        assertEquals(service.port, containerPort.path("containerPort").asInt());
        assertEquals("http", containerPort.path("name").asText());

        JsonNode podLabels = only(service, "Deployment").path("spec").path("template").path("metadata").path("labels");
        spec.path("selector").properties().forEach(label ->
                assertEquals(label.getValue().asText(), podLabels.path(label.getKey()).asText(null),
                        service.module + ": the Service selects the Deployment's pods by " + label.getKey()));
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void twoReplicasOfTheImageSelectedWithoutTheVersion(Service service) throws IOException {
        JsonNode spec = only(service, "Deployment").path("spec");
        assertEquals(2, spec.path("replicas").asInt(), service.module + " replicas");
        JsonNode selector = spec.path("selector").path("matchLabels");
        assertEquals(service.module, selector.path("app.kubernetes.io/name").asText());
        assertTrue(selector.path("app.kubernetes.io/version").isMissingNode(),
                "a selector with the version could not be changed by the next version's manifest");
        String image = container(service).path("image").asText();
        assertTrue(image.equals("healthplanning/" + service.module + ":1.0.0-SNAPSHOT")
                || image.endsWith("/healthplanning/" + service.module + ":1.0.0-SNAPSHOT"), image);
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void probesOnTheHealthEndpoints(Service service) throws IOException {
        JsonNode container = container(service);
        for (String[] probe : new String[][] {{"livenessProbe", "/q/health/live"}, {"readinessProbe", "/q/health/ready"},
                {"startupProbe", "/q/health/started"}}) {
            JsonNode get = container.path(probe[0]).path("httpGet");
            assertEquals(probe[1], get.path("path").asText(null), service.module + " " + probe[0] + " path");
            assertEquals(service.port, get.path("port").asInt(), service.module + " " + probe[0] + " port");
            assertEquals("HTTP", get.path("scheme").asText());
        }
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void memoryFromTheBenchmarkAndACpuRequest(Service service) throws IOException {
        JsonNode resources = container(service).path("resources");
        assertEquals(service.memoryRequest, resources.path("requests").path("memory").asText(null), service.module);
        assertEquals(service.memoryLimit, resources.path("limits").path("memory").asText(null), service.module);
        assertEquals("250m", resources.path("requests").path("cpu").asText(null), service.module);
        assertTrue(resources.path("limits").path("cpu").isMissingNode(), "no CPU limit to throttle the start");
        // the image's run-java.sh would give the heap 80 % of the limit; half of it is the benchmark's heap
        assertEquals("50", value(env(service), "JAVA_MAX_MEM_RATIO"));
    }

    @ParameterizedTest
    @EnumSource(value = Service.class, names = {"INDICATOR", "PROJECT", "FACILITY"})
    void eachBackendsDatabaseFromItsOwnSecretAndFlywayMigratesAtStart(Service service) throws IOException {
        Map<String, JsonNode> env = env(service);
        assertRef(env, "QUARKUS_DATASOURCE_JDBC_URL", "secretKeyRef", service.dbSecret, "url");
        assertRef(env, "QUARKUS_DATASOURCE_USERNAME", "secretKeyRef", service.dbSecret, "username");
        assertRef(env, "QUARKUS_DATASOURCE_PASSWORD", "secretKeyRef", service.dbSecret, "password");
        assertFalse(env.containsKey("QUARKUS_FLYWAY_ACTIVE"), "Flyway is not switched off in favour of a Job");
        assertFalse(env.containsKey("QUARKUS_FLYWAY_MIGRATE_AT_START"));
        assertTrue(only(service, "Deployment").path("spec").path("template").path("spec").path("initContainers").isMissingNode());
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void tokensVerifiedWithTheKeyFileFromItsSecretAndTheSuitesIssuerAndAudience(Service service) throws IOException {
        Map<String, JsonNode> env = env(service);
        assertEquals("/keys/publicKey.pem", value(env, "MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
        JsonNode mount = null;
        for (JsonNode m : container(service).path("volumeMounts")) {
            if ("/keys".equals(m.path("mountPath").asText())) {
                mount = m;
            }
        }
        assertNotNull(mount, service.module + ": a volume at /keys");
        JsonNode volume = null;
        for (JsonNode v : only(service, "Deployment").path("spec").path("template").path("spec").path("volumes")) {
            if (v.path("name").asText().equals(mount.path("name").asText())) {
                volume = v;
            }
        }
        assertNotNull(volume, "the mounted volume is declared");
        assertEquals("healthplan-jwt-key", volume.path("secret").path("secretName").asText(null));
        // mounted files belong to root; the image runs as user 185, so the key must be readable by others
        assertTrue((volume.path("secret").path("defaultMode").asInt(0) & 0004) != 0,
                "defaultMode " + Integer.toOctalString(volume.path("secret").path("defaultMode").asInt()));
        assertRef(env, "HEALTHPLAN_JWT_ISSUER", "configMapKeyRef", "healthplan-suite", "jwt-issuer");
        assertRef(env, "HEALTHPLAN_JWT_AUDIENCE", "configMapKeyRef", "healthplan-suite", "jwt-audience");
        assertRef(env, "HEALTHPLAN_TRUSTED_PROXIES", "configMapKeyRef", "healthplan-suite", "trusted-proxies");
    }

    @Test
    void backendsAskEachOtherThroughTheOwnersService() throws IOException {
        assertCalls(Service.INDICATOR, "HEALTHPLAN_FACILITY_URL", Service.FACILITY);
        assertCalls(Service.PROJECT, "HEALTHPLAN_INDICATOR_URL", Service.INDICATOR);
        assertFalse(env(Service.FACILITY).keySet().stream().anyMatch(n -> n.matches("HEALTHPLAN_.*_URL")),
                "facility-service asks no other service");
    }

    /** {@code caller}'s URL of {@code owner} names the owner's Service by its cluster DNS name and port. */
    static void assertCalls(Service caller, String variable, Service owner) throws IOException {
        String url = value(env(caller), variable);
        assertNotNull(url, caller.module + ": " + variable);
        URI uri = URI.create(url);
        JsonNode ownerService = only(owner, "Service");
        assertEquals("http", uri.getScheme());
        assertEquals(ownerService.path("metadata").path("name").asText(), uri.getHost(), url);
        assertEquals(ownerService.path("spec").path("ports").get(0).path("port").asInt(), uri.getPort(), url);
    }

    @Test
    void theGatewayFindsTheBackendsInItsConfigMapAndHasNoDatabase() throws IOException {
        JsonNode envFrom = container(Service.GATEWAY).path("envFrom");
        assertEquals(1, envFrom.size());
        assertEquals("gateway-backends", envFrom.get(0).path("configMapRef").path("name").asText(null));
        assertFalse(env(Service.GATEWAY).keySet().stream().anyMatch(n -> n.startsWith("QUARKUS_DATASOURCE")));
    }
}
