package org.healthplanning.platform.openapi;

import java.util.ArrayList;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Writes the conventions that every operation of every service shares into the OpenAPI document, so
 * that they are declared once and identically: public reads say {@code security: []}, secured operations
 * declare 401 and 403; every GET takes
 * {@code If-None-Match}, answers with an {@code ETag} and may answer 304; pages carry a {@code Link}
 * header; a 201 carries {@code Location}; CSV and XLSX answers carry {@code Content-Disposition}; and the
 * refusals the platform gives any operation (400 for a malformed parameter, 406, 415 for a body,
 * 503 with {@code Retry-After} while the database is unreachable) are declared with the one
 * {@code Problem} schema. Every write (POST, PUT, PATCH, DELETE) takes an optional {@code Idempotency-Key}
 * header, says that a replayed answer carries {@code Idempotency-Replayed}, and may answer 409 (the same key
 * still in progress) and 422 (the key used for another request). Operations keep whatever they declare themselves.
 * Registered in each service with {@code mp.openapi.filter}.
 */
public class ContractConventions implements OASFilter {
    static final String PROBLEM = "application/problem+json";
    static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addHeader("ETag", header("The representation's entity tag: the resource's version, or a digest of the body; "
                + "send it back in If-None-Match (304 when unchanged) or If-Match (412 when changed)", "\"3\""));
        components.addHeader("Location", header("Path of the created resource", "/api/v1/plans/tongliang-14th"));
        components.addHeader("Link", header("RFC 8288 link to the next page (rel=\"next\"), while there are more rows",
                "</api/v1/plans?page=1&size=50>; rel=\"next\""));
        components.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32").minimum(java.math.BigDecimal.ZERO))
                .example(5));
        components.addHeader("Content-Disposition", header("Suggested file name of the export", "attachment; filename=\"projects.csv\""));
        components.addResponse("NotModified", OASFactory.createAPIResponse()
                .description("Not modified: the representation still has the ETag sent in If-None-Match")
                .addHeader("ETag", OASFactory.createHeader().ref("#/components/headers/ETag")));
        components.addResponse("NotAcceptable", problem("Nothing this operation answers with is acceptable to the request's Accept"));
        components.addResponse("UnsupportedMediaType", problem("The body's Content-Type is not one this operation takes"));
        components.addResponse("Unauthorized", problem("No valid bearer token (none, malformed, expired or not signed by the trusted issuer)")
                .addHeader("WWW-Authenticate", header("The authentication scheme to use", "Bearer")));
        components.addResponse("Forbidden", problem("The token's roles or regions do not allow this operation"));
        components.addResponse("BadParameter", problem("A parameter is malformed or out of range; the problem names it"));
        components.addResponse("ServiceUnavailable", problem("The database cannot be reached at the moment; retry after Retry-After seconds")
                .addHeader("Retry-After", OASFactory.createHeader().ref("#/components/headers/Retry-After")));
        components.addHeader("Idempotency-Replayed", header("true when this is the stored answer to an earlier request "
                + "with the same Idempotency-Key (nothing was written again)", "true"));
        components.addResponse("IdempotencyInProgress", problem("A request with the same Idempotency-Key is still in progress "
                + "(send it again when it has finished), or was carried out without its answer being recorded (read the resource)"));
        components.addResponse("IdempotencyKeyReused", problem("The Idempotency-Key was already used for a different request "
                + "(another method, path or body); a different request needs a new key"));
        components.addParameter("IdempotencyKey", OASFactory.createParameter().name(IDEMPOTENCY_KEY).in(Parameter.In.HEADER)
                .description("A key the client chooses for this write (e.g. a UUID), to send it again safely: a retry with the same "
                        + "key, by the same caller, gets the first answer (marked Idempotency-Replayed: true) instead of a second "
                        + "write, for 24 hours. 1 to 255 visible ASCII characters.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1).maxLength(255).pattern("^[!-~]+$"))
                .example("5f0c2a7e-8d1b-4c3e-9a6f-0b7d4e2c1a93"));
        components.addParameter("IfNoneMatch", OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER)
                .description("An ETag read before: the answer is 304 with no body while the representation is unchanged")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)).example("\"3\""));

        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> e : item.getOperations().entrySet()) {
                apply(e.getKey(), e.getValue());
            }
        }
        // Shared components that no operation ended up using are left out (an unused component is a lint warning);
        // a header used only by a shared response counts through that response.
        Components c = components;
        for (String name : SHARED_RESPONSES) {
            if (!used.contains("#/components/responses/" + name)) {
                c.removeResponse(name);
            } else if (c.getResponses().get(name).getHeaders() != null) {
                c.getResponses().get(name).getHeaders().values().forEach(h -> used.add(h.getRef()));
            }
        }
        for (String name : SHARED_HEADERS) {
            if (!used.contains("#/components/headers/" + name)) {
                c.removeHeader(name);
            }
        }
        for (String name : SHARED_PARAMETERS) {
            if (!used.contains("#/components/parameters/" + name)) {
                c.removeParameter(name);
            }
        }
    }

    private static final java.util.List<String> SHARED_RESPONSES = java.util.List.of("NotModified", "Unauthorized", "Forbidden",
            "NotAcceptable", "UnsupportedMediaType", "BadParameter", "ServiceUnavailable", "IdempotencyInProgress", "IdempotencyKeyReused");
    private static final java.util.List<String> SHARED_HEADERS = java.util.List.of("ETag", "Location", "Link", "Retry-After",
            "Content-Disposition", "Idempotency-Replayed");
    private static final java.util.List<String> SHARED_PARAMETERS = java.util.List.of("IfNoneMatch", "IdempotencyKey");
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private final java.util.Set<String> used = new java.util.HashSet<>();

    private void apply(PathItem.HttpMethod method, Operation op) {
        boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
        if (!secured) {
            op.setSecurity(new ArrayList<>());
        }
        APIResponses responses = op.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            op.setResponses(responses);
        }
        if (secured && !responses.hasAPIResponse("401")) {
            responses.addAPIResponse("401", response("Unauthorized"));
        }
        if (secured && !responses.hasAPIResponse("403")) {
            responses.addAPIResponse("403", response("Forbidden"));
        }
        boolean write = isWrite(method);
        if (write && !declares(op, IDEMPOTENCY_KEY)) {
            used.add("#/components/parameters/IdempotencyKey");
            op.addParameter(OASFactory.createParameter().ref("#/components/parameters/IdempotencyKey"));
        }
        boolean hasParameters = op.getParameters() != null && !op.getParameters().isEmpty();
        if (method == PathItem.HttpMethod.GET) {
            boolean declared = op.getParameters() != null && op.getParameters().stream()
                    .anyMatch(p -> p.getName() != null && p.getName().equalsIgnoreCase("If-None-Match"));
            if (!declared) {
                used.add("#/components/parameters/IfNoneMatch");
                op.addParameter(OASFactory.createParameter().ref("#/components/parameters/IfNoneMatch"));
            }
            if (!responses.hasAPIResponse("304")) {
                responses.addAPIResponse("304", response("NotModified"));
            }
        }
        if (responses.getAPIResponses() != null) {
            for (Map.Entry<String, APIResponse> r : responses.getAPIResponses().entrySet()) {
                decorate(method, r.getKey(), r.getValue());
            }
        }
        if (hasParameters && !responses.hasAPIResponse("400")) {
            responses.addAPIResponse("400", response("BadParameter"));
        }
        if (op.getRequestBody() != null && !responses.hasAPIResponse("415")) {
            responses.addAPIResponse("415", response("UnsupportedMediaType"));
        }
        if (write && !responses.hasAPIResponse("409")) {
            responses.addAPIResponse("409", response("IdempotencyInProgress"));
        }
        if (write && !responses.hasAPIResponse("422")) {
            responses.addAPIResponse("422", response("IdempotencyKeyReused"));
        }
        if (!responses.hasAPIResponse("406")) {
            responses.addAPIResponse("406", response("NotAcceptable"));
        }
        if (!responses.hasAPIResponse("503")) {
            responses.addAPIResponse("503", response("ServiceUnavailable"));
        }
    }

    private void decorate(PathItem.HttpMethod method, String status, APIResponse response) {
        if (response.getRef() != null) {
            return;
        }
        if (status.equals("201") && !hasHeader(response, "Location")) {
            response.addHeader("Location", ref("#/components/headers/Location"));
        }
        boolean success = status.startsWith("2") && !status.equals("204");
        if (success && (method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.POST) && !hasHeader(response, "ETag")
                && response.getContent() != null && hasJson(response.getContent())) {
            response.addHeader("ETag", ref("#/components/headers/ETag"));
        }
        if (status.startsWith("2") && isWrite(method) && !hasHeader(response, "Idempotency-Replayed")) {
            response.addHeader("Idempotency-Replayed", ref("#/components/headers/Idempotency-Replayed"));
        }
        if (success && method == PathItem.HttpMethod.GET && isPage(response.getContent()) && !hasHeader(response, "Link")) {
            response.addHeader("Link", ref("#/components/headers/Link"));
        }
        if (success && response.getContent() != null && (response.getContent().hasMediaType("text/csv")
                || response.getContent().hasMediaType(org.healthplanning.platform.sheet.ExportFormat.XLSX_TYPE))
                && !hasHeader(response, "Content-Disposition")) {
            response.addHeader("Content-Disposition", ref("#/components/headers/Content-Disposition"));
        }
    }

    private static boolean isWrite(PathItem.HttpMethod method) {
        return method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                || method == PathItem.HttpMethod.DELETE;
    }

    private static boolean declares(Operation op, String header) {
        return op.getParameters() != null && op.getParameters().stream()
                .anyMatch(p -> p.getName() != null && p.getName().equalsIgnoreCase(header) && p.getIn() == Parameter.In.HEADER);
    }

    private static boolean hasJson(Content content) {
        return content.getMediaTypes() != null && content.getMediaTypes().keySet().stream().anyMatch(k -> k.contains("json"));
    }

    private static boolean isPage(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return false;
        }
        for (MediaType m : content.getMediaTypes().values()) {
            Schema s = m.getSchema();
            if (s != null && s.getRef() != null) {
                String name = s.getRef().substring(s.getRef().lastIndexOf('/') + 1);
                if (name.startsWith("PageResponse") || name.endsWith("Page")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasHeader(APIResponse response, String name) {
        return response.getHeaders() != null && response.getHeaders().keySet().stream().anyMatch(name::equalsIgnoreCase);
    }

    private static Header header(String description, String example) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)).example(example);
    }

    private Header ref(String ref) {
        used.add(ref);
        return OASFactory.createHeader().ref(ref);
    }

    private APIResponse response(String name) {
        used.add("#/components/responses/" + name);
        return OASFactory.createAPIResponse().ref("#/components/responses/" + name);
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(PROBLEM,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
    }
}
