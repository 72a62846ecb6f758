package org.healthplanning.facility.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Adds the example page to the audit trail's 200 answer. The answer's schema (PageResponseAuditEntry)
 * is generated from the method's return type only while the annotation declares no content, so the
 * example is added here instead.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class AuditPageExample implements OASFilter {
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        PathItem item = openAPI.getPaths().getPathItem("/api/v1/audit");
        if (item == null || item.getGET() == null || item.getGET().getResponses() == null) {
            return;
        }
        APIResponse ok = item.getGET().getResponses().getAPIResponse("200");
        if (ok == null || ok.getContent() == null) {
            return;
        }
        MediaType json = ok.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        if (json == null || (json.getExamples() != null && json.getExamples().containsKey("audit"))) {
            return;
        }
        try {
            Object value = new ObjectMapper().readValue(ApiDocs.AUDIT_EXAMPLE, Map.class);
            json.addExample("audit", OASFactory.createExample().value(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("AUDIT_EXAMPLE is not JSON", e);
        }
    }
}
