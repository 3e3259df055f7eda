package org.greencredit.domain.inspector.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 修改执法人员信息: name, department, 执法证号 and linked account as they are from now on (all of them). */
public record ChangeInspectorDetails(@TargetAggregateIdentifier String inspectorId, String name, String department,
                                     String certificateNumber, String username) {
}
