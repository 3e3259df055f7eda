package org.greencredit.domain.creditfile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 审核信用修复申请: an officer approves or rejects (with a reason). */
public record DecideRepair(@TargetAggregateIdentifier String creditCode, String applicationId, RepairOutcome outcome,
                           String reason) {
}
