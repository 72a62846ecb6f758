package org.healthplanning.indicator.domain;

/** Where a row's effective direction came from, in the order they are tried (DOMAIN.md §1). */
public enum DirectionSource {
    /** The linked catalogue definition's direction. */
    CATALOGUE,
    /** An explicit inequality in the target (≥, >, ≤, <). */
    COMPARATOR,
    /** A word in the indicator's name that says which way is better (死亡率, 住院日, 覆盖率 …). */
    NAME_RULE,
    /** From the baseline to a different target. */
    BASELINE_TO_TARGET,
    /** None of the above: the direction is unknown. */
    UNKNOWN
}
