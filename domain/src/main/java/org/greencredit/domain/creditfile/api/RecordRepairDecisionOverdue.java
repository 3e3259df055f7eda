package org.greencredit.domain.creditfile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The repair decision deadline passed: the application is flagged overdue. */
public record RecordRepairDecisionOverdue(@TargetAggregateIdentifier String creditCode, String applicationId) {
}
