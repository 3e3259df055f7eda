package org.greencredit.domain.creditfile.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greencredit.domain.fact.Evidence;

/** 申请信用修复: the enterprise asks for the named facts to stop counting, with evidence and its commitment. */
public record ApplyForRepair(@TargetAggregateIdentifier String creditCode, String applicationId, List<String> factIds,
                             Evidence evidence, String commitment) {
}
