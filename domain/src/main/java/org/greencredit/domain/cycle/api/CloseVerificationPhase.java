package org.greencredit.domain.cycle.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 核查截止: sent when the verification deadline has passed; grading and disclosure follow. */
public record CloseVerificationPhase(@TargetAggregateIdentifier String cycleId) {
}
