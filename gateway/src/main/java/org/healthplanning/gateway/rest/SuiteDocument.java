package org.healthplanning.gateway.rest;

import io.smallrye.openapi.api.SmallRyeOpenAPI;
import io.smallrye.openapi.api.util.MergeUtil;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * The suite's one OpenAPI document, built with the gateway: SmallRye merges this model (the
 * backends' published documents, {@code contract/backends/*.json}, copied into the gateway at
 * build time) with the gateway's own annotated operations. Of each backend it keeps the paths the
 * gateway routes to it ({@code gateway.routes.<service>}), each operation marked with
 * {@code x-service}, and the tags those use; schemas nothing refers to are dropped
 * ({@code mp.openapi.extensions.smallrye.remove-unused-schemas.enable}).
 */
public class SuiteDocument implements OASModelReader, OASFilter {
    static final List<String> BACKENDS = List.of("indicator-service", "project-service", "facility-service");

    @Override
    public OpenAPI buildModel() {
        OpenAPI suite = OASFactory.createOpenAPI().addServer(OASFactory.createServer().url("/")
                .description("The gateway (relative to where this document was read)"));
        for (String service : BACKENDS) {
            OpenAPI backend = read(service);
            Set<String> routed = Set.copyOf(ConfigProvider.getConfig().getValues("gateway.routes." + service, String.class));
            backend.getPaths().getPathItems().keySet().stream().filter(path -> !routed.contains(path)).toList()
                    .forEach(backend.getPaths()::removePathItem);
            Set<String> used = new HashSet<>();
            backend.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
                op.addExtension("x-service", service);
                used.addAll(op.getTags() == null ? List.of() : op.getTags());
            }));
            backend.setTags(backend.getTags().stream().filter(tag -> used.contains(tag.getName())).toList());
            backend.setInfo(null);
            backend.setServers(null);
            suite = MergeUtil.merge(suite, backend);
        }
        return suite;
    }

    private static OpenAPI read(String service) {
        String resource = "META-INF/backend-openapi/" + service + ".json";
        if (SuiteDocument.class.getClassLoader().getResource(resource) == null) {
            throw new IllegalStateException(resource + " is missing: the gateway's build copies contract/backends/");
        }
        return SmallRyeOpenAPI.builder()
                .withCustomStaticFile(() -> SuiteDocument.class.getClassLoader().getResourceAsStream(resource))
                .enableModelReader(false).enableStandardStaticFiles(false).enableAnnotationScan(false)
                .enableStandardFilter(false).defaultRequiredProperties(false)
                .build().model();
    }

    /** The gateway's own operations are marked too. */
    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getExtension("x-service") == null) {
            operation.addExtension("x-service", "gateway");
        }
        return operation;
    }
}
