package org.healthplanning.indicator.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Named string enumerations of the API whose Java fields are plain strings (documentation only): fields
 * refer to them with {@code implementation}, so a nullable field is "one of these, or null".
 */
public final class ApiEnums {
    private ApiEnums() {
    }

    @Schema(name = "Comparator", type = SchemaType.STRING, enumeration = {">=", "<=", ">", "<", "=", "qualitative"},
            description = "How a target compares: at least, at most, more than, less than, exactly, or a qualitative target")
    public static final class Comparator {
        private Comparator() {
        }
    }

    @Schema(name = "RankedBy", type = SchemaType.STRING, enumeration = {"actual", "baseline"},
            description = "The figure a comparison ranks: the actual value for the year, or the baseline")
    public static final class RankedBy {
        private RankedBy() {
        }
    }

    @Schema(name = "MonitoringValueStatus", type = SchemaType.STRING, enumeration = {"PROVISIONAL", "FINAL"},
            description = "Whether a monitoring value is provisional (快报) or final")
    public static final class MonitoringValueStatus {
        private MonitoringValueStatus() {
        }
    }

    @Schema(name = "ApprovalState", type = SchemaType.STRING, enumeration = {"DRAFT", "RETURNED", "SUBMITTED", "APPROVED"},
            description = "Where a monitoring value stands in the district's approval: DRAFT (being edited), SUBMITTED (waiting for review, locked), "
                    + "APPROVED (may be published, locked) or RETURNED (sent back for correction)")
    public static final class ApprovalStateName {
        private ApprovalStateName() {
        }
    }
}
