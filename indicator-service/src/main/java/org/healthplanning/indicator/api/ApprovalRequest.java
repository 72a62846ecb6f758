package org.healthplanning.indicator.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of an approval transition: a comment, required to return or reopen. */
@Schema(name = "ApprovalRequest", description = "The body of an approval transition; may be omitted for submit and approve")
public record ApprovalRequest(
        @Schema(nullable = true, maxLength = 2000, examples = "孕产妇死亡率与妇幼年报不一致，请核对",
                description = "Why: required (not blank) to return or reopen, optional to submit or approve; at most 2000 characters")
        String comment) {
}
