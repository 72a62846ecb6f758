package org.healthplanning.facility.domain;

/**
 * Level of a region: the administrative levels province, city, district (区/县) and town (镇/街道);
 * other (a village or another grouping below or outside them); and special zone, an area that is
 * not an administrative division (两江新区, 高新区, 经开区), standing under a province or city where a
 * district would. The order is the order of the published enum, not the tree's
 * ({@link RegionRules#depth}).
 */
public enum RegionLevel {
    PROVINCE, CITY, DISTRICT, TOWN, OTHER, SPECIAL_ZONE
}
