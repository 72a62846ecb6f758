package org.healthplanning.indicator.domain;

import java.util.Set;

/**
 * Where a monitoring value stands in its district's approval (after DHIS2's data approval). Declared
 * from lowest to highest: a plan-year's overall state is the lowest state of its values
 * (DRAFT < RETURNED < SUBMITTED < APPROVED).
 */
public enum ApprovalState {
    DRAFT, RETURNED, SUBMITTED, APPROVED;

    /** Submitted or approved values cannot be changed or deleted until they are returned or reopened. */
    public boolean locked() {
        return this == SUBMITTED || this == APPROVED;
    }

    public static final Set<ApprovalState> LOCKED = Set.of(SUBMITTED, APPROVED);
}
