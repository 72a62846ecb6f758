package org.healthplanning.platform.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthplanning.http.DomainException;
import org.healthplanning.platform.security.Caller;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * {@code Idempotency-Key} on every write under {@code /api/} (POST, PUT, PATCH, DELETE, imports included):
 * a client that did not get the answer (a timeout, a dropped connection) sends the same request with the
 * same key again and gets the first answer back, marked {@code Idempotency-Replayed: true}, instead of a
 * second write.
 * <ul>
 * <li>A key is 1 to 255 visible ASCII characters, sent once; anything else is a 400 naming the header.</li>
 * <li>Keys belong to the caller (the token's subject): two callers may use the same key.</li>
 * <li>The first request inserts its key, committed on its own, before the write runs, so a duplicate
 *     sent meanwhile collides with it: 409, still in progress. When the write has finished its answer
 *     (status, headers such as Location, ETag and Content-Type, body) is stored.</li>
 * <li>The same key with another method, path (query included) or body (SHA-256) is a 422.</li>
 * <li>A 5xx answer is not stored: the key is freed and a retry runs again (unless one of the request's
 *     transactions committed, see {@link WriteCommits}).</li>
 * <li>Keys expire after {@code healthplan.idempotency.expiry} (24 h); then the key may be used anew.</li>
 * </ul>
 * Requests without the header, and anonymous ones (which no write accepts), are not affected.
 */
public class IdempotencyKeys {
    private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class);

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotency-Replayed";
    public static final int MAX_LENGTH = 255;
    static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    IdempotencyStore store;

    @Inject
    IdempotencyClaim claim;

    @Inject
    SecurityIdentity identity;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper mapper;

    /** After authentication and the role checks, before the body is read for the resource method. */
    @ServerRequestFilter(priority = Priorities.USER + 100)
    public Response claim(ContainerRequestContext request) throws IOException {
        if (!WRITES.contains(request.getMethod())) {
            return null;
        }
        URI uri = request.getUriInfo().getRequestUri();
        String path = uri.getRawPath();
        List<String> sent = request.getHeaders().get(HEADER);
        if (path == null || !path.startsWith("/api/") || sent == null || sent.isEmpty()) {
            return null;
        }
        String key = sent.size() == 1 ? sent.get(0) : null;
        String problem = problem(key, sent.size());
        if (problem != null) {
            throw DomainException.invalid(HEADER, problem);
        }
        if (identity.isAnonymous()) {
            return null;
        }
        byte[] body = read(request.getEntityStream());
        request.setEntityStream(new ByteArrayInputStream(body));
        String target = path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        IdempotencyStore.Claim found = store.claim(caller.subject(), key, request.getMethod(), target, sha256(body));
        if (found instanceof IdempotencyStore.Claimed c) {
            claim.hold(c.id());
            return null;
        }
        if (found instanceof IdempotencyStore.Finished f) {
            return replay(f.answer());
        }
        if (found instanceof IdempotencyStore.Mismatch m) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, HEADER + ": '" + key + "' was already used for "
                    + (m.sameTarget() ? "this operation with a different body" : m.method() + " " + m.path())
                    + "; a different request needs a new key", null);
        }
        if (found instanceof IdempotencyStore.Unknown) {
            throw DomainException.conflict(HEADER + ": the request first sent with this key committed its write, but its answer "
                    + "was not recorded (the service stopped or lost its database first); read the resource to see its state");
        }
        throw DomainException.conflict(HEADER + ": a request with this key is still in progress; "
                + "send it again when that one has finished to get its answer");
    }

    /** Runs last among the response filters (they run from the highest priority down): what is stored is what is sent. */
    @ServerResponseFilter(priority = 1)
    public void complete(ContainerRequestContext request, ContainerResponseContext response) {
        Long id = claim.id();
        if (id == null) {
            return;
        }
        claim.hold(null);
        try {
            if (response.getStatus() >= 500 && store.release(id)) {
                return;
            }
            store.complete(id, answer(response));
        } catch (RuntimeException | IOException e) {
            // the answer still goes out; a retry with the key finds it in progress until it is abandoned
            LOG.warnf("Answer to %s %s with an Idempotency-Key not stored: %s", request.getMethod(),
                    request.getUriInfo().getPath(), e.toString());
        }
    }

    /** Why a header value is not a key (null when it is one). */
    static String problem(String key, int count) {
        if (count != 1) {
            return "send the header once";
        }
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH) {
            return "must be 1 to " + MAX_LENGTH + " characters";
        }
        for (int i = 0; i < key.length(); i++) {
            char ch = key.charAt(i);
            if (ch < 0x21 || ch > 0x7e) {
                return "must be visible ASCII characters only (no spaces or control characters), e.g. a UUID";
            }
        }
        return null;
    }

    /**
     * The answer as it will be sent. An entity that is not bytes yet is written here with the application's
     * JSON mapper (as the JSON provider would) and the bytes become the entity, so the stored body is the sent one.
     */
    private StoredAnswer answer(ContainerResponseContext response) throws IOException {
        Object entity = response.getEntity();
        MediaType type = response.getMediaType();
        byte[] body;
        if (entity == null) {
            body = new byte[0];
        } else if (entity instanceof byte[] bytes) {
            body = bytes;
        } else if (entity instanceof String text) {
            body = text.getBytes(charset(type));
            response.setEntity(body, response.getEntityAnnotations(), type);
        } else {
            body = mapper.writeValueAsBytes(entity);
            response.setEntity(body, response.getEntityAnnotations(), type);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.getStringHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                headers.put(name, new ArrayList<>(values));
            }
        });
        if (type != null) {
            headers.put(HttpHeaders.CONTENT_TYPE, List.of(type.toString()));
        }
        return new StoredAnswer(response.getStatus(), headers, body);
    }

    private static Response replay(StoredAnswer answer) {
        Response.ResponseBuilder out = Response.status(answer.status());
        String type = null;
        for (Map.Entry<String, List<String>> h : answer.headers().entrySet()) {
            if (h.getKey().equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                type = h.getValue().isEmpty() ? null : h.getValue().get(0);
            } else {
                h.getValue().forEach(v -> out.header(h.getKey(), v));
            }
        }
        if (answer.body().length > 0) {
            out.entity(answer.body()).type(type);
        }
        return out.header(REPLAYED, "true").build();
    }

    private static byte[] read(InputStream in) throws IOException {
        return in == null ? new byte[0] : in.readAllBytes();
    }

    private static Charset charset(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
