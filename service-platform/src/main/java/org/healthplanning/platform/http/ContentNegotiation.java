package org.healthplanning.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.healthplanning.http.Problem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A client that accepts problem documents accepts our JSON: generated clients send the media types an
 * operation lists (often {@code application/problem+json} first, from its error responses). Such a
 * request is served as if it also accepted {@code application/json}; a 406 remains only when nothing
 * an operation produces is acceptable.
 */
public class ContentNegotiation {

    @ServerRequestFilter(preMatching = true)
    public void acceptProblemsAsJson(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept == null || !accept.contains(Problem.MEDIA_TYPE)) {
            return;
        }
        String lower = accept.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("application/json") || lower.contains("*/*") || lower.contains("application/*")) {
            return;
        }
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept + ", application/json;q=0.9");
    }
}
