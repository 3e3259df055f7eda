package org.greencredit.domain.creditfile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 公开最终等级 for one enterprise, now or as soon as its review concludes. */
public record PublishFinalGrade(@TargetAggregateIdentifier String creditCode, String cycleId) {
}
