package org.greencredit.domain.creditfile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 复核异议: the reviewer upholds (the officer then corrects facts and regrades) or rejects (the preliminary grade stands). */
public record ReviewObjection(@TargetAggregateIdentifier String creditCode, String cycleId, ObjectionOutcome outcome,
                              String reasoning) {
}
