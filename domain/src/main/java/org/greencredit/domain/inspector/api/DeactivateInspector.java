package org.greencredit.domain.inspector.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 停用执法人员 (调岗、退休、执法证失效…): no longer drawn for inspections until reactivated. */
public record DeactivateInspector(@TargetAggregateIdentifier String inspectorId, String reason) {
}
