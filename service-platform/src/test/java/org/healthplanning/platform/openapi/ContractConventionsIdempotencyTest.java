package org.healthplanning.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

/** The OpenAPI document says, for every write and only for writes, that it takes an Idempotency-Key. */
class ContractConventionsIdempotencyTest {

    static Operation operation(String... statuses) {
        var responses = OASFactory.createAPIResponses();
        for (String s : statuses) {
            responses.addAPIResponse(s, OASFactory.createAPIResponse().description("answer " + s)
                    .content(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType())));
        }
        return OASFactory.createOperation().responses(responses);
    }

    static OpenAPI document() {
        Operation list = operation("200");
        Operation create = operation("201", "400", "409");
        Operation delete = operation("204");
        Operation imports = operation("200", "400");
        return OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/api/v1/things", OASFactory.createPathItem().GET(list).POST(create))
                .addPathItem("/api/v1/things/{code}", OASFactory.createPathItem().DELETE(delete))
                .addPathItem("/api/v1/things/import", OASFactory.createPathItem().POST(imports)));
    }

    static boolean takesKey(Operation op) {
        return op.getParameters() != null && op.getParameters().stream()
                .anyMatch(p -> "#/components/parameters/IdempotencyKey".equals(p.getRef()));
    }

    @Test
    void everyWriteTakesTheKeyAndDeclares409And422() {
        OpenAPI doc = document();
        new ContractConventions().filterOpenAPI(doc);
        Operation list = doc.getPaths().getPathItem("/api/v1/things").getGET();
        Operation create = doc.getPaths().getPathItem("/api/v1/things").getPOST();
        Operation delete = doc.getPaths().getPathItem("/api/v1/things/{code}").getDELETE();
        Operation imports = doc.getPaths().getPathItem("/api/v1/things/import").getPOST();

        assertFalse(takesKey(list));
        for (Operation write : List.of(create, delete, imports)) {
            assertTrue(takesKey(write));
            assertEquals("#/components/responses/IdempotencyKeyReused", write.getResponses().getAPIResponse("422").getRef());
        }
        assertEquals("answer 409", create.getResponses().getAPIResponse("409").getDescription(), "a declared 409 is kept");
        assertEquals("#/components/responses/IdempotencyInProgress", imports.getResponses().getAPIResponse("409").getRef());
        assertNull(list.getResponses().getAPIResponse("409"));
        assertNull(list.getResponses().getAPIResponse("422"));

        APIResponse created = create.getResponses().getAPIResponse("201");
        assertEquals("#/components/headers/Idempotency-Replayed", created.getHeaders().get("Idempotency-Replayed").getRef());
        assertNotNull(delete.getResponses().getAPIResponse("204").getHeaders().get("Idempotency-Replayed"));
        assertTrue(list.getResponses().getAPIResponse("200").getHeaders() == null
                || !list.getResponses().getAPIResponse("200").getHeaders().containsKey("Idempotency-Replayed"));

        Parameter key = doc.getComponents().getParameters().get("IdempotencyKey");
        assertEquals("Idempotency-Key", key.getName());
        assertEquals(Parameter.In.HEADER, key.getIn());
        assertEquals(Integer.valueOf(255), key.getSchema().getMaxLength());
        assertEquals(Integer.valueOf(1), key.getSchema().getMinLength());
        assertNotNull(key.getExample());
        assertNotNull(doc.getComponents().getResponses().get("IdempotencyInProgress"));
        assertNotNull(doc.getComponents().getHeaders().get("Idempotency-Replayed"));
    }

    @Test
    void aDocumentWithoutWritesKeepsNoUnusedComponents() {
        OpenAPI doc = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/api/v1/things", OASFactory.createPathItem().GET(operation("200"))));
        new ContractConventions().filterOpenAPI(doc);
        assertNull(doc.getComponents().getParameters().get("IdempotencyKey"));
        assertNull(doc.getComponents().getResponses() == null ? null : doc.getComponents().getResponses().get("IdempotencyKeyReused"));
        assertNull(doc.getComponents().getHeaders() == null ? null : doc.getComponents().getHeaders().get("Idempotency-Replayed"));
    }
}
