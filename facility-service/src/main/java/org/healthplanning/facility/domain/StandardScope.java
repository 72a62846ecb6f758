package org.healthplanning.facility.domain;

/** Who set a standard: the nation, a province, a city or a district's own plan. */
public enum StandardScope {
    NATIONAL, PROVINCIAL, CITY, PLAN
}
