package org.healthplanning.facility.domain;

/** Administrative level of a region: province, city, district (区/县), town (镇/街道) or other. */
public enum RegionLevel {
    PROVINCE, CITY, DISTRICT, TOWN, OTHER
}
