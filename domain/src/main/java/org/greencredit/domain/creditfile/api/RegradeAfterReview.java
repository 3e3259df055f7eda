package org.greencredit.domain.creditfile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 复核后重新评定: after an upheld objection and the officer's fact corrections, the REVIEWED decision. */
public record RegradeAfterReview(@TargetAggregateIdentifier String creditCode, String cycleId) {
}
