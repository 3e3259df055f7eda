package org.greencredit.domain.creditfile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greencredit.domain.fact.Evidence;

/** 提出异议: the enterprise disputes its preliminary grade while it is disclosed. */
public record FileObjection(@TargetAggregateIdentifier String creditCode, String cycleId, String reason,
                            Evidence evidence) {
}
