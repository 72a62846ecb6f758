package org.healthplanning.gateway.client;

import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;
import org.healthplanning.gateway.client.model.BackendProblem;

/** A backend's 4xx becomes a {@link BackendRefusal} carrying its problem, a 5xx a {@link BackendException}. */
public class BackendResponses implements ResponseExceptionMapper<RuntimeException> {

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        if (status >= 500) {
            return new BackendException(status);
        }
        BackendProblem problem;
        try {
            problem = response.hasEntity() ? response.readEntity(BackendProblem.class) : null;
        } catch (RuntimeException e) {
            problem = null;
        }
        return new BackendRefusal(status, problem);
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
