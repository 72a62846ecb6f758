package org.healthplanning.indicator.domain;

/** The way an indicator improves: upward (life expectancy), downward (mortality) or neither. */
public enum Direction {
    INCREASE, DECREASE, NEUTRAL
}
