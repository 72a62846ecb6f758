package org.healthplanning.gateway.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Map;

/** The capital projects of a plan summed up for its period (project-service), passed on whole: the gateway reads none of it. */
public record ProjectSummary(@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) {
}
