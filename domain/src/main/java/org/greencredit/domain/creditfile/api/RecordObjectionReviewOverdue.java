package org.greencredit.domain.creditfile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The review deadline passed without a decision: the objection is flagged overdue. */
public record RecordObjectionReviewOverdue(@TargetAggregateIdentifier String creditCode, String cycleId) {
}
