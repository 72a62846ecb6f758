package org.healthplanning.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.healthplanning.gateway.service.OpenApiCatalog;

/**
 * Serves the merged OpenAPI document at {@code /q/openapi} like SmallRye does: YAML by default,
 * JSON for {@code ?format=json}, {@code Accept: application/json} or {@code /q/openapi.json}.
 */
@ApplicationScoped
public class OpenApiRoutes {
    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build());

    @Inject
    OpenApiCatalog catalog;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    void register(@Observes Router router) {
        router.routeWithRegex("/q/openapi(\\.json|\\.yaml|\\.yml)?").order(ProxyRoutes.ORDER).handler(this::handle);
    }

    void handle(RoutingContext rc) {
        HttpServerRequest req = rc.request();
        boolean json = wantsJson(req);
        catalog.merged("/", req.localAddress().port()).subscribe().with(doc -> {
            try {
                String body = json ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(doc) : YAML.writeValueAsString(doc);
                rc.response()
                        .putHeader("Content-Type", json ? "application/json;charset=UTF-8" : "application/yaml;charset=UTF-8")
                        .end(body);
            } catch (JsonProcessingException e) {
                rc.fail(e);
            }
        }, rc::fail);
    }

    static boolean wantsJson(HttpServerRequest req) {
        String format = req.getParam("format");
        if (format != null) {
            return format.equalsIgnoreCase("json");
        }
        String path = req.path();
        if (path.endsWith(".json")) {
            return true;
        }
        if (path.endsWith(".yaml") || path.endsWith(".yml")) {
            return false;
        }
        String accept = req.getHeader("Accept");
        return accept != null && accept.contains("application/json") && !accept.contains("yaml");
    }
}
