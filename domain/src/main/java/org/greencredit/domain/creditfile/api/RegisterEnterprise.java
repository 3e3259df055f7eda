package org.greencredit.domain.creditfile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 登记企业: opens the credit file of an enterprise that is a fixed pollution source. */
public record RegisterEnterprise(@TargetAggregateIdentifier String creditCode, String name) {
}
