package org.healthplanning.gateway.client.model;

import java.util.List;

/** A backend's problem+json answer (RFC 9457), as far as the gateway passes it on. */
public record BackendProblem(String type, String title, Integer status, String detail, List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }
}
