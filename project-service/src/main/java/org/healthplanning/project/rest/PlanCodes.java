package org.healthplanning.project.rest;

import org.healthplanning.http.DomainException;
import org.healthplanning.project.api.ProjectDto;

/** A plan code given in the path: anything that could never be a plan code is a 400, not an empty answer. */
final class PlanCodes {
    private PlanCodes() {
    }

    static String check(String value) {
        if (value == null || !value.matches(ProjectDto.CODE_PATTERN)) {
            throw DomainException.invalid("planCode", "must be 1-64 letters, digits, '.', '_' or '-'");
        }
        return value;
    }
}
