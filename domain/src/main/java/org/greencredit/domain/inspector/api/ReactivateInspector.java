package org.greencredit.domain.inspector.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 恢复执法人员: drawn for inspections again. */
public record ReactivateInspector(@TargetAggregateIdentifier String inspectorId, String reason) {
}
