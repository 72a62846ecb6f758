package org.healthplanning.indicator.domain;

/** Whether an annual monitoring value is provisional or final. */
public enum ValueStatus {
    PROVISIONAL, FINAL
}
