package org.greencredit.domain.creditfile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 公示期满 for one enterprise: no objection is accepted after it. */
public record CloseDisclosure(@TargetAggregateIdentifier String creditCode, String cycleId) {
}
