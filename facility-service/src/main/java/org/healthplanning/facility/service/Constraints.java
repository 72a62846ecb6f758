package org.healthplanning.facility.service;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Checks a body once the service has filled in what the path gives (code, year): a code taken from the
 * path must satisfy the same constraints as one sent in the body.
 */
final class Constraints {
    private Constraints() {
    }

    static void require(Validator validator, Object body) {
        Set<ConstraintViolation<Object>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
