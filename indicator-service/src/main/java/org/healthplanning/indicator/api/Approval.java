package org.healthplanning.indicator.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The approval status of a plan's monitoring values for one year, with its history. */
@Schema(name = "Approval", description = "The approval status of all of a plan's monitoring values for one calendar year")
@JsonPropertyOrder({"planCode", "year", "state", "counts", "history"})
public record Approval(
        @Schema(required = true, readOnly = true, examples = "tongliang-14th", description = "The plan's code") String planCode,
        @Schema(required = true, readOnly = true, examples = "2023", description = "The calendar year of the values") int year,
        @Schema(nullable = true, readOnly = true, examples = "SUBMITTED", anyOf = ApiEnums.ApprovalStateName.class,
                description = "The year's overall state: the lowest state of its values (DRAFT < RETURNED < SUBMITTED < APPROVED); null without values")
        String state,
        @Schema(required = true, readOnly = true, description = "How many of the year's values are in each state") Counts counts,
        @Schema(required = true, readOnly = true, description = "The year's transitions, newest first") List<Event> history) {

    @Schema(name = "ApprovalCounts", description = "Values of a plan-year per approval state (counts of values)")
    @JsonPropertyOrder({"DRAFT", "RETURNED", "SUBMITTED", "APPROVED"})
    public record Counts(
            @JsonProperty("DRAFT") @Schema(name = "DRAFT", required = true, readOnly = true, minimum = "0", examples = "0",
                    description = "Values being edited (a count)") int draft,
            @JsonProperty("RETURNED") @Schema(name = "RETURNED", required = true, readOnly = true, minimum = "0", examples = "0",
                    description = "Values a reviewer sent back for correction (a count)") int returned,
            @JsonProperty("SUBMITTED") @Schema(name = "SUBMITTED", required = true, readOnly = true, minimum = "0", examples = "25",
                    description = "Values waiting for review, locked (a count)") int submitted,
            @JsonProperty("APPROVED") @Schema(name = "APPROVED", required = true, readOnly = true, minimum = "0", examples = "3",
                    description = "Values approved for publication, locked (a count)") int approved) {

        public int total() {
            return draft + returned + submitted + approved;
        }
    }

    @Schema(name = "ApprovalEvent", description = "One approval transition of a plan-year")
    @JsonPropertyOrder({"action", "fromState", "toState", "by", "at", "comment", "values"})
    public record Event(
            @Schema(required = true, readOnly = true, examples = "SUBMIT", enumeration = {"SUBMIT", "APPROVE", "RETURN", "REOPEN"},
                    description = "The transition") String action,
            @Schema(required = true, readOnly = true, examples = "DRAFT", enumeration = {"DRAFT", "SUBMITTED", "APPROVED", "RETURNED"},
                    description = "The year's overall state before the transition") String fromState,
            @Schema(required = true, readOnly = true, examples = "SUBMITTED", enumeration = {"DRAFT", "SUBMITTED", "APPROVED", "RETURNED"},
                    description = "The year's overall state after the transition") String toState,
            @Schema(required = true, readOnly = true, examples = "editor-tongliang", description = "The token subject who made it") String by,
            @Schema(required = true, readOnly = true, format = "date-time", examples = "2024-03-05T08:15:30.123Z",
                    description = "When (the start of the writing transaction)") OffsetDateTime at,
            @Schema(nullable = true, readOnly = true, examples = "已核对年报", description = "The comment sent") String comment,
            @Schema(required = true, readOnly = true, minimum = "0", examples = "25", description = "Values the transition moved (a count)")
            int values) {
    }

    /** One status per year that has values. */
    @Schema(name = "ApprovalList", description = "The approval status of each year of the plan that has monitoring values, oldest year first")
    public record Page(@Schema(required = true, readOnly = true, description = "One status per year with values") List<Approval> items) {
    }
}
