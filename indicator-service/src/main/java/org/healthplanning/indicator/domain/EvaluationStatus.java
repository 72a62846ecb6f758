package org.healthplanning.indicator.domain;

/** The outcome of evaluating one indicator row for a year (DOMAIN.md §1). */
public enum EvaluationStatus {
    ACHIEVED, ON_TRACK, BEHIND, NO_DATA, NOT_EVALUABLE
}
