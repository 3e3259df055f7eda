package org.greencredit.domain.inspector.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 撤销回避: the ground of a recusal no longer holds; the inspector may be drawn for the enterprise again. */
public record WithdrawRecusal(@TargetAggregateIdentifier String inspectorId, String creditCode, String reason) {
}
