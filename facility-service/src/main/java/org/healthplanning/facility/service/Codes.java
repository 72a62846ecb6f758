package org.healthplanning.facility.service;

import org.healthplanning.http.DomainException;

/** The code of a resource created by POST. */
final class Codes {
    private Codes() {
    }

    /** A POST must name the code of what it creates. */
    static void require(String code) {
        if (code == null || code.isBlank()) {
            throw DomainException.invalid("code", "must not be blank");
        }
    }
}
