package org.greencredit.domain.creditfile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 申报截止 for one enterprise: its declaration window closes and verification begins. */
public record CloseDeclaration(@TargetAggregateIdentifier String creditCode, String cycleId) {
}
