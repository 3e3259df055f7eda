package org.greencredit.domain.cycle.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 申报截止: sent when the declaration deadline has passed. */
public record CloseDeclarationPhase(@TargetAggregateIdentifier String cycleId) {
}
