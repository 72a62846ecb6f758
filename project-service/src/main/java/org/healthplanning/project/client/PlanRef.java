package org.healthplanning.project.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The members of indicator-service's plan this service uses: whose plan it is and its years. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanRef(String code, String regionCode, String regionName, Integer periodStart, Integer periodEnd) {
}
