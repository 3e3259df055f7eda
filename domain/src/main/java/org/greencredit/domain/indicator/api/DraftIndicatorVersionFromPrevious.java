package org.greencredit.domain.indicator.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 基于已有版本起草: a new version whose definition starts as a copy of {@code basedOn}'s. */
public record DraftIndicatorVersionFromPrevious(@TargetAggregateIdentifier String system, String version,
                                                String basedOn) {
}
