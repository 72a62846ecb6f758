package org.healthplanning.indicator.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The members of facility-service's region this service uses. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegionRef(String code, String name, String level, String parentCode) {
}
