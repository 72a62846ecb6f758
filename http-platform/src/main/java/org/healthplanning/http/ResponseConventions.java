package org.healthplanning.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.apache.commons.codec.digest.MurmurHash3;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * What every successful read answers with, whatever the resource:
 * <ul>
 * <li>a page with more rows carries {@code next} and a {@code Link: <…>; rel="next"} header (path and
 *     query, so that it holds through the gateway): the next page number, or in an incremental read
 *     the page's cursor as {@code after};</li>
 * <li>every 200 GET has an {@code ETag}: the resource's version where the resource set one, otherwise a
 *     digest of the body (JSON, or the text of a CSV export); a request whose {@code If-None-Match} names
 *     it gets 304 with no body.</li>
 * </ul>
 */
public class ResponseConventions {
    @Inject
    ObjectMapper mapper;

    @ServerResponseFilter
    public void apply(ContainerRequestContext request, ContainerResponseContext response) throws JsonProcessingException {
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200) {
            return;
        }
        if (response.getEntity() instanceof PageResponse<?> page && page.next() == null && page.hasNext()) {
            UriBuilder next = UriBuilder.fromUri(request.getUriInfo().getRequestUri()).replaceQueryParam("size", page.size());
            java.net.URI uri = page.cursor() != null
                    ? next.replaceQueryParam("updatedAfter").replaceQueryParam("after", page.cursor()).build()
                    : next.replaceQueryParam("page", page.page() + 1).build();
            String link = uri.getRawPath() + "?" + uri.getRawQuery();
            response.setEntity(page.withNext(link));
            response.getHeaders().add("Link", "<" + link + ">; rel=\"next\"");
        }
        EntityTag tag = response.getEntityTag();
        Object entity = response.getEntity();
        if (tag == null && entity != null && (isJson(response.getMediaType()) || entity instanceof String || entity instanceof byte[])) {
            byte[] body = response.getEntity() instanceof byte[] b ? b
                    : response.getEntity() instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
                    : mapper.writeValueAsBytes(response.getEntity());
            tag = new EntityTag(digest(body));
            response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
            response.setEntity(body, null, response.getMediaType());
        }
        if (tag != null && matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    private static boolean isJson(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"));
    }

    /** Whether an If-None-Match header names this tag (or is {@code *}); weak tags compare by value. */
    public static boolean matches(String ifNoneMatch, EntityTag tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*")) {
                return true;
            }
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.replace("\"", "").equals(tag.getValue())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The entity tag of a body: 96 bits of its MurmurHash3 (x64, 128 bits). An entity tag only has to
     * change when the body does; a cryptographic digest costs ten times as much CPU per answer (SHA-256
     * runs without its intrinsic in the C1-compiled code a locally run service uses).
     */
    public static String digest(byte[] body) {
        long[] hash = MurmurHash3.hash128x64(body);
        return HexFormat.of().toHexDigits(hash[0]) + HexFormat.of().toHexDigits((int) (hash[1] >>> 32));
    }
}
