package org.healthplanning.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.PathSegment;
import java.util.List;
import java.util.Map;
import org.healthplanning.platform.json.StrictJson;
import org.healthplanning.http.DomainException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Path segments and query parameters follow the same text rules as bodies: a NUL character or an
 * unpaired surrogate is refused with 400 naming the parameter before any resource sees it.
 */
public class RequestTextFilter {

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        for (PathSegment segment : request.getUriInfo().getPathSegments(true)) {
            String problem = StrictJson.textProblem(segment.getPath());
            if (problem != null) {
                throw DomainException.invalid("path", "a path segment " + problem);
            }
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters(true).entrySet()) {
            String problem = StrictJson.textProblem(parameter.getKey());
            for (String value : parameter.getValue()) {
                problem = problem != null ? problem : StrictJson.textProblem(value);
            }
            if (problem != null) {
                throw DomainException.invalid(parameter.getKey(), problem);
            }
        }
    }
}
