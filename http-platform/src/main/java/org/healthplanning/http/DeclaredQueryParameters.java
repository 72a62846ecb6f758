package org.healthplanning.http;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A query parameter the operation does not declare is refused with 400 naming it, so that a misspelt
 * filter ({@code ?regioncode=}) never looks like an answer. The declared parameters are the resource
 * method's {@code @QueryParam}s, which are also what the OpenAPI document lists.
 */
public class DeclaredQueryParameters {
    private static final Map<Method, Set<String>> DECLARED = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> names = request.getUriInfo().getQueryParameters().keySet();
        if (names.isEmpty()) {
            return;
        }
        Set<String> declared = DECLARED.computeIfAbsent(method, DeclaredQueryParameters::declared);
        for (String name : new TreeSet<>(names)) {
            if (!declared.contains(name)) {
                throw DomainException.invalid(name, "is not a parameter of this operation; "
                        + (declared.isEmpty() ? "it takes no query parameters" : "it takes " + declared));
            }
        }
    }

    private static Set<String> declared(Method method) {
        Set<String> names = new TreeSet<>();
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation a : annotations[i]) {
                if (a instanceof QueryParam q) {
                    names.add(q.value());
                } else if (a instanceof RestQuery r) {
                    names.add(r.value().isEmpty() ? method.getParameters()[i].getName() : r.value());
                }
            }
        }
        return Set.copyOf(names);
    }
}
