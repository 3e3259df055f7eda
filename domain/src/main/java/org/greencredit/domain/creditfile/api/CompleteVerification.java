package org.greencredit.domain.creditfile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 核查完毕: the assessor has resolved every item this enterprise declared in the cycle. */
public record CompleteVerification(@TargetAggregateIdentifier String creditCode, String cycleId) {
}
