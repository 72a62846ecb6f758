package org.healthplanning.gateway.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Map;

/** A region (facility-service), passed on whole: the gateway reads none of it. */
public record Region(@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) {
}
