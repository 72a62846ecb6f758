package org.healthplanning.indicator.domain;

/** Why a row with a value is NOT_EVALUABLE (DOMAIN.md §1). */
public enum NotEvaluableReason {
    /** The target is printed in words (同比例提高, 国家下达): there is no number to meet. */
    QUALITATIVE_TARGET,
    /** The target has no number (empty or a dash). */
    NO_TARGET_VALUE,
    /** The target is not met yet and, without a baseline (or its year), there is no trajectory to be on or behind. */
    NO_BASELINE,
    /** The value differs from a bare-number target and nothing tells which way is better. */
    DIRECTION_UNKNOWN
}
