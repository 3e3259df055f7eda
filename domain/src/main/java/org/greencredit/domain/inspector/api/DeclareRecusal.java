package org.greencredit.domain.inspector.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 登记回避: the inspector must not inspect the enterprise with this credit code (亲属关系、曾任职、利害关系…). */
public record DeclareRecusal(@TargetAggregateIdentifier String inspectorId, String creditCode, String reason) {
}
