package org.healthplanning.facility.domain;

/** Public (公立) or private (民营) ownership. */
public enum Ownership {
    PUBLIC, PRIVATE
}
