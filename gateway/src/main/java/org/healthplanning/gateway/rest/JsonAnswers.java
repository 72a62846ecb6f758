package org.healthplanning.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A 200 with the JSON of a view, written once so that its ETag is the digest of what is sent (http-platform ResponseConventions). */
@ApplicationScoped
public class JsonAnswers {
    @Inject
    ObjectMapper mapper;

    public Response ok(Object body) {
        try {
            return Response.ok(mapper.writeValueAsString(body), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
