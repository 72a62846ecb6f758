package org.healthplanning.gateway.rest;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.healthplanning.gateway.api.ApiException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * What the gateway's own operations (views, merged audit trail and deletions) do as the backends do:
 * <ul>
 * <li>a query parameter the operation does not declare is a 400 naming it (a misspelt filter never looks like an answer);</li>
 * <li>a 200 GET carries an {@code ETag} (a digest of the body) and a request whose {@code If-None-Match} names it gets 304.</li>
 * </ul>
 * The proxied operations get both from the backends themselves.
 */
public class OwnOperationConventions {
    private static final Map<Method, Set<String>> DECLARED = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void declaredParameters(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        Set<String> names = request.getUriInfo().getQueryParameters().keySet();
        if (method == null || names.isEmpty()) {
            return;
        }
        Set<String> declared = DECLARED.computeIfAbsent(method, OwnOperationConventions::declared);
        for (String name : new TreeSet<>(names)) {
            if (!declared.contains(name)) {
                throw ApiException.badRequest(name, "is not a parameter of this operation; "
                        + (declared.isEmpty() ? "it takes no query parameters" : "it takes " + declared));
            }
        }
    }

    @ServerResponseFilter
    public void entityTag(ContainerRequestContext request, ContainerResponseContext response) {
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200 || response.getEntityTag() != null
                || !(response.getEntity() instanceof String body)) {
            return;
        }
        EntityTag tag = new EntityTag(digest(body.getBytes(StandardCharsets.UTF_8)));
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    static boolean matches(String ifNoneMatch, EntityTag tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.equals("*") || c.replace("\"", "").equals(tag.getValue())) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> declared(Method method) {
        Set<String> names = new TreeSet<>();
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation a : annotations) {
                if (a instanceof QueryParam q) {
                    names.add(q.value());
                }
            }
        }
        return Set.copyOf(names);
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
