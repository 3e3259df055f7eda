package org.greencredit.domain.cycle.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An enterprise of the batch could not take part (not registered, left scope…): {@code reason} is a message key. */
public record ExcludeFromCycle(@TargetAggregateIdentifier String cycleId, String creditCode, String reason) {
}
