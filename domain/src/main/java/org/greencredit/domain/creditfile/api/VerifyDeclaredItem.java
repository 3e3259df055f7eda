package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 核查申报事项: an assessor's conclusion on one declared item after on-site verification. */
public record VerifyDeclaredItem(@TargetAggregateIdentifier String creditCode, String itemId,
                                 VerificationOutcome outcome, LocalDate verifiedOn, String note) {
}
