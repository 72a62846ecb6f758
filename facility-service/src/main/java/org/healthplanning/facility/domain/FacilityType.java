package org.healthplanning.facility.domain;

/** Kind of medical or public-health institution. */
public enum FacilityType {
    GENERAL_HOSPITAL, TCM_HOSPITAL, MATERNAL_CHILD_HOSPITAL, SPECIALIST_HOSPITAL, COMMUNITY_HEALTH_CENTER,
    COMMUNITY_HEALTH_STATION, TOWNSHIP_HEALTH_CENTER, VILLAGE_CLINIC, CDC, CLINIC, OTHER
}
