package org.greencredit.domain.cycle.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 结束评价周期. */
public record CloseCycle(@TargetAggregateIdentifier String cycleId) {
}
