package org.greencredit.domain.cycle.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 公示期满: sent when the disclosure has ended; no objection is accepted after it. */
public record CloseDisclosurePhase(@TargetAggregateIdentifier String cycleId) {
}
